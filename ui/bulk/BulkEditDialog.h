// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/BulkJob.h"
#include "app/track/TimeEntry.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace punchclock {

class BulkEditForm;
class BulkReportDialog;
class TrackBulkEditor;

// "Edit N entries": change the checked fields of every selected Track entry at once, or delete
// them all. Runs show an in-dialog progress bar and can be stopped between requests; when the
// server refuses some entries (or the run is stopped), a report lists them.
class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    // Asked before deleting instead of the message box (tests); gets the confirmation text,
    // answers true to go on.
    using Confirm = std::function<bool(QWidget *parent, const QString &text)>;

    BulkEditDialog(TrackBulkEditor *editor, QList<TimeEntry> entries, QWidget *parent = nullptr);

    static QString deleteConfirmationText(int count, qint64 seconds);
    static QString formatTotal(qint64 seconds); // "12 h 05 min"

    BulkReportDialog *report() const { return m_report; }
    bool isRunning() const { return m_running; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void apply();
    void deleteAll(); // asks first (deleteConfirmBox), then deletes

signals:
    void runFinished(const punchclock::BulkResult &result);

protected:
    void reject() override;

private:
    void run(BulkJob *job, int action, const QString &status);
    void startDelete();
    void setRunning(bool running, const QString &status = {});
    void onProgress(int done, int total);
    void onFinished(int action, const BulkResult &result, const QString &error);
    qint64 totalSeconds() const;

    TrackBulkEditor *m_editor;
    QList<TimeEntry> m_entries;
    BulkEditForm *m_form;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_apply;
    QPushButton *m_delete;
    QPushButton *m_cancel;
    QPointer<BulkJob> m_job;
    QPointer<BulkReportDialog> m_report;
    Confirm m_confirm;
    bool m_running = false;
};

} // namespace punchclock
