#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace punchclock {

class BulkEditDialog;
class EntriesView;
class TrackBulkEditor;
class TrackSession;

// Wires bulk editing into the main window: turns on the entries view's "Edit N entries…" hook,
// opens the dialog for the selected entries, and offers "Undo Bulk Edit" (an action for the Edit
// menu) that sends back the previous values of the last bulk edit.
class BulkEditController : public QObject
{
    Q_OBJECT
public:
    // `editor`: the core's (not owned).
    BulkEditController(TrackSession *session, TrackBulkEditor *editor, EntriesView *entries, QWidget *window);

    TrackBulkEditor *editor() const { return m_editor; }
    QAction *undoAction() const { return m_undo; }
    BulkEditDialog *dialog() const;

    void openDialog(const QList<qint64> &ids);
    void undo();

private:
    TrackSession *m_session;
    QWidget *m_window;
    TrackBulkEditor *m_editor;
    QAction *m_undo;
    QPointer<BulkEditDialog> m_dialog;
};

} // namespace punchclock
