// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/pomodoro/PomodoroSettings.h"
#include "app/track/TimeEntry.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QTimer;

namespace punchclock {

class Clock;
class NotificationClient;
class TimerController;

// The Pomodoro (issue #20, part 4): work, short break, work, … and a long break after every
// longBreakEvery work phases, until stopped. Each change is announced (phaseChanged, and a
// notification offering Skip and Stop). With stopTimerDuringBreaks the Toggl timer running when
// a break begins is stopped and, when the break ends, continued as a new entry (through
// TimerController, so offline both go through the outbox); a timer started during the break
// is left alone.
//
// One single-shot timer to the end of the phase, and a one-second tick for the remaining time
// only while a phase runs. Tests move the swappable clock and call check().
class PomodoroTimer : public QObject
{
    Q_OBJECT
public:
    static inline const QString kNotificationKey = QStringLiteral("pomodoro");

    enum class Phase
    {
        Off,
        Work,
        ShortBreak,
        LongBreak
    };
    Q_ENUM(Phase)

    PomodoroTimer(TimerController *timer, NotificationClient *notifications, const Clock *clock = nullptr,
                  QObject *parent = nullptr);

    const PomodoroSettings &settings() const { return m_settings; }
    void setSettings(const PomodoroSettings &settings); // the running phase keeps its length

    Phase phase() const { return m_phase; }
    bool isActive() const { return m_phase != Phase::Off; }
    QDateTime phaseEndsAt() const { return m_endsAt; }
    qint64 remainingSeconds() const;
    QString remainingText() const; // m:ss
    int completedWorkPhases() const { return m_completedWork; }
    static QString phaseName(Phase phase); // "Work", "Short break", …
    QString statusText() const;            // "Work 24:13"; empty when off
    // The entry stopped for the running break, to be continued after it.
    const std::optional<TimeEntry> &pausedEntry() const { return m_paused; }

public slots:
    void start(); // a work phase; from the start of a new cycle when off
    void skip();  // ends the running phase now
    void stop();
    void check(); // moves on when the phase has ended

signals:
    void phaseChanged(punchclock::PomodoroTimer::Phase phase);
    void remainingChanged(const QString &text); // once a second while a phase runs
    void chime();                               // settings().sound: a sound for the change

private:
    void enter(Phase phase, const QDateTime &now);
    void advance(const QDateTime &now);
    int lengthMinutes(Phase phase) const;
    void announce();
    void onAction(const QString &key, const QString &action);

    TimerController *m_timer;
    NotificationClient *m_notifications;
    const Clock *m_clock;
    QTimer *m_end;
    QTimer *m_tick;
    PomodoroSettings m_settings;
    Phase m_phase = Phase::Off;
    QDateTime m_endsAt;
    int m_completedWork = 0;
    std::optional<TimeEntry> m_paused;
};

} // namespace punchclock
