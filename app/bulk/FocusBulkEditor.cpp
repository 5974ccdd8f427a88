#include "app/bulk/FocusBulkEditor.h"

#include "app/api/FocusApi.h"
#include "app/sync/FocusBulkSender.h"
#include "app/sync/FocusSync.h"
#include "app/sync/SyncEngine.h"

#include <QSet>

namespace punchclock {

namespace {
template<class T> QList<QList<T>> chunks(const QList<T> &all, int size)
{
    QList<QList<T>> out;
    for (qsizetype i = 0; i < all.size(); i += size)
        out.append(all.mid(i, size));
    return out;
}
} // namespace

FocusBulkEditor::FocusBulkEditor(FocusApi *api, QObject *parent)
    : QObject(parent), m_api(api), m_sender(std::make_unique<FocusBulkSender>(api))
{
    qRegisterMetaType<punchclock::BulkResult>();
}

FocusBulkEditor::~FocusBulkEditor() = default;

void FocusBulkEditor::setSync(FocusSync *sync)
{
    m_sync = sync;
}

QList<FocusBulkEditor::Batch> FocusBulkEditor::patchBatches(const QList<FocusEntryPatch> &patches)
{
    QList<Batch> batches;
    for (const QList<FocusEntryPatch> &chunk : chunks(patches, kMaxIds)) {
        QList<qint64> ids;
        for (const FocusEntryPatch &p : chunk)
            ids.append(p.id);
        batches.append({OutboxOp::Kind::FocusBulkPatch, FocusBulkSender::patchPayload(chunk), ids});
    }
    return batches;
}

QList<FocusBulkEditor::Batch> FocusBulkEditor::idBatches(OutboxOp::Kind kind, const QList<qint64> &ids)
{
    QList<Batch> batches;
    for (const QList<qint64> &chunk : chunks(ids, kMaxIds))
        batches.append({kind, FocusBulkSender::idsPayload(chunk), chunk});
    return batches;
}

QList<FocusEntryPatch> FocusBulkEditor::patchesFor(const QList<FocusTimeEntry> &entries,
                                                   const FocusBulkChoices &choices)
{
    QList<FocusEntryPatch> patches;
    for (const FocusTimeEntry &e : entries) {
        FocusEntryPatch p;
        p.id = e.id;
        p.type = choices.type;
        p.taskId = choices.taskId;
        if (choices.shiftSeconds != 0 && e.start.isValid())
            p.start = e.start.addSecs(choices.shiftSeconds);
        if (!p.isEmpty())
            patches.append(p);
    }
    return patches;
}

QList<FocusEntryPatch> FocusBulkEditor::undoPatchesFor(const QList<FocusTimeEntry> &previous,
                                                       const FocusBulkChoices &choices)
{
    QList<FocusEntryPatch> patches;
    for (const FocusTimeEntry &e : previous) {
        FocusEntryPatch p;
        p.id = e.id;
        if (choices.type)
            p.type = e.type;
        if (choices.taskId && e.taskId)
            p.taskId = e.taskId;
        if (choices.shiftSeconds != 0 && e.start.isValid())
            p.start = e.start;
        if (!p.isEmpty())
            patches.append(p);
    }
    return patches;
}

bool FocusBulkEditor::edit(const QList<FocusTimeEntry> &entries, const FocusBulkChoices &choices)
{
    if (m_running)
        return false;
    return run(patchBatches(patchesFor(entries, choices)),
               [this, entries, choices](const BulkResult &result) {
                   const QSet<qint64> done(result.success.cbegin(), result.success.cend());
                   QList<FocusTimeEntry> changed;
                   for (const FocusTimeEntry &e : entries) {
                       if (done.contains(e.id))
                           changed.append(e);
                   }
                   if (!changed.isEmpty())
                       setUndo(undoPatchesFor(changed, choices));
               });
}

bool FocusBulkEditor::remove(const QList<qint64> &ids)
{
    return !m_running && run(idBatches(OutboxOp::Kind::FocusBulkDelete, ids));
}

bool FocusBulkEditor::restore(const QList<qint64> &ids)
{
    return !m_running && run(idBatches(OutboxOp::Kind::FocusBulkRestore, ids));
}

bool FocusBulkEditor::undo()
{
    if (m_running || m_undo.isEmpty())
        return false;
    const QList<FocusEntryPatch> patches = m_undo;
    setUndo({});
    return run(patchBatches(patches));
}

void FocusBulkEditor::cancel()
{
    m_cancelled = true;
    if (m_run)
        m_run->cancel();
}

bool FocusBulkEditor::run(QList<Batch> batches, std::function<void(const BulkResult &)> onDone)
{
    m_batches = std::move(batches);
    m_onDone = std::move(onDone);
    m_next = 0;
    m_running = true;
    m_cancelled = false;
    m_result = BulkResult{};
    m_result.batchesTotal = static_cast<int>(m_batches.size());
    if (m_sync) { // through the outbox
        m_run = new OutboxBatchRun(m_sync->engine(), m_batches, this);
        connect(m_run, &OutboxBatchRun::progress, this, &FocusBulkEditor::progress);
        connect(m_run, &OutboxBatchRun::finished, this,
                [this](const BulkResult &result, const QString &error) {
                    m_run->deleteLater();
                    done(result, error);
                });
        m_run->start();
        return true;
    }
    emit progress(0, m_result.batchesTotal);
    next();
    return true;
}

// Without an outbox: the requests one after the other, straight to the API.
void FocusBulkEditor::next()
{
    if (m_next >= m_batches.size() || m_cancelled) {
        for (qsizetype i = m_next; i < m_batches.size(); ++i)
            m_result.unconfirmed += m_batches.at(i).ids;
        m_result.cancelled = m_cancelled && m_next < m_batches.size();
        done(m_result, QString());
        return;
    }
    OutboxOp op;
    op.kind = m_batches.at(m_next).kind;
    op.product = OutboxOp::Product::Focus;
    op.payload = m_batches.at(m_next).payload;
    m_sender->send(op, false, this, [this](OutboxOutcome outcome) {
        const QList<qint64> &ids = m_batches.at(m_next).ids;
        if (outcome.error) {
            for (qint64 id : ids)
                m_result.failure.append(BulkFailure{id, outcome.error->message});
        } else {
            m_result.success += ids;
        }
        ++m_next;
        ++m_result.batchesDone;
        emit progress(m_next, static_cast<int>(m_batches.size()));
        next();
    });
}

void FocusBulkEditor::done(const BulkResult &result, const QString &error)
{
    m_running = false;
    if (m_onDone)
        m_onDone(result);
    emit finished(result, error);
}

void FocusBulkEditor::setUndo(QList<FocusEntryPatch> patches)
{
    m_undo = std::move(patches);
    emit undoAvailableChanged(!m_undo.isEmpty());
}

} // namespace punchclock
