#pragma once

#include "api/ApiError.h"
#include "api/TrackApi.h"
#include "models/TimeEntryModel.h"
#include "track/RelatedData.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTimer;

namespace punchclock {

// One signed-in Track account: the API service, what the pickers need, and the entries model.
// Widgets talk to this, never to the network directly. Every change goes to the server and, once
// answered, into the model; model edits come back here through TimeEntryModel::editRequested.
class TrackSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kUndoDeleteMs = 5000; // how long a deleted entry can be brought back

    explicit TrackSession(TrackApi *api, QObject *parent = nullptr);

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

private:
    struct PendingDelete
    {
        TimeEntry entry;
        QTimer *timer = nullptr;
    };

    void saveEdit(const TimeEntry &updated, const TimeEntry &previous);
    void sendDelete(qint64 id);
    void enrich(TimeEntry &entry) const;
    EntryDone storeAnswer(EntryDone done);

    TrackApi *m_api;
    TimeEntryModel *m_entries;
    RelatedData m_related;
    QHash<qint64, PendingDelete> m_pendingDeletes;
    bool m_signedIn = false;
};

} // namespace punchclock
