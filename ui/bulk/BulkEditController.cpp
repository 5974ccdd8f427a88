#include "ui/bulk/BulkEditController.h"

#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/TrackBulkEditor.h"
#include "app/session/TrackSession.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/bulk/BulkReportDialog.h"
#include "ui/entries/EntriesView.h"

#include <QAction>
#include <QKeySequence>
#include <QProgressDialog>

namespace punchclock {

BulkEditController::BulkEditController(TrackSession *session, TrackBulkEditor *editor, EntriesView *entries,
                                       QWidget *window)
    : QObject(window), m_session(session), m_window(window), m_editor(editor),
      m_undo(new QAction(tr("Undo &Bulk Edit"), this))
{
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_undo->setToolTip(tr("Give the entries of the last bulk edit their previous values back"));
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, &BulkEditController::undo);
    connect(m_editor, &TrackBulkEditor::undoAvailableChanged, this, [this](bool available) {
        m_undo->setEnabled(available);
        m_undo->setText(available ? tr("Undo &Bulk Edit of %n Entries", nullptr, m_editor->undoCount())
                                  : tr("Undo &Bulk Edit"));
    });
    entries->setBulkEditEnabled(true);
    connect(entries, &EntriesView::bulkEditRequested, this, &BulkEditController::openDialog);
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

void BulkEditController::undo()
{
    const int count = m_editor->undoCount();
    BulkJob *runner = m_editor->undo();
    if (!runner)
        return;
    auto *progress = new QProgressDialog(tr("Restoring %n entries…", nullptr, count), tr("&Stop"), 0,
                                         runner->total(), m_window);
    progress->setWindowTitle(tr("Undo Bulk Edit"));
    progress->setAccessibleName(tr("Undo progress"));
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, runner, &BulkJob::cancel);
    connect(runner, &BulkJob::progress, progress, [progress](int done, int) { progress->setValue(done); });
    connect(runner, &BulkJob::finished, this, [this, progress, runner](const BulkResult &result) {
        const QString error = runner->errorString();
        progress->deleteLater();
        if (result.allSucceeded() && error.isEmpty())
            return;
        auto *report = new BulkReportDialog(BulkReportDialog::Action::Restored, result, error, {}, m_window);
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->show();
    });
    runner->start();
}

} // namespace punchclock
