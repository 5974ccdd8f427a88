// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/FocusBulkEditor.h"

#include "app/bulk/DirectBatchRun.h"
#include "app/bulk/OutboxBatchRun.h"
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

// One patch per entry, for the entries `fill` gives something to change.
QList<FocusEntryPatch> patchesOf(const QList<FocusTimeEntry> &entries,
                                 const std::function<void(const FocusTimeEntry &, FocusEntryPatch &)> &fill)
{
    QList<FocusEntryPatch> patches;
    for (const FocusTimeEntry &e : entries) {
        FocusEntryPatch p;
        p.id = e.id;
        fill(e, p);
        if (!p.isEmpty())
            patches.append(p);
    }
    return patches;
}

} // namespace

FocusBulkEditor::FocusBulkEditor(FocusApi *api, QObject *parent)
    : QObject(parent), m_sender(std::make_unique<FocusBulkSender>(api))
{
}

FocusBulkEditor::~FocusBulkEditor() = default;

void FocusBulkEditor::setSync(FocusSync *sync)
{
    m_sync = sync;
}

QList<BulkBatch> FocusBulkEditor::patchBatches(const QList<FocusEntryPatch> &patches)
{
    QList<BulkBatch> batches;
    for (const QList<FocusEntryPatch> &chunk : chunks(patches, kMaxIds)) {
        QList<qint64> ids;
        for (const FocusEntryPatch &p : chunk)
            ids.append(p.id);
        batches.append({OutboxOp::Kind::FocusBulkPatch, FocusBulkSender::patchPayload(chunk), ids});
    }
    return batches;
}

QList<BulkBatch> FocusBulkEditor::idBatches(OutboxOp::Kind kind, const QList<qint64> &ids)
{
    QList<BulkBatch> batches;
    for (const QList<qint64> &chunk : chunks(ids, kMaxIds))
        batches.append({kind, FocusBulkSender::idsPayload(chunk), chunk});
    return batches;
}

QList<FocusEntryPatch> FocusBulkEditor::patchesFor(const QList<FocusTimeEntry> &entries,
                                                   const FocusBulkChoices &choices)
{
    return patchesOf(entries, [&choices](const FocusTimeEntry &e, FocusEntryPatch &p) {
        p.type = choices.type;
        p.taskId = choices.taskId;
        if (choices.shiftSeconds != 0 && e.start.isValid())
            p.start = e.start.addSecs(choices.shiftSeconds);
    });
}

QList<FocusEntryPatch> FocusBulkEditor::undoPatchesFor(const QList<FocusTimeEntry> &previous,
                                                       const FocusBulkChoices &choices)
{
    return patchesOf(previous, [&choices](const FocusTimeEntry &e, FocusEntryPatch &p) {
        if (choices.type)
            p.type = e.type;
        if (choices.taskId && e.taskId)
            p.taskId = e.taskId;
        if (choices.shiftSeconds != 0 && e.start.isValid())
            p.start = e.start;
    });
}

BulkJob *FocusBulkEditor::edit(const QList<FocusTimeEntry> &entries, const FocusBulkChoices &choices)
{
    if (isRunning())
        return nullptr;
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

BulkJob *FocusBulkEditor::remove(const QList<qint64> &ids)
{
    return isRunning() ? nullptr : run(idBatches(OutboxOp::Kind::FocusBulkDelete, ids));
}

BulkJob *FocusBulkEditor::restore(const QList<qint64> &ids)
{
    return isRunning() ? nullptr : run(idBatches(OutboxOp::Kind::FocusBulkRestore, ids));
}

BulkJob *FocusBulkEditor::undo()
{
    if (isRunning() || m_undo.isEmpty())
        return nullptr;
    const QList<FocusEntryPatch> patches = m_undo;
    setUndo({});
    return run(patchBatches(patches));
}

BulkJob *FocusBulkEditor::run(QList<BulkBatch> batches, std::function<void(const BulkResult &)> onDone)
{
    if (m_sync) // through the outbox
        m_run = new OutboxBatchRun(m_sync->engine(), std::move(batches), this);
    else
        m_run = new DirectBatchRun(m_sender.get(), std::move(batches), this);
    connect(m_run, &BulkJob::finished, this, [this, onDone = std::move(onDone)](const BulkResult &result) {
        m_run = nullptr;
        if (onDone)
            onDone(result);
        emit runFinished(result);
    });
    return m_run;
}

void FocusBulkEditor::setUndo(QList<FocusEntryPatch> patches)
{
    m_undo = std::move(patches);
    emit undoAvailableChanged(!m_undo.isEmpty());
}

} // namespace punchclock
