// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace punchclock {

// logind (org.freedesktop.login1 on the system bus): PrepareForSleep and PrepareForShutdown, with
// a *delay* inhibitor lock so there is time to write the stop before the machine goes down.
// The lock is taken at once and again after every resume; whoever handles aboutToSleep() or
// aboutToShutDown() calls releaseLock() when the stop is in the (durable) outbox: logind waits
// for that, at most its InhibitDelayMaxSec (5 s by default).
class SleepWatcher : public QObject
{
    Q_OBJECT
public:
    // `bus`: the system bus (tests pass a private one).
    explicit SleepWatcher(const QDBusConnection &bus, QObject *parent = nullptr);
    ~SleepWatcher() override;

    bool hasLock() const { return m_fd >= 0; }

public slots:
    void takeLock(); // no-op while held or asked for
    void releaseLock();

signals:
    void aboutToSleep();
    void resumed();
    void aboutToShutDown();
    void lockChanged(bool held);

private slots:
    void onPrepareForSleep(bool start);
    void onPrepareForShutdown(bool start);

private:
    QDBusConnection m_bus;
    int m_fd = -1; // our own copy of logind's inhibitor fd
    bool m_asking = false;
};

} // namespace punchclock
