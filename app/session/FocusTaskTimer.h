// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/focus/FocusTimeEntry.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QSettings;

namespace punchclock {

class Clock;
class FocusApi;
class FocusSync;
struct OutboxOp;
struct OutboxOutcome;

// A timer on one Focus task. Its task and start are written to QSettings the moment it starts, so
// a crash or restart resumes it. stop() makes the Focus entry (start, whole-second duration, type
// activity):
//  - with a FocusSync (the app): the entry is written to the outbox first, the timer stops at once
//    and the entry is sent whenever Focus answers (offline, after a restart, after kill -9);
//    stopped() follows the server's confirmation, errorOccurred() a permanent refusal.
//  - without one: created directly; a failed stop keeps the timer running for another try.
class FocusTaskTimer : public QObject
{
    Q_OBJECT
public:
    // `settings` is not owned and must outlive the timer; the saved state is read at once.
    FocusTaskTimer(FocusApi *api, QSettings *settings, const Clock *clock = nullptr,
                   QObject *parent = nullptr);

    bool isRunning() const { return m_taskId != 0; }
    qint64 taskId() const { return m_taskId; }
    QString taskName() const { return m_taskName; }
    QDateTime startTime() const { return m_start; }
    qint64 elapsedSeconds() const;

    // false (and nothing changes) when a timer already runs or taskId is not a task
    bool start(qint64 taskId, const QString &taskName = {});
    // Stops through the outbox from now on (not owned; null: directly). A timer whose stop was
    // already queued (a crash between the two writes) is not resumed.
    void setSync(FocusSync *sync);
    void stop();

    static QString settingsGroup() { return QStringLiteral("focus/timer"); }

signals:
    void runningChanged(bool running);
    void stopped(const punchclock::FocusTimeEntry &entry); // created on the server
    void queued(const punchclock::FocusTimeEntry &entry);  // stopped, in the outbox (with a FocusSync)
    void errorOccurred(const QString &message);

private:
    void load();
    void save();
    void forget();
    void stopDirectly(const FocusTimeEntry &entry);
    void stopThroughOutbox(const FocusTimeEntry &entry);
    void onSent(const OutboxOp &op, const OutboxOutcome &outcome);

    QPointer<FocusApi> m_api;
    QPointer<FocusSync> m_sync;
    QSettings *m_settings;
    const Clock *m_clock;
    qint64 m_taskId = 0;
    QString m_taskName;
    QDateTime m_start;
    bool m_stopping = false;
};

} // namespace punchclock
