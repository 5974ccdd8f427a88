// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/OutboxBatchRun.h"

#include "app/sync/Outbox.h"
#include "app/sync/SyncEngine.h"

namespace punchclock {

OutboxBatchRun::OutboxBatchRun(SyncEngine *engine, QList<BulkBatch> batches, QObject *parent)
    : BulkJob(BulkBatch::idsOf(batches), parent), m_engine(engine), m_batches(std::move(batches))
{
}

void OutboxBatchRun::run()
{
    if (m_batches.isEmpty()) {
        emit progress(0, total());
        end();
        return;
    }
    QList<Outbox::NewOp> rows;
    for (const BulkBatch &b : std::as_const(m_batches))
        rows.append({b.kind, 0, b.payload});
    const QList<qint64> seqs = m_engine->outbox()->enqueueAll(rows);
    if (seqs.size() != m_batches.size()) {
        leaveRestUnanswered();
        end(tr("The change could not be saved locally"));
        return;
    }
    for (int i = 0; i < seqs.size(); ++i)
        m_open.insert(seqs.at(i), i);
    emit progress(0, total());
    if (m_engine->isPaused()) { // not signed in (yet): the rows wait for it
        leaveRestUnanswered();
        m_open.clear();
        end(tr("The change is saved and will be sent once you are signed in"));
        return;
    }
    connect(m_engine, &SyncEngine::sent, this, &OutboxBatchRun::onSent);
    connect(m_engine, &SyncEngine::deferred, this, &OutboxBatchRun::onDeferred);
    if (m_engine->isOnline())
        m_engine->kick();
    else
        m_engine->retryNow(); // find out now rather than after the backoff
}

void OutboxBatchRun::cancel()
{
    if (!isRunning() || cancelRequested())
        return;
    BulkJob::cancel();
    QList<qint64> unsent;
    const qint64 inFlight = m_engine ? m_engine->inFlightSeq() : 0;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        if (it.key() != inFlight)
            unsent.append(it.key());
    }
    if (m_engine)
        m_engine->outbox()->remove(unsent);
    for (qint64 seq : std::as_const(unsent))
        leaveUnanswered(m_open.take(seq));
    if (m_open.isEmpty())
        end();
}

void OutboxBatchRun::onSent(const OutboxOp &op, const OutboxOutcome &outcome)
{
    const auto it = m_open.constFind(op.seq);
    if (it == m_open.constEnd())
        return;
    const int index = *it;
    m_open.erase(it);
    if (outcome.error) { // refused as a whole
        refuse(index, outcome.error->message);
    } else {
        m_result.success += outcome.bulk.success;
        m_result.failure += outcome.bulk.failure;
        m_result.unconfirmed += outcome.bulk.unconfirmed;
    }
    advance();
    if (m_open.isEmpty())
        end();
}

// No answer for now: the rows stay queued for later, the run (and its dialog) ends here. Any
// change counts, not only this run's: the queue is in order, so one stuck ahead holds ours too.
void OutboxBatchRun::onDeferred(const OutboxOp &, const ApiError &error)
{
    const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
                             error.kind == ApiError::Kind::Auth;
    if (!unreachable)
        return; // a 5xx, 429 or quota wait: the engine tries again soon
    for (int index : std::as_const(m_open))
        leaveUnanswered(index);
    m_open.clear();
    end(tr("%1 — the change is saved and will be sent when the server answers again").arg(error.message));
}

void OutboxBatchRun::end(const QString &error)
{
    if (!isRunning())
        return;
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_result.cancelled = cancelRequested();
    finish(error);
}

} // namespace punchclock
