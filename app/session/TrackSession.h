// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"
#include "app/api/TrackApi.h"
#include "app/models/TimeEntryModel.h"
#include "app/sync/OutboxOp.h"
#include "app/sync/SentSinceRead.h"
#include "app/track/RelatedData.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QTimer;

namespace punchclock {

class EntryCache;
class HistoryLoader;
class LocalStore;
class ReportsApi;
class Outbox;
class SyncEngine;
struct OutboxOutcome;

// One signed-in Track account: the API service, what the pickers need, and the entries model.
// Widgets talk to this, never to the network directly. Every change (start, stop, edit, create,
// delete) is first written to the durable outbox (app/sync), shown in the model at once, and sent
// by the SyncEngine in order; model edits come back here through TimeEntryModel::editRequested.
//
// Refreshes are incremental: after one full list, refresh() asks only for what changed since the
// newest `at` it has seen (GET /me/time_entries?since=, deletions included) and merges that into
// the model and the cache. A full list is read again when there is no watermark, when it is older
// than kMaxSinceAgeSeconds, when the server refuses the `since` request, and on fullRefresh().
//
// Track bulk edits and deletes (app/bulk) are shown the same way, as soon as their outbox rows
// are written, so a later single edit of one of those entries is built from (and keeps) the bulk
// change. An entry the server refuses in a bulk request, or whose request is cancelled unsent,
// gets its previous copy back (a full refresh after a restart) unless a later change of it waits.
//
// History (issue #18): the list without dates holds only the latest entries (about 9 days on
// Toggl Track). Older weeks are read on demand, one request a week, through history()
// (HistoryLoader: the v9 list's start_date/end_date back to about three months, the Reports API
// beyond), merged into the same model (so they are edited, bulk-edited and deleted like any other
// entry), cached, remembered as loaded in the local store and kept current by `since`. A full list
// never drops older weeks: it replaces only the range it covers (from its oldest start on).
//
// Conflict rule: a local change that is still in the outbox wins over the server's copy of that
// entry until it is sent: refreshes and earlier confirmations never overwrite it in the model
// (and the PUT, when it goes out, overwrites the server). When a refresh shows that the server's
// copy changed after the one the local edit started from (a newer `at`), the server's copy is
// kept (serverCopyOf()), logged and announced with conflictDetected(); it is not applied. Once
// nothing is pending for an entry, the server's copy is the truth.
class TrackSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kUndoDeleteMs = 5000; // how long a deleted entry can be brought back
    // `since` asks again for this much before the watermark: a change committed on the server just
    // after our read may carry an `at` slightly older than the newest one we saw.
    static constexpr qint64 kSinceOverlapSeconds = 60;
    // Older watermarks get a full list instead. The pages give no limit for `since`; Track refuses
    // a start_date older than about three months and keeps deletions for an undocumented time, so
    // we stay well inside that (a `since` refused with 400 also falls back to a full list).
    static constexpr qint64 kMaxSinceAgeSeconds = 60 * 24 * 3600;

    // The outbox lives in memory only: nothing survives the process (tests, or no writable disk).
    explicit TrackSession(TrackApi *api, QObject *parent = nullptr);
    // The outbox and entry cache live in the SQLite file `storePath` (StoreLocation::prepare()
    // for the app); the cached entries and every unsent change are in the model at once. `clock`
    // is the entry model's "now" (nullptr: the system clock).
    TrackSession(TrackApi *api, const QString &storePath, const Clock *clock = nullptr,
                 QObject *parent = nullptr);
    ~TrackSession() override;

    TrackApi *api() const { return m_api; }
    ReportsApi *reports() const { return m_reports; }
    // Older weeks: ensureLoaded(), isLoaded(), its progress and failure signals.
    HistoryLoader *history() const { return m_history; }
    // Makes sure the entries of every week from `from` to `to` (local dates) are in the model:
    // weeks already read (or covered by the list) cost nothing, each other one a request (see
    // HistoryLoader). Returns how many weeks are to be read; history() signals when each is in.
    int ensureLoaded(const QDate &from, const QDate &to);
    // Reads the week before the oldest loaded one (the end of the entries list); false when one is
    // being read already.
    bool loadEarlierWeek();
    TimeEntryModel *entries() const { return m_entries; }
    const RelatedData &related() const { return m_related; }
    bool isSignedIn() const { return m_signedIn; }
    qint64 defaultWorkspaceId() const;
    QString clientNameOf(qint64 projectId) const;
    const Project *project(qint64 id) const;

    using EntryDone = std::function<void(ApiResult<TimeEntry>)>;
    // POSTs a running entry (duration -1). The server also stops any running one.
    // Start and create return the new entry's local ID (0: it could not be queued).
    qint64 startEntry(TimeEntry draft, EntryDone done = {});
    void stopEntry(const TimeEntry &running, EntryDone done = {});
    qint64 createEntry(TimeEntry entry, EntryDone done = {}); // announced with entryCreated()
    // Hides the entry now and DELETEs it after kUndoDeleteMs unless undoDelete() comes first.
    void deleteEntryLater(qint64 id);
    bool undoDelete(qint64 id);
    void flushDeletes(); // send pending DELETEs now (on quit)
    bool hasPendingDelete(qint64 id) const { return m_pendingDeletes.contains(id); }
    // The hidden entry of a delete still in its undo time.
    std::optional<TimeEntry> pendingDelete(qint64 id) const
    {
        const auto it = m_pendingDeletes.constFind(id);
        return it == m_pendingDeletes.constEnd() ? std::nullopt : std::optional<TimeEntry>(it->entry);
    }

    using ProjectDone = std::function<void(ApiResult<Project>)>;
    // POSTs a new project (name, active, colour) to `workspaceId`. Never queued: offline it fails
    // at once ("Can't create a project while offline"). Created, it is in related() (and
    // relatedChanged() emitted) before `done` runs; `done` is always called, never inside this call.
    void createProject(qint64 workspaceId, const QString &name, const QString &color, ProjectDone done);

    SyncEngine *sync() const { return m_sync; }
    Outbox *outbox() const { return m_outbox; }
    int pendingChangeCount() const;
    bool isOnline() const;

    // Unix seconds of the newest server `at` the model and cache are current to; 0: none yet (the
    // next refresh reads the full list).
    qint64 sinceWatermark() const { return m_since; }
    // The server's copy of an entry whose pending local edit won a conflict (see the class comment).
    std::optional<TimeEntry> serverCopyOf(qint64 id) const;

public slots:
    // Verifies the credentials (GET /me with related data), then loads the entries.
    void signIn();
    void refresh();     // incremental when possible
    void fullRefresh(); // the whole list, replacing what the model shows (e.g. a user's reload)

signals:
    void signedIn(const punchclock::Me &me);
    void relatedChanged();
    void refreshed(int entryCount);
    // A refresh found the server's copy of `local` changed while `local` waits in the outbox;
    // `local` wins and is sent, `server` is what it overwrites.
    void conflictDetected(const punchclock::TimeEntry &local, const punchclock::TimeEntry &server);
    void errorOccurred(const punchclock::ApiError &error);
    // A list read failed (emitted before errorOccurred): nothing changed, the read may be retried.
    void refreshFailed(const punchclock::ApiError &error);
    // The server refused a change for good (400, 404, 409): it was dropped and the row shows the
    // server's copy again; reading the list again is all that is left to do (after errorOccurred).
    void changeRefused(const QString &message);
    void entryDeleted(qint64 id, const QString &description); // hidden, undo still possible
    void entryCreated(const punchclock::TimeEntry &entry);    // createEntry() queued it (shown)
    void editFailed(const QString &message);
    // The number of changes not yet confirmed by the server, and whether it answers at all.
    void syncStateChanged(int pendingChanges, bool online);

private:
    struct PendingDelete
    {
        TimeEntry entry;
        QTimer *timer = nullptr;
    };

    void saveEdit(const TimeEntry &updated, const TimeEntry &previous);
    void sendDelete(qint64 id);
    void enrich(TimeEntry &entry) const;
    // True when the outbox took the change (the model shows it).
    bool queueChange(OutboxOp::Kind kind, const TimeEntry &entry, EntryDone done);
    void loadLocal();
    void saveCache();
    void refreshEntries(bool full);
    // `sentSinceAsked`: entries with a change that left the outbox after the list was asked for.
    // `continuous`: the `since` chain held up to this read, so the weeks loaded earlier stay current.
    void applyFullList(QList<TimeEntry> list, const QSet<qint64> &sentSinceAsked, bool continuous);
    // A week of history (HistoryLoader): merged; what the model shows in [from, to) and the answer
    // lacks is gone on the server, unless a local change of it waits.
    void applyWeek(const QDateTime &from, const QDateTime &to, QList<TimeEntry> entries,
                   const QSet<qint64> &sentSinceAsked);
    void applyChanges(QList<TimeEntry> changes, const QSet<qint64> &sentSinceAsked);
    bool localCopyWins(TimeEntry &server, const QSet<qint64> &pending, const QSet<qint64> &sentSinceAsked);
    void noteSent(const OutboxOp &op, const OutboxOutcome &outcome);
    void advanceWatermark(const QList<TimeEntry> &list);
    void noteConflict(const TimeEntry &server);
    void checkAccount();
    void onRemapped(qint64 localId, const TimeEntry &answer);
    void onConfirmed(const OutboxOp &op, const TimeEntry &answer);
    void onDropped(const OutboxOp &op, const ApiError &error);
    void showBulkChanges(const QList<qint64> &seqs);
    void onBulkSent(const OutboxOp &op, const OutboxOutcome &outcome);
    void onBulkWithdrawn(const QList<qint64> &seqs);
    void restoreBulkEntry(const TimeEntry &previous, const QString &error);
    QDateTime now() const;

    TrackApi *m_api;
    ReportsApi *m_reports;
    TimeEntryModel *m_entries;
    RelatedData m_related;
    QHash<qint64, PendingDelete> m_pendingDeletes;
    QHash<qint64, TimeEntry> m_editPrevious; // outbox seq -> the entry before that edit
    // outbox seq of a Track bulk change -> entry ID -> the entry before it (this process only)
    QHash<qint64, QHash<qint64, TimeEntry>> m_bulkPrevious;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<EntryCache> m_cache;
    Outbox *m_outbox = nullptr;
    SyncEngine *m_sync = nullptr;
    HistoryLoader *m_history = nullptr;
    QTimer *m_cacheTimer = nullptr;
    qint64 m_since = 0;
    QHash<qint64, TimeEntry> m_serverCopies; // conflicts: the server's copy a pending edit overwrites
    // The IDs of the entries each change that left the outbox touched: a refresh answer skips
    // those sent after it was asked for (the model already shows the server's newer answer).
    SentSinceRead<qint64> m_sentLog;
    bool m_signedIn = false;
    bool m_signInTried = false;
    bool m_reading = false;       // a list read is on its way (see refreshEntries())
    bool m_readingFull = false;   // ... and it is the full list
    bool m_fullAfterRead = false; // a full list was asked during an incremental read
    bool m_sinceRefused = false;  // the server refused `since`: the next full list starts a new chain
};

} // namespace punchclock
