#pragma once

#include "app/api/ApiError.h"
#include "app/bulk/BulkResultMetaType.h"
#include "app/sync/Outbox.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace punchclock {

class SyncEngine;
struct OutboxOutcome;

// A bulk change as outbox rows: one row per request (≤100 entries), all written in one
// transaction before anything is sent, then sent by the SyncEngine in order with everything else.
// Reports like the bulk runners did: progress per answered request, one merged BulkResult (per-ID
// failures included; a request refused as a whole fails all its IDs with the server's message).
//  - cancel(): the rows not yet sent leave the outbox (their IDs end in `unconfirmed`); the
//    request in flight is answered and counted.
//  - The server unreachable: the run ends with an error and the unanswered IDs in `unconfirmed`,
//    but their rows stay queued and are sent when the server is back (never lost).
class OutboxBatchRun : public QObject
{
    Q_OBJECT
public:
    struct Batch
    {
        OutboxOp::Kind kind;
        QJsonObject payload;
        QList<qint64> ids;
    };

    OutboxBatchRun(SyncEngine *engine, QList<Batch> batches, QObject *parent = nullptr);

    int total() const { return static_cast<int>(m_batches.size()); }
    int done() const { return m_done; }
    bool isRunning() const { return m_running; }

public slots:
    void start();
    void cancel();

signals:
    void progress(int done, int total);
    void finished(const punchclock::BulkResult &result, const QString &error);

private:
    void onSent(const OutboxOp &op, const OutboxOutcome &outcome);
    void onDeferred(const OutboxOp &op, const ApiError &error);
    void finish(const QString &error = {});

    QPointer<SyncEngine> m_engine;
    QList<Batch> m_batches;
    QHash<qint64, int> m_open; // outbox seq -> batch index, until answered
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    BulkResult m_result;
};

} // namespace punchclock
