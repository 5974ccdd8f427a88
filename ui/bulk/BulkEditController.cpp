// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkEditController.h"

#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/TrackBulkEditor.h"
#include "app/session/TrackSession.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/bulk/BulkReportDialog.h"
#include "ui/entries/EntriesView.h"
#include "ui/undo/BulkEditCommand.h"
#include "ui/undo/UndoHistory.h"

#include <QAction>
#include <QProgressDialog>

#include <utility>

namespace punchclock {

BulkEditController::BulkEditController(TrackSession *session, TrackBulkEditor *editor, EntriesView *entries,
                                       UndoHistory *history, QWidget *window)
    : QObject(window), m_session(session), m_window(window), m_editor(editor), m_history(history)
{
    connect(m_editor, &TrackBulkEditor::editApplied, this,
            [this](const QList<TimeEntry> &changed, const BulkEditChoices &choices) {
                if (std::exchange(m_redoing, false) || changed.isEmpty())
                    return;
                m_history->push(new BulkEditCommand(
                    changed, choices, [this](const auto &e, const auto &c) { undo(e, c); },
                    [this](const auto &e, const auto &c) { redo(e, c); }));
            });
    entries->setBulkEditEnabled(true);
    connect(entries, &EntriesView::bulkEditRequested, this, &BulkEditController::openDialog);
}

QAction *BulkEditController::undoAction() const
{
    return m_history->undoAction();
}

BulkEditDialog *BulkEditController::dialog() const
{
    return m_dialog.data();
}

void BulkEditController::openDialog(const QList<qint64> &ids)
{
    if (m_dialog)
        return;
    QList<TimeEntry> chosen;
    for (qint64 id : ids) {
        const int row = m_session->entries()->rowOf(id);
        if (const TimeEntry *e = row >= 0 ? m_session->entries()->entry(row) : nullptr)
            chosen.append(*e);
    }
    if (chosen.isEmpty())
        return;
    m_dialog = new BulkEditDialog(m_editor, chosen, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

void BulkEditController::undo(const QList<TimeEntry> &entries, const BulkEditChoices &choices)
{
    if (BulkJob *runner = m_editor->undoEdit(entries, choices))
        follow(runner, tr("Restoring %n entries…", nullptr, int(entries.size())), tr("Undo Bulk Edit"),
               BulkReportDialog::Action::Restored);
}

void BulkEditController::redo(const QList<TimeEntry> &entries, const BulkEditChoices &choices)
{
    m_redoing = true;
    BulkJob *runner = m_editor->edit(entries, choices);
    connect(runner, &BulkJob::finished, this, [this] { m_redoing = false; }); // after editApplied
    follow(runner, tr("Changing %n entries…", nullptr, int(entries.size())), tr("Redo Bulk Edit"),
           BulkReportDialog::Action::Changed);
}

// A progress dialog while it runs (after 400 ms), and the report when something failed.
void BulkEditController::follow(BulkJob *runner, const QString &label, const QString &title,
                                BulkReportDialog::Action action)
{
    auto *progress = new QProgressDialog(label, tr("&Stop"), 0, runner->total(), m_window);
    progress->setWindowTitle(title);
    progress->setAccessibleName(tr("Undo progress"));
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, runner, &BulkJob::cancel);
    connect(runner, &BulkJob::progress, progress, [progress](int done, int) { progress->setValue(done); });
    connect(runner, &BulkJob::finished, this, [this, progress, runner, action](const BulkResult &result) {
        const QString error = runner->errorString();
        progress->deleteLater();
        if (result.allSucceeded() && error.isEmpty())
            return;
        auto *report = new BulkReportDialog(action, result, error, {}, m_window);
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->show();
    });
    runner->start();
}

} // namespace punchclock
