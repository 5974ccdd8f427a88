// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/BulkDeleteRunner.h"

#include "app/sync/TrackBulkSender.h"

namespace punchclock {

namespace {

QList<BulkBatch> batchesOf(const QList<TimeEntry> &entries)
{
    QList<BulkBatch> batches;
    for (const TimeEntry &e : entries)
        batches.append(
            {OutboxOp::Kind::TrackBulkDelete, TrackBulkSender::deletePayload(e.workspaceId, e.id), {e.id}});
    return batches;
}

} // namespace

BulkDeleteRunner::BulkDeleteRunner(SyncEngine *engine, const QList<TimeEntry> &entries, QObject *parent)
    : OutboxBatchRun(engine, batchesOf(entries), parent)
{
}

} // namespace punchclock
