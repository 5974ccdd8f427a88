// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"
#include "app/api/BulkJob.h"
#include "app/bulk/BulkBatch.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

namespace punchclock {

class SyncEngine;
struct OutboxOp;
struct OutboxOutcome;

// A bulk change as outbox rows: one row per request (≤100 entries), all written in one
// transaction before anything is sent, then sent by the SyncEngine in order with everything else.
// Reports like every BulkJob: progress per answered request, one merged BulkResult (per-ID
// failures included; a request refused as a whole fails all its IDs with the server's message).
//  - cancel(): the rows not yet sent leave the outbox (their IDs end in `unconfirmed`); the
//    request in flight is answered and counted.
//  - The server unreachable: the run ends with an error and the unanswered IDs in `unconfirmed`,
//    but their rows stay queued and are sent when the server is back (never lost).
class OutboxBatchRun : public BulkJob
{
    Q_OBJECT
public:
    OutboxBatchRun(SyncEngine *engine, QList<BulkBatch> batches, QObject *parent = nullptr);

    void cancel() override;

private:
    void run() override;
    void onSent(const OutboxOp &op, const OutboxOutcome &outcome);
    void onDeferred(const OutboxOp &op, const ApiError &error);
    void end(const QString &error = {});

    QPointer<SyncEngine> m_engine;
    QList<BulkBatch> m_batches;
    QHash<qint64, int> m_open; // outbox seq -> batch index, until answered
};

} // namespace punchclock
