// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/TrackBulkEditor.h"

#include "app/bulk/BulkDeleteRunner.h"
#include "app/bulk/BulkEditRunner.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/track/JsonPatchOp.h"

namespace punchclock {

TrackBulkEditor::TrackBulkEditor(TrackSession *session, QObject *parent) : QObject(parent), m_session(session)
{
}

BulkEditRunner *TrackBulkEditor::edit(const QList<TimeEntry> &entries, const BulkEditChoices &choices)
{
    // An entry created offline has only a local ID, which a bulk PATCH cannot name: it gets the
    // same change as a single edit instead, queued behind its create and following its remap.
    for (const TimeEntry &e : entries) {
        if (e.id < 0)
            m_session->entries()->editEntry(JsonPatchOp::applied(BulkEditPlan::opsFor(e, choices), e));
    }
    auto *runner = new BulkEditRunner(m_session->sync(), BulkEditPlan::forChoices(entries, choices), this);
    watch(runner, [this, entries, choices](const BulkResult &result) {
        // Only what the server confirmed is undone; failed or unsent entries kept their values.
        if (result.success.isEmpty())
            return;
        setUndo(BulkEditPlan::undoOf(entries, choices, result.success));
        m_undoRefused.clear();
        for (const BulkFailure &f : result.failure)
            m_undoRefused.append(f.id);
        QList<TimeEntry> changed;
        for (const TimeEntry &e : entries) {
            if (result.success.contains(e.id))
                changed.append(e);
        }
        emit editApplied(changed, choices);
    });
    return runner;
}

BulkDeleteRunner *TrackBulkEditor::remove(const QList<TimeEntry> &entries)
{
    auto *runner = new BulkDeleteRunner(m_session->sync(), entries, this);
    watch(runner, [this](const BulkResult &result) {
        // A deleted entry cannot be patched back: forget an undo that names one.
        const QList<qint64> pending = m_undo.ids();
        for (qint64 id : result.success) {
            if (pending.contains(id)) {
                setUndo({});
                break;
            }
        }
    });
    return runner;
}

BulkEditRunner *TrackBulkEditor::undo()
{
    if (m_undo.isEmpty())
        return nullptr;
    auto *runner = new BulkEditRunner(m_session->sync(), m_undo, this);
    setUndo({});
    // The refused part of the undone edit never happened: its rows lose their error.
    for (qint64 id : std::as_const(m_undoRefused))
        m_session->entries()->clearError(id);
    m_undoRefused.clear();
    watch(runner);
    return runner;
}

BulkEditRunner *TrackBulkEditor::undoEdit(const QList<TimeEntry> &entries, const BulkEditChoices &choices)
{
    QList<qint64> ids;
    for (const TimeEntry &e : entries)
        ids.append(e.id);
    const BulkEditPlan plan = BulkEditPlan::undoOf(entries, choices, ids);
    if (plan.isEmpty())
        return nullptr;
    setUndo({});
    for (qint64 id : std::as_const(m_undoRefused))
        m_session->entries()->clearError(id);
    m_undoRefused.clear();
    auto *runner = new BulkEditRunner(m_session->sync(), plan, this);
    watch(runner);
    return runner;
}

void TrackBulkEditor::watch(BulkJob *job, std::function<void(const BulkResult &)> first)
{
    connect(job, &BulkJob::finished, this, [this, first = std::move(first)](const BulkResult &result) {
        if (first)
            first(result);
        m_session->refresh();
        emit runFinished(result);
    });
}

void TrackBulkEditor::setUndo(BulkEditPlan plan)
{
    const bool was = canUndo();
    m_undo = std::move(plan);
    if (was != canUndo() || canUndo())
        emit undoAvailableChanged(canUndo());
}

} // namespace punchclock
