// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimeEntryModel.h" // Q_DECLARE_METATYPE(TimeEntry), for timerStoppedWhileAway()
#include "app/presence/PresenceSettings.h"
#include "app/presence/ReturnQuestion.h"

#include <QObject>

#include <optional>

class QSettings;

namespace punchclock {

class Clock;
class IdleMonitor;
class ScreenLockWatcher;
class SleepWatcher;
class TimerController;
class TrackSession;

// What the running Track timer does when the person is away (issue #20): idle time, sleep,
// shutdown and the screen lock. No widgets: the window (ui/presence) shows returnQuestionReady()
// and timerStoppedWhileAway() and calls the answers; a desktop notification can listen to the
// same two signals later.
//
// Away begins when idleness began (IdleMonitor), the screen locked or the machine goes to sleep,
// each per its setting (stop at that moment / ask on return / ignore; idle always asks). On
// return, while the same entry still runs, the question offers four answers:
//  - discardAndContinue(): the entry stops at `from`; a copy (description, project, tags,
//    billable) starts at `back`, the moment the person was back, so the minutes between the
//    return and the answer (the dialog may wait behind other windows) are still tracked;
//  - discardAndStop(): the entry stops at `from`;
//  - keep(): nothing changes, the away time stays in the entry;
//  - addAwayAsEntry(description): the entry stops at `from`, the away span [from, back] becomes
//    an entry of its own with `description` (same workspace; no project, tags or billable, since
//    it was other work) and a copy of the entry runs on from `back`: three entries, no gap.
// Every change goes through TimerController and TrackSession (the outbox first, so nothing is
// lost offline; the window's undo history records them like the person's own stop and start).
//
// Sleep or shutdown set to "stop": the stop is written to the outbox, and only then is logind's
// delay lock released. "Ask" on shutdown is remembered in QSettings and asked at the next start
// once the first list shows the same entry still running.
class PresenceController : public QObject
{
    Q_OBJECT
public:
    // `clock`: "now" (nullptr: the system clock); `settings`: where a shutdown's "ask" waits for
    // the next start (nullptr: not remembered).
    PresenceController(TrackSession *session, TimerController *timer, const Clock *clock = nullptr,
                       QSettings *settings = nullptr, QObject *parent = nullptr);
    ~PresenceController() override;

    // The sources (taken over; any may be left out).
    void setIdleMonitor(IdleMonitor *idle);
    void setSleepWatcher(SleepWatcher *sleep);
    void setScreenLockWatcher(ScreenLockWatcher *lock);
    IdleMonitor *idleMonitor() const { return m_idle; }
    SleepWatcher *sleepWatcher() const { return m_sleep; }

    const PresenceSettings &settings() const { return m_settings; }
    void setSettings(const PresenceSettings &settings);

    // The question waiting for an answer, if any.
    const std::optional<ReturnQuestion> &pendingQuestion() const { return m_question; }

public slots:
    void discardAndContinue();
    void discardAndStop();
    void keep();
    void addAwayAsEntry(const QString &description);

signals:
    // The person is back from `question.from`: ask what to do (a window, a notification).
    void returnQuestionReady(const punchclock::ReturnQuestion &question);
    // The question was answered (or is moot: the entry stopped elsewhere).
    void returnQuestionClosed();
    // A setting stopped the timer at `at` because of `reason`; announced when the person is back
    // (on resume for sleep, at once for the lock) with the stopped entry, to offer Continue.
    void timerStoppedWhileAway(const punchclock::TimeEntry &entry, punchclock::AwayReason reason,
                               const QDateTime &at);

private:
    struct Away
    {
        AwayReason reason;
        qint64 entryId;
        QDateTime from;
    };

    void followTimer();
    void onIdleBegan(const QDateTime &since);
    void onIdleReturned(const QDateTime &since, const QDateTime &back);
    void onLockedChanged(bool locked);
    void onAboutToSleep();
    void onResumed();
    void onAboutToShutDown();
    void checkShutdownQuestion();
    // Away from `from` (or from an earlier moment already noted) because of `reason`.
    void beginAway(AwayReason reason, const QDateTime &from);
    void ask(const QDateTime &back);
    // Stops the running entry at `at` with the stop in the outbox when this returns.
    std::optional<TimeEntry> stopNow(const QDateTime &at);
    // The pending question, when its entry still runs; clears it either way.
    std::optional<ReturnQuestion> takeQuestion();
    bool isRunning(qint64 entryId) const;
    QDateTime now() const;

    TrackSession *m_session;
    TimerController *m_timer;
    const Clock *m_clock;
    QSettings *m_store;
    PresenceSettings m_settings;
    // Children of this controller.
    IdleMonitor *m_idle = nullptr;
    SleepWatcher *m_sleep = nullptr;
    ScreenLockWatcher *m_lock = nullptr;
    std::optional<Away> m_away;
    std::optional<ReturnQuestion> m_question;
    // A sleep stopped the timer: announced on resume.
    std::optional<std::pair<TimeEntry, QDateTime>> m_stoppedBySleep;
};

} // namespace punchclock
