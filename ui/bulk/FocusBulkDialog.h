// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/BulkJob.h"
#include "app/focus/FocusTimeEntry.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace punchclock {

class BulkReportDialog;
class FocusBulkEditor;
struct FocusBulkChoices;

// "Edit N entries" for Toggl Focus: type, task and a start shift through Focus's bulk PATCH, plus
// bulk Delete and Restore. Unchecked fields stay as they are. Progress shows in the dialog; Stop
// ends the run between requests; refused requests are listed in a report.
class FocusBulkDialog : public QDialog
{
    Q_OBJECT
public:
    FocusBulkDialog(FocusBulkEditor *editor, QList<FocusTimeEntry> entries, QWidget *parent = nullptr);

    FocusBulkChoices choices() const;
    BulkReportDialog *report() const { return m_report; }

signals:
    void runFinished(const punchclock::BulkResult &result);

protected:
    void reject() override;

private:
    void start(int action, const QString &status);
    void onFinished(const BulkResult &result, const QString &error);
    void setRunning(bool running);
    void updateApply();

    FocusBulkEditor *m_editor;
    QList<FocusTimeEntry> m_entries;
    QCheckBox *m_typeCheck;
    QComboBox *m_type;
    QCheckBox *m_taskCheck;
    QLineEdit *m_task;
    QCheckBox *m_shiftCheck;
    QComboBox *m_direction;
    QSpinBox *m_days;
    QTimeEdit *m_time;
    QWidget *m_fields;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_apply;
    QPushButton *m_delete;
    QPushButton *m_restore;
    QPushButton *m_cancel;
    BulkReportDialog *m_report = nullptr;
    QPointer<BulkJob> m_job;
    int m_action = 0;
    bool m_running = false;
};

} // namespace punchclock
