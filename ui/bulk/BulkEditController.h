// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/BulkEditChoices.h"
#include "app/track/TimeEntry.h"
#include "ui/bulk/BulkReportDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace punchclock {

class BulkJob;
class BulkEditDialog;
class EntriesView;
class TrackBulkEditor;
class TrackSession;
class UndoHistory;

// Wires bulk editing into the main window: turns on the entries view's "Edit N entries…" hook,
// opens the dialog for the selected entries, and puts each finished bulk edit on the window's
// undo stack: its undo sends back the entries' previous values, its redo the same choices again.
class BulkEditController : public QObject
{
    Q_OBJECT
public:
    // `editor`: the core's (not owned).
    BulkEditController(TrackSession *session, TrackBulkEditor *editor, EntriesView *entries,
                       UndoHistory *history, QWidget *window);

    TrackBulkEditor *editor() const { return m_editor; }
    QAction *undoAction() const; // the window's Undo: "Undo Bulk Edit of N Entries" after one
    BulkEditDialog *dialog() const;

    void openDialog(const QList<qint64> &ids);

private:
    void undo(const QList<TimeEntry> &entries, const BulkEditChoices &choices);
    void redo(const QList<TimeEntry> &entries, const BulkEditChoices &choices);
    void follow(BulkJob *runner, const QString &label, const QString &title, BulkReportDialog::Action action);

    TrackSession *m_session;
    QWidget *m_window;
    TrackBulkEditor *m_editor;
    UndoHistory *m_history;
    QPointer<BulkEditDialog> m_dialog;
    bool m_redoing = false; // the edit a redo runs is on the stack already
};

} // namespace punchclock
