// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/TimerReport.h"

#include "app/models/TimeEntryModel.h"
#include "app/report/ReportWeek.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"
#include "app/track/TrackTime.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace punchclock {

namespace {

QString projectName(const TrackSession *session, const TimeEntry &e)
{
    if (!e.projectId)
        return {};
    if (const Project *p = session->project(*e.projectId))
        return p->name;
    return e.projectName.value_or(QString());
}

} // namespace

TimerReport::TimerReport(const TrackSession *session, const TimerController *timer, const Clock *clock)
    : m_session(session), m_timer(timer), m_clock(clock ? clock : Clock::system())
{
}

QDate TimerReport::currentDay() const
{
    return m_clock->nowUtc().toLocalTime().date();
}

qint64 TimerReport::todayTotalSeconds() const
{
    const QDate day = currentDay();
    const QDateTime now = m_clock->nowUtc();
    qint64 total = 0;
    for (const TimeEntry &e : m_session->entries()->entries()) {
        if (e.start.toLocalTime().date() == day)
            total += std::max<qint64>(0, e.elapsedSeconds(now));
    }
    return total;
}

QJsonObject TimerReport::status() const
{
    QJsonObject o;
    const std::optional<TimeEntry> &running = m_timer->running();
    o[QLatin1String("running")] = running.has_value();
    const TimeEntry e = running.value_or(TimeEntry{});
    o[QLatin1String("description")] = e.description.value_or(QString());
    o[QLatin1String("project")] = projectName(m_session, e);
    o[QLatin1String("projectId")] = e.projectId ? QJsonValue(double(*e.projectId)) : QJsonValue();
    o[QLatin1String("client")] = e.projectId ? m_session->clientNameOf(*e.projectId) : QString();
    o[QLatin1String("tags")] = QJsonArray::fromStringList(e.tags.value_or(QStringList()));
    o[QLatin1String("startedAt")] = running ? TrackTime::format(e.start) : QString();
    o[QLatin1String("elapsedSeconds")] =
        double(running ? std::max<qint64>(0, e.elapsedSeconds(m_clock->nowUtc())) : 0);
    o[QLatin1String("todayTotalSeconds")] = double(todayTotalSeconds());
    o[QLatin1String("pendingChanges")] = m_session->pendingChangeCount();
    // The server answered the sign-in and the last change sent (an offline start reads the cache).
    o[QLatin1String("online")] = m_session->isOnline() && m_session->isSignedIn();
    o[QLatin1String("signedIn")] = m_session->isSignedIn();
    return o;
}

QJsonObject TimerReport::today() const
{
    return entriesBetween(QStringLiteral("today"), currentDay(), currentDay());
}

QJsonObject TimerReport::week() const
{
    const ReportWeek week(currentDay(), QLocale().firstDayOfWeek());
    return entriesBetween(QStringLiteral("week"), week.first(), week.last());
}

QJsonObject TimerReport::entriesBetween(const QString &period, const QDate &from, const QDate &to) const
{
    const QDateTime now = m_clock->nowUtc();
    QList<TimeEntry> picked;
    for (const TimeEntry &e : m_session->entries()->entries()) {
        const QDate day = e.start.toLocalTime().date();
        if (day >= from && day <= to)
            picked.append(e);
    }
    // Start order; within one second, the running entry last (entries started in one burst).
    std::sort(picked.begin(), picked.end(), [](const TimeEntry &a, const TimeEntry &b) {
        return std::tuple(a.start, a.isRunning(), a.id) < std::tuple(b.start, b.isRunning(), b.id);
    });
    QJsonArray list;
    qint64 total = 0;
    for (const TimeEntry &e : std::as_const(picked)) {
        const qint64 seconds = std::max<qint64>(0, e.elapsedSeconds(now));
        total += seconds;
        QJsonObject o;
        o[QLatin1String("id")] = double(e.id);
        o[QLatin1String("description")] = e.description.value_or(QString());
        o[QLatin1String("project")] = projectName(m_session, e);
        o[QLatin1String("client")] = e.projectId ? m_session->clientNameOf(*e.projectId) : QString();
        o[QLatin1String("tags")] = QJsonArray::fromStringList(e.tags.value_or(QStringList()));
        o[QLatin1String("start")] = TrackTime::format(e.start);
        o[QLatin1String("stop")] = e.stop && !e.isRunning() ? TrackTime::format(*e.stop) : QString();
        o[QLatin1String("durationSeconds")] = double(seconds);
        o[QLatin1String("running")] = e.isRunning();
        list.append(o);
    }
    QJsonObject o;
    o[QLatin1String("period")] = period;
    o[QLatin1String("from")] = from.toString(Qt::ISODate);
    o[QLatin1String("to")] = to.toString(Qt::ISODate);
    o[QLatin1String("totalSeconds")] = double(total);
    o[QLatin1String("entries")] = list;
    return o;
}

} // namespace punchclock
