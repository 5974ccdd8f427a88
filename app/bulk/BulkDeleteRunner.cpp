#include "app/bulk/BulkDeleteRunner.h"

#include "app/bulk/OutboxBatchRun.h"
#include "app/sync/TrackBulkSender.h"

namespace punchclock {

namespace {

QList<OutboxBatchRun::Batch> batchesOf(const QList<TimeEntry> &entries)
{
    QList<OutboxBatchRun::Batch> batches;
    for (const TimeEntry &e : entries)
        batches.append(
            {OutboxOp::Kind::TrackBulkDelete, TrackBulkSender::deletePayload(e.workspaceId, e.id), {e.id}});
    return batches;
}

} // namespace

BulkDeleteRunner::BulkDeleteRunner(SyncEngine *engine, QList<TimeEntry> entries, QObject *parent)
    : QObject(parent), m_total(static_cast<int>(entries.size())),
      m_run(new OutboxBatchRun(engine, batchesOf(entries), this))
{
    connect(m_run, &OutboxBatchRun::progress, this, &BulkDeleteRunner::progress);
    connect(m_run, &OutboxBatchRun::finished, this, &BulkDeleteRunner::finished);
}

bool BulkDeleteRunner::isRunning() const
{
    return m_run->isRunning();
}

void BulkDeleteRunner::start()
{
    m_run->start();
}

void BulkDeleteRunner::cancel()
{
    m_run->cancel();
}

} // namespace punchclock
