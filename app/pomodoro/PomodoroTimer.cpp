// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pomodoro/PomodoroTimer.h"

#include "app/notify/NotificationClient.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"

#include <QTimer>

#include <algorithm>

namespace punchclock {

namespace {
constexpr int kMaxWaitMs = 60 * 60 * 1000;
}

PomodoroTimer::PomodoroTimer(TimerController *timer, NotificationClient *notifications, const Clock *clock,
                             QObject *parent)
    : QObject(parent), m_timer(timer), m_notifications(notifications),
      m_clock(clock ? clock : Clock::system()), m_end(new QTimer(this)), m_tick(new QTimer(this))
{
    m_end->setSingleShot(true);
    connect(m_end, &QTimer::timeout, this, &PomodoroTimer::check);
    m_tick->setInterval(1000);
    m_tick->setTimerType(Qt::CoarseTimer);
    connect(m_tick, &QTimer::timeout, this, [this] { emit remainingChanged(remainingText()); });
    connect(notifications, &NotificationClient::actionInvoked, this, &PomodoroTimer::onAction);
}

void PomodoroTimer::setSettings(const PomodoroSettings &settings)
{
    m_settings = settings;
}

qint64 PomodoroTimer::remainingSeconds() const
{
    if (m_phase == Phase::Off)
        return 0;
    return std::max<qint64>(0, m_clock->nowUtc().secsTo(m_endsAt));
}

QString PomodoroTimer::remainingText() const
{
    const qint64 s = remainingSeconds();
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString PomodoroTimer::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Off:
        return tr("Pomodoro off");
    case Phase::Work:
        return tr("Work");
    case Phase::ShortBreak:
        return tr("Short break");
    case Phase::LongBreak:
        return tr("Long break");
    }
    return {};
}

QString PomodoroTimer::statusText() const
{
    if (m_phase == Phase::Off)
        return {};
    return tr("%1 %2", "Pomodoro phase, remaining time").arg(phaseName(m_phase), remainingText());
}

int PomodoroTimer::lengthMinutes(Phase phase) const
{
    switch (phase) {
    case Phase::Work:
        return m_settings.workMinutes;
    case Phase::ShortBreak:
        return m_settings.shortBreakMinutes;
    case Phase::LongBreak:
        return m_settings.longBreakMinutes;
    case Phase::Off:
        break;
    }
    return 0;
}

void PomodoroTimer::start()
{
    if (m_phase == Phase::Work)
        return;
    if (m_phase == Phase::Off)
        m_completedWork = 0;
    enter(Phase::Work, m_clock->nowUtc());
}

void PomodoroTimer::skip()
{
    if (m_phase != Phase::Off)
        advance(m_clock->nowUtc());
}

void PomodoroTimer::stop()
{
    if (m_phase == Phase::Off)
        return;
    // Stopped during a break, the person is done: the paused entry stays stopped.
    m_paused.reset();
    enter(Phase::Off, m_clock->nowUtc());
}

void PomodoroTimer::check()
{
    const QDateTime now = m_clock->nowUtc();
    if (m_phase == Phase::Off)
        return;
    if (now >= m_endsAt)
        advance(now); // a phase overslept (suspend) starts now, not in the past
    else
        m_end->start(int(std::min<qint64>(now.msecsTo(m_endsAt), kMaxWaitMs)));
}

void PomodoroTimer::advance(const QDateTime &now)
{
    if (m_phase == Phase::Work) {
        ++m_completedWork;
        enter(m_completedWork % m_settings.longBreakEvery == 0 ? Phase::LongBreak : Phase::ShortBreak, now);
    } else {
        enter(Phase::Work, now);
    }
}

void PomodoroTimer::enter(Phase phase, const QDateTime &now)
{
    const bool wasBreak = m_phase == Phase::ShortBreak || m_phase == Phase::LongBreak;
    const bool isBreak = phase == Phase::ShortBreak || phase == Phase::LongBreak;
    m_phase = phase;
    if (isBreak && !wasBreak && m_settings.stopTimerDuringBreaks && m_timer->isRunning()) {
        m_paused = m_timer->running();
        m_timer->stop();
    } else if (!isBreak && wasBreak && m_paused) {
        // Something started during the break wins over continuing the paused entry.
        if (phase == Phase::Work && !m_timer->isRunning())
            m_timer->continueEntry(*m_paused);
        m_paused.reset();
    }
    if (phase == Phase::Off) {
        m_endsAt = {};
        m_end->stop();
        m_tick->stop();
        m_notifications->close(kNotificationKey);
    } else {
        m_endsAt = now.addSecs(qint64(lengthMinutes(phase)) * 60);
        m_end->start(int(std::min<qint64>(now.msecsTo(m_endsAt), kMaxWaitMs)));
        m_tick->start();
        announce();
    }
    emit phaseChanged(phase);
    emit remainingChanged(remainingText());
    if (m_settings.sound && phase != Phase::Off)
        emit chime();
}

void PomodoroTimer::announce()
{
    const QString until = m_endsAt.toLocalTime().toString(QStringLiteral("H:mm"));
    QString title;
    QString body;
    switch (m_phase) {
    case Phase::Work:
        title = tr("Pomodoro: work");
        body = tr("Work for %n minute(s), until %1.", nullptr, m_settings.workMinutes).arg(until);
        break;
    case Phase::ShortBreak:
    case Phase::LongBreak:
        title = m_phase == Phase::LongBreak ? tr("Pomodoro: long break") : tr("Pomodoro: short break");
        body = tr("Take a break of %n minute(s), until %1.", nullptr, lengthMinutes(m_phase)).arg(until);
        if (m_paused)
            body += QLatin1Char(' ') + tr("The timer was stopped and continues after the break.");
        break;
    case Phase::Off:
        return;
    }
    m_notifications->notify(
        kNotificationKey, title, body,
        {{QStringLiteral("skip"), tr("Skip")}, {QStringLiteral("stop"), tr("Stop Pomodoro")}});
}

void PomodoroTimer::onAction(const QString &key, const QString &action)
{
    if (key != kNotificationKey)
        return;
    if (action == QLatin1String("skip"))
        skip();
    else if (action == QLatin1String("stop"))
        stop();
}

} // namespace punchclock
