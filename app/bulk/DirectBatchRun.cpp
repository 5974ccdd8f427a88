// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/DirectBatchRun.h"

#include "app/sync/OutboxSender.h"

namespace punchclock {

DirectBatchRun::DirectBatchRun(OutboxSender *sender, QList<BulkBatch> batches, QObject *parent)
    : BulkJob(BulkBatch::idsOf(batches), parent), m_sender(sender), m_batches(std::move(batches))
{
}

void DirectBatchRun::run()
{
    emit progress(0, total());
    next();
}

void DirectBatchRun::next()
{
    if (done() >= total() || cancelRequested()) {
        m_result.cancelled = cancelRequested() && done() < total();
        leaveRestUnanswered();
        finish();
        return;
    }
    OutboxOp op;
    op.kind = m_batches.at(done()).kind;
    op.product = OutboxOp::productOf(op.kind);
    op.payload = m_batches.at(done()).payload;
    m_sender->send(op, false, this, [this](OutboxOutcome outcome) {
        if (outcome.error)
            refuse(done(), outcome.error->message);
        else
            m_result.success += requestIds(done());
        advance();
        next();
    });
}

} // namespace punchclock
