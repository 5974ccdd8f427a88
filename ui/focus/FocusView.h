// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace punchclock {

class FocusBulkEditor;
class FocusSession;

// The Toggl Focus tab: the tasks (filters by status, project and text; tracked-vs-estimate bars),
// a timer on the selected task, and the selected task's entries, editable in place, with Archive,
// Unarchive, Restore and Delete. Widgets only: FocusSession holds the logic.
class FocusView : public QWidget
{
    Q_OBJECT
public:
    // `bulkEditor` (the core's, not owned) runs and undoes the bulk edits of the entries.
    FocusView(FocusSession *session, FocusBulkEditor *bulkEditor, QWidget *parent = nullptr);

    FocusBulkEditor *bulkEditor() const { return m_bulkEditor; }
    // "Send with this key…" shows while changes of this organization made with another key wait.
    // Confirm is asked before those are sent: gets the question, answers true to go on (tests
    // replace it).
    using Confirm = std::function<bool(QWidget *parent, const QString &text)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    qint64 selectedTaskId() const;

private:
    void sendWaitingWithThisKey();
    QWidget *buildFilters();
    QWidget *buildTimerBar();
    QWidget *buildEntryButtons();
    void rebuildFilterChoices();
    void applyFilters();
    void onTaskSelected();
    void updateTimer();
    void updateEntryButtons();
    void entryAction(void (*action)(FocusSession *, int));
    void showMessage(const QString &text, bool error);
    void openBulkEdit();

    FocusSession *m_session;
    QComboBox *m_status = nullptr;
    QComboBox *m_project = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_archivedTasks = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_tasks = nullptr;
    QLabel *m_timerLabel = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QTableView *m_entries = nullptr;
    QCheckBox *m_archivedEntries = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_unarchive = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_otherAccount = nullptr;
    QPushButton *m_sendWaiting = nullptr;
    int m_sameOrganizationWaiting = 0;
    Confirm m_confirm;
    QTimer *m_tick = nullptr;
    QPushButton *m_bulkEdit = nullptr;
    QPushButton *m_bulkUndo = nullptr;
    FocusBulkEditor *m_bulkEditor;
};

} // namespace punchclock
