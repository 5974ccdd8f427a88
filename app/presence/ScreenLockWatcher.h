// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace punchclock {

// The screen lock: ActiveChanged(bool) of org.freedesktop.ScreenSaver (KDE and others, on any of
// its paths) and of org.gnome.ScreenSaver (GNOME). Only the change is announced.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT
public:
    // `bus`: the session bus (tests pass a private one).
    explicit ScreenLockWatcher(const QDBusConnection &bus, QObject *parent = nullptr);

    bool isLocked() const { return m_locked; }

signals:
    void lockedChanged(bool locked);

private slots:
    void onActiveChanged(bool active);

private:
    bool m_locked = false;
};

} // namespace punchclock
