// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reminders/TrackingReminder.h"

#include "app/models/TimeEntryModel.h"
#include "app/notify/NotificationClient.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"

#include <QTimer>

#include <algorithm>

namespace punchclock {

TrackingReminder::TrackingReminder(TimerController *timer, TrackSession *session,
                                   NotificationClient *notifications, const Clock *clock, QObject *parent)
    : QObject(parent), m_timer(timer), m_session(session), m_notifications(notifications),
      m_clock(clock ? clock : Clock::system()), m_wake(new QTimer(this)), m_idleSince(m_clock->nowUtc())
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &TrackingReminder::check);
    connect(timer, &TimerController::runningChanged, this, &TrackingReminder::onRunningChanged);
    connect(notifications, &NotificationClient::actionInvoked, this, &TrackingReminder::onAction);
    check();
}

void TrackingReminder::setSettings(const ReminderSettings &settings)
{
    m_settings = settings;
    if (!settings.idleEnabled)
        m_notifications->close(kIdleKey);
    if (!settings.longRunningEnabled)
        m_notifications->close(kLongKey);
    check();
}

std::optional<TimeEntry> TrackingReminder::lastEntry() const
{
    for (const TimeEntry &e : m_session->entries()->entries()) { // newest first
        if (!e.isRunning() && !m_session->hasPendingDelete(e.id))
            return e;
    }
    return std::nullopt;
}

void TrackingReminder::onRunningChanged(bool running)
{
    if (running) {
        m_notifications->close(kIdleKey); // answered, by whatever means
    } else {
        m_notifications->close(kLongKey);
        m_idleSince = m_clock->nowUtc(); // the next reminder is an interval after the stop
        m_lastReminder = {};
    }
    check();
}

void TrackingReminder::check()
{
    const QDateTime now = m_clock->nowUtc();
    m_wake->stop();
    m_nextAt = {};
    if (const std::optional<TimeEntry> &running = m_timer->running()) {
        if (!m_settings.longRunningEnabled || m_longRemindedFor == running->start)
            return; // one reminder an entry; the next one comes with the next start
        const QDateTime due = running->start.addSecs(qint64(m_settings.longRunningHours) * 3600);
        if (due <= now) {
            m_longRemindedFor = running->start;
            remindLongRunning(*running);
            return;
        }
        schedule(due, now);
        return;
    }
    if (!m_settings.idleEnabled)
        return;
    QDateTime due = idleDue(now);
    if (due.isValid() && due <= now) {
        remindNotTracking(now);
        due = idleDue(now);
    }
    schedule(due, now);
}

// The next "not tracking" reminder: an interval after the stop or the last reminder, not before
// a snooze ends, and within working hours. Never earlier than `now`.
QDateTime TrackingReminder::idleDue(const QDateTime &now) const
{
    QDateTime from = m_idleSince;
    if (m_lastReminder.isValid() && m_lastReminder > from)
        from = m_lastReminder;
    QDateTime due = from.addSecs(qint64(m_settings.intervalMinutes) * 60);
    if (m_snoozedUntil.isValid() && m_snoozedUntil > due)
        due = m_snoozedUntil;
    if (due < now)
        due = now;
    return m_settings.hours.nextStart(due);
}

void TrackingReminder::schedule(const QDateTime &at, const QDateTime &now)
{
    m_nextAt = at;
    if (!at.isValid())
        return;
    m_wake->start(int(std::clamp<qint64>(now.msecsTo(at), 0, kMaxWaitMs)));
}

void TrackingReminder::snooze()
{
    m_snoozedUntil = m_clock->nowUtc().addSecs(kSnoozeSeconds);
    m_notifications->close(kIdleKey);
    check();
}

void TrackingReminder::holdUntil(const QDateTime &until)
{
    if (!m_snoozedUntil.isValid() || until > m_snoozedUntil)
        m_snoozedUntil = until;
    check();
}

void TrackingReminder::remindNotTracking(const QDateTime &now)
{
    m_lastReminder = now;
    const QString title = tr("No timer is running");
    const QString body = tr("It is working time and nothing is being tracked.");
    NotificationActions actions{{QStringLiteral("start"), tr("Start")}};
    if (const std::optional<TimeEntry> last = lastEntry()) {
        QString description = last->description.value_or(QString()).simplified();
        if (description.isEmpty())
            description = tr("(no description)");
        else if (description.size() > 40)
            description = description.left(39) + QChar(0x2026);
        actions.append({QStringLiteral("continue"), tr("Continue “%1”").arg(description)});
    }
    actions.append({QStringLiteral("snooze"), tr("Snooze 1 h")});
    actions.append({QStringLiteral("default"), tr("Open Punchclock")}); // a click on the body
    m_notifications->notify(kIdleKey, title, body, actions);
    emit reminded(NotTracking, title, body);
}

void TrackingReminder::remindLongRunning(const TimeEntry &running)
{
    QString description = running.description.value_or(QString()).simplified();
    if (description.isEmpty())
        description = tr("(no description)");
    const QString title = tr("The timer has run for over %n hour(s)", nullptr, m_settings.longRunningHours);
    const QString body = tr("“%1” started at %2. Still working on it?")
                             .arg(description, running.start.toLocalTime().toString(QStringLiteral("H:mm")));
    m_notifications->notify(
        kLongKey, title, body,
        {{QStringLiteral("stop"), tr("Stop timer")}, {QStringLiteral("default"), tr("Open Punchclock")}});
    emit reminded(LongRunning, title, body);
}

void TrackingReminder::onAction(const QString &key, const QString &action)
{
    if (key == kIdleKey) {
        if (action == QLatin1String("start")) {
            m_timer->startForm();
            emit attentionRequested(); // the description is typed in the window
        } else if (action == QLatin1String("continue")) {
            if (const std::optional<TimeEntry> last = lastEntry())
                m_timer->continueEntry(*last);
        } else if (action == QLatin1String("snooze")) {
            snooze();
        } else if (action == QLatin1String("default")) {
            emit attentionRequested();
        }
    } else if (key == kLongKey) {
        if (action == QLatin1String("stop"))
            m_timer->stop();
        else if (action == QLatin1String("default"))
            emit attentionRequested();
    }
}

} // namespace punchclock
