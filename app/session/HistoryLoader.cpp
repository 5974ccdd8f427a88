// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/HistoryLoader.h"

#include "app/api/ReportsApi.h"
#include "app/api/TrackApi.h"
#include "app/sync/EntryCache.h"
#include "app/time/Clock.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

namespace punchclock {

Q_LOGGING_CATEGORY(lcHistory, "punchclock.session.history", QtInfoMsg)

HistoryLoader::HistoryLoader(TrackApi *api, ReportsApi *reports, EntryCache *cache,
                             SentSinceRead<qint64> *sentLog, const Clock *clock, QObject *parent)
    : QObject(parent), m_api(api), m_reports(reports), m_cache(cache), m_sentLog(sentLog), m_clock(clock),
      m_loaded(cache->loadedWeeks())
{
}

QDate HistoryLoader::weekOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDateTime HistoryLoader::weekStart(const QDate &monday)
{
    return QDateTime(monday, QTime(0, 0)).toUTC();
}

QDateTime HistoryLoader::now() const
{
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

QDate HistoryLoader::today() const
{
    return now().toLocalTime().date();
}

void HistoryLoader::setAccount(qint64 userId, const QList<qint64> &workspaceIds)
{
    m_userId = userId;
    m_workspaceIds = workspaceIds;
}

bool HistoryLoader::isLoaded(const QDate &day) const
{
    const QDate week = weekOf(day);
    return m_loaded.contains(week) || weekStart(week) > now();
}

int HistoryLoader::ensureLoaded(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const QDate first = weekOf(std::min(from, to));
    const QDate last = weekOf(std::max(from, to));
    int queued = 0;
    // Newest first: the week a view shows first is the one it asked about last.
    for (QDate week = last; week >= first; week = week.addDays(-7)) {
        if (isLoaded(week) || week == m_current || m_queue.contains(week))
            continue;
        m_queue.append(week);
        ++queued;
    }
    if (queued > 0 && !isBusy())
        next();
    return queued;
}

QDate HistoryLoader::nextEarlierWeek() const
{
    QDate oldest = weekOf(today()).addDays(7);
    for (const QDate &week : m_loaded)
        oldest = std::min(oldest, week);
    return oldest.addDays(-7);
}

void HistoryLoader::noteCovered(const QDateTime &oldest, qsizetype count)
{
    QDateTime from = oldest;
    if (count < kListMaxEntries) { // not cut: the server's whole window is in the answer
        const QDateTime window = now().addDays(-kListWindowDays);
        if (!from.isValid() || window < from)
            from = window;
    }
    if (!from.isValid())
        return;
    QList<QDate> covered;
    const QDate current = weekOf(today());
    QDate week = weekOf(from.toLocalTime().date());
    if (weekStart(week) < from)
        week = week.addDays(7); // only partly covered
    for (; week <= current; week = week.addDays(7)) {
        if (!m_loaded.contains(week))
            covered.append(week);
    }
    markLoaded(covered);
}

void HistoryLoader::forgetAll()
{
    if (m_loaded.isEmpty())
        return;
    qCInfo(lcHistory, "forgetting %lld loaded weeks: their entries are read again when visited",
           static_cast<long long>(m_loaded.size()));
    m_loaded.clear();
    m_cache->forgetLoadedWeeks();
}

void HistoryLoader::reset()
{
    ++m_generation;
    m_loaded.clear();
    m_queue.clear();
    const bool wasBusy = isBusy();
    m_current = {};
    if (wasBusy)
        emit busyChanged(false);
}

void HistoryLoader::markLoaded(const QList<QDate> &weeks)
{
    if (weeks.isEmpty())
        return;
    for (const QDate &week : weeks)
        m_loaded.insert(week);
    m_cache->addLoadedWeeks(weeks);
}

void HistoryLoader::next()
{
    while (!m_queue.isEmpty() && isLoaded(m_queue.first()))
        m_queue.removeFirst(); // covered meanwhile (a full list)
    if (m_queue.isEmpty()) {
        if (isBusy()) {
            m_current = {};
            emit busyChanged(false);
        }
        return;
    }
    const bool wasBusy = isBusy();
    m_current = m_queue.takeFirst();
    if (!wasBusy)
        emit busyChanged(true);
    emit loadStarted(m_current);
    // Sent from the event loop: nothing (not even a failure the transport knows at once, such as a
    // used-up quota) is answered inside ensureLoaded().
    QMetaObject::invokeMethod(
        this,
        [this, week = m_current, generation = m_generation] {
            if (generation == m_generation && week == m_current)
                read(week);
        },
        Qt::QueuedConnection);
}

void HistoryLoader::read(const QDate &week)
{
    if (week >= today().addDays(-kListReachDays)) {
        readWithList(week);
        return;
    }
    // The search answers every user the credentials may see (a workspace admin sees the team's):
    // it is only asked for the signed-in user's entries.
    if (m_userId == 0 || m_workspaceIds.isEmpty()) {
        fail(week, ApiError::make(ApiError::Kind::BadRequest, tr("not signed in yet")));
        return;
    }
    readWithReports(week, m_workspaceIds, {}, m_sentLog->startRead());
}

// One request: the week's window of the v9 list (entries by start, in UTC; the end excluded).
void HistoryLoader::readWithList(const QDate &week)
{
    TimeEntryQuery query;
    query.meta = true;
    query.startDate = weekStart(week);
    query.endDate = weekStart(week.addDays(7));
    const auto read = m_sentLog->startRead();
    m_api->listTimeEntries(query, this,
                           [this, week, read, generation = m_generation](ApiResult<QList<TimeEntry>> result) {
                               if (generation != m_generation)
                                   return;
                               if (!result.ok())
                                   return fail(week, *result.error);
                               finish(week, std::move(*result.value), *read);
                           });
}

// The Reports search, one workspace after the other. Its dates are days in the user's profile time
// zone, which may not be this computer's: a day more on each side, and the answer is cut to the
// week in local time.
void HistoryLoader::readWithReports(const QDate &week, QList<qint64> workspaces, QList<TimeEntry> collected,
                                    std::shared_ptr<const SentSinceRead<qint64>::Read> read)
{
    if (workspaces.isEmpty()) {
        const QDateTime from = weekStart(week);
        const QDateTime to = weekStart(week.addDays(7));
        collected.removeIf([&](const TimeEntry &e) { return e.start < from || e.start >= to; });
        finish(week, std::move(collected), *read);
        return;
    }
    const qint64 workspaceId = workspaces.takeFirst();
    ReportsQuery query;
    query.startDate = week.addDays(-1);
    query.endDate = week.addDays(7);
    query.userIds = {m_userId};
    m_reports->searchAllTimeEntries(
        workspaceId, query, this,
        [this, week, workspaces = std::move(workspaces), collected = std::move(collected), read,
         generation = m_generation](ApiResult<QList<TimeEntry>> result) mutable {
            if (generation != m_generation)
                return;
            if (!result.ok())
                return fail(week, *result.error);
            collected.append(std::move(*result.value));
            readWithReports(week, std::move(workspaces), std::move(collected), std::move(read));
        });
}

void HistoryLoader::finish(const QDate &week, QList<TimeEntry> entries,
                           const SentSinceRead<qint64>::Read &read)
{
    const QList<qint64> sent = m_sentLog->sentSince(read);
    const QSet<qint64> sentSinceAsked(sent.cbegin(), sent.cend());
    const int count = static_cast<int>(entries.size());
    qCInfo(lcHistory, "week of %s: %d entries", qUtf8Printable(week.toString(Qt::ISODate)), count);
    if (m_apply)
        m_apply(weekStart(week), weekStart(week.addDays(7)), std::move(entries), sentSinceAsked);
    markLoaded({week});
    m_current = {};
    emit weekLoaded(week, count);
    if (m_queue.isEmpty()) {
        emit busyChanged(false);
        return;
    }
    m_current = week; // busy until next() picks the following week
    next();
}

void HistoryLoader::fail(const QDate &week, const ApiError &error)
{
    QString why;
    switch (error.kind) {
    case ApiError::Kind::Quota:
        why = error.retryAt
                  ? tr("the hourly request quota is used up; it resets at %1")
                        .arg(QLocale().toString(error.retryAt->toLocalTime().time(), QLocale::ShortFormat))
                  : tr("the hourly request quota is used up");
        break;
    case ApiError::Kind::PaymentRequired:
        why = tr("the server refused it as a paid feature (402)");
        break;
    case ApiError::Kind::RateLimited:
        why = tr("the server asks to slow down (429); try again in a minute");
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        why = tr("offline, or the server did not answer (%1)").arg(error.toString());
        break;
    default:
        why = error.toString();
        break;
    }
    const QString message =
        tr("Could not load the week of %1: %2").arg(QLocale().toString(week, QLocale::LongFormat), why);
    qCWarning(lcHistory, "%s", qUtf8Printable(message));
    m_queue.clear(); // the next week would fail the same way; asking again reads it
    m_current = {};
    emit loadFailed(week, message, error);
    emit busyChanged(false);
}

} // namespace punchclock
