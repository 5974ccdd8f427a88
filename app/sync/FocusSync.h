#pragma once

#include "sync/OutboxOp.h"

#include <QJsonObject>
#include <QObject>

namespace punchclock {

class FocusApi;
class FocusBulkEditor;
class FocusSession;
class FocusTaskModel;
class LocalStore;
class Outbox;
class SyncEngine;

// The Focus side of the outbox: Focus changes (a stopped task timer, entry edits, archive, restore,
// delete, bulk edits) are written to the LocalStore first and sent by their own SyncEngine, in
// order, apart from Track's queue. Whoever changes Focus data goes through enqueue(); the answer
// comes back as SyncEngine::sent (by seq). Changes wait (with backoff) while Focus is not
// connected (no key or workspace yet); retryNow() when it is.
class FocusSync : public QObject
{
    Q_OBJECT
public:
    // `store` is not owned and must outlive this (the app shares TrackSession's).
    FocusSync(FocusApi *api, LocalStore *store, QObject *parent = nullptr);

    Outbox *outbox() const { return m_outbox; }
    SyncEngine *engine() const { return m_engine; }

    // Writes the change (committed) and lets the engine send it soon. 0: not written.
    qint64 enqueue(OutboxOp::Kind kind, qint64 entryId, const QJsonObject &payload);
    qint64 allocateLocalId();
    int pendingCount() const;
    // Puts a FocusSession on the outbox: its task timer and entry model send through it, its task
    // list is filled from the cache now (start-up, offline) and cached after every load, and a
    // successful load (Focus reachable and set up) sends what waits.
    void attach(FocusSession *session);
    void attach(FocusBulkEditor *editor); // the Focus view's bulk edits, through the outbox

    // Fills an empty `model` with the tasks cached for this organization (0: not known yet, any
    // cached ones), and caches them again whenever the model is reloaded from the server.
    void cacheTasks(FocusTaskModel *model, qint64 organizationId);

public slots:
    void retryNow();

private:
    FocusApi *m_api;
    Outbox *m_outbox;
    SyncEngine *m_engine;
};

} // namespace punchclock
