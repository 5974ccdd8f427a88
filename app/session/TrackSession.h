#pragma once

#include "api/ApiError.h"
#include "api/TrackApi.h"
#include "models/TimeEntryModel.h"
#include "track/RelatedData.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace punchclock {

class EntryCache;
class LocalStore;
class Outbox;
class SyncEngine;
struct OutboxOp;

// One signed-in Track account: the API service, what the pickers need, and the entries model.
// Widgets talk to this, never to the network directly. Every change (start, stop, edit, create,
// delete) is first written to the durable outbox (app/sync), shown in the model at once, and sent
// by the SyncEngine in order; model edits come back here through TimeEntryModel::editRequested.
//
// Conflict rule: a local change that is still in the outbox wins over the server's copy of that
// entry until it is sent: refreshes and earlier confirmations never overwrite it in the model
// (and the PUT, when it goes out, overwrites the server). Once nothing is pending for an entry,
// the server's copy is the truth.
class TrackSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kUndoDeleteMs = 5000; // how long a deleted entry can be brought back

    // The outbox lives in memory only: nothing survives the process (tests, or no writable disk).
    explicit TrackSession(TrackApi *api, QObject *parent = nullptr);
    // The outbox and entry cache live in the SQLite file `storePath` (LocalStore::defaultPath()
    // for the app); the cached entries and every unsent change are in the model at once.
    TrackSession(TrackApi *api, const QString &storePath, QObject *parent);
    ~TrackSession() override;

    TrackApi *api() const { return m_api; }
    TimeEntryModel *entries() const { return m_entries; }
    const RelatedData &related() const { return m_related; }
    bool isSignedIn() const { return m_signedIn; }
    qint64 defaultWorkspaceId() const;
    QString clientNameOf(qint64 projectId) const;
    const Project *project(qint64 id) const;

    using EntryDone = std::function<void(ApiResult<TimeEntry>)>;
    // POSTs a running entry (duration -1). The server also stops any running one.
    void startEntry(TimeEntry draft, EntryDone done = {});
    void stopEntry(const TimeEntry &running, EntryDone done = {});
    void createEntry(TimeEntry entry, EntryDone done = {});
    // Hides the entry now and DELETEs it after kUndoDeleteMs unless undoDelete() comes first.
    void deleteEntryLater(qint64 id);
    bool undoDelete(qint64 id);
    void flushDeletes(); // send pending DELETEs now (on quit)
    bool hasPendingDelete(qint64 id) const { return m_pendingDeletes.contains(id); }

    SyncEngine *sync() const { return m_sync; }
    Outbox *outbox() const { return m_outbox; }
    int pendingChangeCount() const;
    bool isOnline() const;
    bool isStoreDurable() const; // false: in memory (or the file could not be opened)

public slots:
    // Verifies the credentials (GET /me with related data), then loads the entries.
    void signIn();
    void refresh();

signals:
    void signedIn(const punchclock::Me &me);
    void relatedChanged();
    void refreshed(int entryCount);
    void errorOccurred(const punchclock::ApiError &error);
    void entryDeleted(qint64 id, const QString &description); // hidden, undo still possible
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
    void queueChange(int kind, const TimeEntry &entry, EntryDone done);
    void loadLocal();
    void saveCache();
    void checkAccount();
    void onRemapped(qint64 localId, const TimeEntry &answer);
    void onConfirmed(const OutboxOp &op, const TimeEntry &answer);
    void onDropped(const OutboxOp &op, const ApiError &error);
    QDateTime now() const;

    TrackApi *m_api;
    TimeEntryModel *m_entries;
    RelatedData m_related;
    QHash<qint64, PendingDelete> m_pendingDeletes;
    QHash<qint64, TimeEntry> m_editPrevious; // outbox seq -> the entry before that edit
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<EntryCache> m_cache;
    Outbox *m_outbox = nullptr;
    SyncEngine *m_sync = nullptr;
    QTimer *m_cacheTimer = nullptr;
    bool m_signedIn = false;
    bool m_signInTried = false;
};

} // namespace punchclock
