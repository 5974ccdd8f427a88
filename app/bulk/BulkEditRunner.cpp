// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/BulkEditRunner.h"

#include "app/api/TrackApi.h"
#include "app/sync/TrackBulkSender.h"

namespace punchclock {

namespace {

QList<BulkBatch> batchesOf(const BulkEditPlan &plan)
{
    QList<BulkBatch> batches;
    for (const BulkEditStep &step : plan.steps()) {
        for (qsizetype i = 0; i < step.ids.size(); i += TrackApi::kMaxBulkIds) {
            const QList<qint64> ids = step.ids.mid(i, TrackApi::kMaxBulkIds);
            batches.append({OutboxOp::Kind::TrackBulkPatch,
                            TrackBulkSender::patchPayload(step.workspaceId, ids, step.ops), ids});
        }
    }
    return batches;
}

} // namespace

BulkEditRunner::BulkEditRunner(SyncEngine *engine, BulkEditPlan plan, QObject *parent)
    : OutboxBatchRun(engine, batchesOf(plan), parent), m_plan(std::move(plan))
{
}

} // namespace punchclock
