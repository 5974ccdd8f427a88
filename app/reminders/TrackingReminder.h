// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reminders/ReminderSettings.h"
#include "app/track/TimeEntry.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QTimer;

namespace punchclock {

class Clock;
class NotificationClient;
class TimerController;
class TrackSession;

// Reminds to track (issue #20, part 3). While no timer runs during working hours, a notification
// every intervalMinutes (counted from the last stop, the last reminder or the end of a snooze)
// offers Start, Continue "<last entry>" and Snooze 1 h; a timer running longer than
// longRunningHours gets one notification offering Stop. The buttons act through TimerController,
// so what they start or stop goes through the outbox like any other change.
//
// No polling: one single-shot timer to the next moment something is due (at most kMaxWaitMs
// ahead, so a wall clock that jumps or a machine that slept is looked at again within the hour).
// Tests move the swappable clock and call check(); nextCheckAt() says when the timer would fire.
class TrackingReminder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxWaitMs = 60 * 60 * 1000;
    static constexpr qint64 kSnoozeSeconds = 60 * 60;
    static inline const QString kIdleKey = QStringLiteral("reminder.idle");
    static inline const QString kLongKey = QStringLiteral("reminder.long");

    enum Kind
    {
        NotTracking,
        LongRunning
    };
    Q_ENUM(Kind)

    TrackingReminder(TimerController *timer, TrackSession *session, NotificationClient *notifications,
                     const Clock *clock = nullptr, QObject *parent = nullptr);

    const ReminderSettings &settings() const { return m_settings; }
    void setSettings(const ReminderSettings &settings);

    QDateTime nextCheckAt() const { return m_nextAt; } // invalid: nothing due
    QDateTime snoozedUntil() const { return m_snoozedUntil; }
    // The entry "Continue" starts again: the newest stopped one.
    std::optional<TimeEntry> lastEntry() const;

public slots:
    void check(); // reminds if something is due now, then waits for the next
    void snooze();
    // No "not tracking" reminder before `until` (a Pomodoro break that stopped the timer).
    void holdUntil(const QDateTime &until);

signals:
    void reminded(punchclock::TrackingReminder::Kind kind, const QString &title, const QString &body);
    // The person pressed the notification (or Start): the window should come up.
    void attentionRequested();

private:
    void onRunningChanged(bool running);
    void onAction(const QString &key, const QString &action);
    void remindNotTracking(const QDateTime &now);
    void remindLongRunning(const TimeEntry &running);
    QDateTime idleDue(const QDateTime &now) const;
    void schedule(const QDateTime &at, const QDateTime &now);

    TimerController *m_timer;
    TrackSession *m_session;
    NotificationClient *m_notifications;
    const Clock *m_clock;
    QTimer *m_wake;
    ReminderSettings m_settings;
    QDateTime m_idleSince;    // when no timer ran any more (or we started)
    QDateTime m_lastReminder; // the last "not tracking" reminder
    QDateTime m_snoozedUntil;
    QDateTime m_longRemindedFor; // the start of the entry the long-running reminder was for
    QDateTime m_nextAt;
};

} // namespace punchclock
