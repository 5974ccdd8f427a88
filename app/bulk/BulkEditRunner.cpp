#include "app/bulk/BulkEditRunner.h"

#include "app/api/TrackApi.h"
#include "app/bulk/OutboxBatchRun.h"
#include "app/sync/TrackBulkSender.h"

namespace punchclock {

namespace {

QList<OutboxBatchRun::Batch> batchesOf(const BulkEditPlan &plan)
{
    QList<OutboxBatchRun::Batch> batches;
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
    : QObject(parent), m_plan(std::move(plan)), m_run(new OutboxBatchRun(engine, batchesOf(m_plan), this))
{
    connect(m_run, &OutboxBatchRun::progress, this, &BulkEditRunner::progress);
    connect(m_run, &OutboxBatchRun::finished, this, &BulkEditRunner::finished);
}

int BulkEditRunner::requestsDone() const
{
    return m_run->done();
}

bool BulkEditRunner::isRunning() const
{
    return m_run->isRunning();
}

void BulkEditRunner::start()
{
    m_run->start();
}

void BulkEditRunner::cancel()
{
    m_run->cancel();
}

} // namespace punchclock
