// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"
#include "app/sync/SentSinceRead.h"
#include "app/track/TimeEntry.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace punchclock {

class Clock;
class EntryCache;
class ReportsApi;
class TrackApi;

// Reads older weeks of entries on demand (issue #18). GET /api/v9/me/time_entries without dates
// answers only the last days (about 9 on Toggl Track, at most 1,000 entries); start_date and
// end_date reach back about three months; older entries come from the Reports API's detailed
// search. A week is the unit: Monday 00:00 to the next Monday 00:00, local time.
//
// A week not yet loaded costs one request: the v9 list with start_date/end_date when its Monday is
// at most kListReachDays old, else the Reports search (per workspace; one page of 50 entries
// each, more pages only for a busier week). The answer goes to the session (setApply), which
// merges it into the model under its conflict rule; the week is then remembered in the local store
// (EntryCache::addLoadedWeeks, written with the rows), so a visit, also after a restart, costs
// nothing: the `since` refresh keeps those entries current. Weeks a full list covers are marked
// the same way (noteCovered()). One week is read at a time, in the order asked.
class HistoryLoader : public QObject
{
    Q_OBJECT
public:
    // Track refuses a start_date older than about three months: this many days, and no more, go
    // through the v9 list.
    static constexpr int kListReachDays = 85;
    // A list without dates holds (at least) the entries started in this many days: Toggl's is about
    // 9 days (issue #18's sources), one kept as margin.
    static constexpr int kListWindowDays = 8;
    static constexpr int kListMaxEntries = 1000; // a longer window answer is cut at the old end

    // `from` and `to` (UTC, `to` excluded) are the range the entries provably cover: whatever the
    // model shows there, not in `entries`, and without a local change is gone on the server.
    // `sentSinceAsked`: entries with a change that left the outbox after the read was asked for.
    using Apply = std::function<void(const QDateTime &from, const QDateTime &to, QList<TimeEntry> entries,
                                     const QSet<qint64> &sentSinceAsked)>;

    // `sentLog` is the session's log of changes that left the outbox (see SentSinceRead).
    HistoryLoader(TrackApi *api, ReportsApi *reports, EntryCache *cache, SentSinceRead<qint64> *sentLog,
                  const Clock *clock, QObject *parent = nullptr);

    static QDate weekOf(const QDate &day);           // the Monday of its week
    static QDateTime weekStart(const QDate &monday); // 00:00 local time, in UTC

    void setApply(Apply apply) { m_apply = std::move(apply); }
    // Whose entries a Reports search asks for, and in which workspaces (the signed-in user's): until
    // then weeks beyond the v9 list's reach fail ("not signed in yet").
    void setAccount(qint64 userId, const QList<qint64> &workspaceIds);

    // Asks for every week from `from` to `to` (local dates, either order) that is neither loaded,
    // nor being read, nor in the future. Returns how many weeks it queued.
    int ensureLoaded(const QDate &from, const QDate &to);
    bool isLoaded(const QDate &day) const; // the day's week is loaded (or in the future)
    QSet<QDate> loadedWeeks() const { return m_loaded; }
    // The week before the oldest loaded one: what "Load earlier week" reads next (the current week
    // when none is loaded).
    QDate nextEarlierWeek() const;
    bool isBusy() const { return m_current.isValid(); }
    QDate currentWeek() const { return m_current; } // the week being read; invalid when idle

    // A full list answered `count` entries, the oldest started at `oldest` (invalid when none):
    // every week from then on is covered (see kListWindowDays) and marked loaded.
    void noteCovered(const QDateTime &oldest, qsizetype count);
    // Every week is to be read again (their rows stay): the `since` chain that kept them current broke.
    void forgetAll();
    // Another account: forget every week and drop what is queued or on its way.
    void reset();

signals:
    void loadStarted(const QDate &week);
    void weekLoaded(const QDate &week, int entryCount);
    // `message` says which week and why, for the user ("…: the hourly request quota is used up").
    // What was queued after it is dropped: asking again reads it.
    void loadFailed(const QDate &week, const QString &message, const punchclock::ApiError &error);
    void busyChanged(bool busy);

private:
    void next();
    void read(const QDate &week);
    void readWithList(const QDate &week);
    void readWithReports(const QDate &week, QList<qint64> workspaces, QList<TimeEntry> collected,
                         std::shared_ptr<const SentSinceRead<qint64>::Read> read);
    void finish(const QDate &week, QList<TimeEntry> entries, const SentSinceRead<qint64>::Read &read);
    void fail(const QDate &week, const ApiError &error);
    void markLoaded(const QList<QDate> &weeks);
    QDateTime now() const;
    QDate today() const;

    TrackApi *m_api;
    ReportsApi *m_reports;
    EntryCache *m_cache;
    SentSinceRead<qint64> *m_sentLog;
    const Clock *m_clock;
    Apply m_apply;
    qint64 m_userId = 0;
    QList<qint64> m_workspaceIds;
    QSet<QDate> m_loaded;
    QList<QDate> m_queue;
    QDate m_current;
    quint64 m_generation = 0; // reset() makes the answers on their way stale
};

} // namespace punchclock
