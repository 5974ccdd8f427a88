// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/FocusBulkDialog.h"

#include "app/bulk/FocusBulkEditor.h"
#include "ui/bulk/BulkReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <utility>

namespace punchclock {

FocusBulkDialog::FocusBulkDialog(FocusBulkEditor *editor, QList<FocusTimeEntry> entries, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_entries(std::move(entries)),
      m_typeCheck(new QCheckBox(tr("T&ype"), this)), m_type(new QComboBox(this)),
      m_taskCheck(new QCheckBox(tr("Move to &task"), this)), m_task(new QLineEdit(this)),
      m_shiftCheck(new QCheckBox(tr("&Move start"), this)), m_direction(new QComboBox(this)),
      m_days(new QSpinBox(this)), m_time(new QTimeEdit(this)), m_fields(new QWidget(this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_apply(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_restore(new QPushButton(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    const int n = static_cast<int>(m_entries.size());
    int deleted = 0;
    for (const FocusTimeEntry &e : m_entries)
        deleted += e.isDeleted();
    setObjectName(QStringLiteral("focusBulkDialog"));
    setWindowTitle(tr("Edit %n Focus Entries", nullptr, n));
    setAccessibleName(windowTitle());

    auto *title = new QLabel(tr("Edit %n Focus entries", nullptr, n), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    title->setFont(big);
    auto *hint = new QLabel(tr("Only the checked fields change; everything else stays as it is."), this);
    hint->setWordWrap(true);

    m_type->addItem(tr("Activity"), QStringLiteral("activity"));
    m_type->addItem(tr("Break"), QStringLiteral("break"));
    m_task->setPlaceholderText(tr("Task ID"));
    m_task->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_task));
    m_direction->addItem(tr("Later by"), 1);
    m_direction->addItem(tr("Earlier by"), -1);
    m_days->setRange(0, 3650);
    m_days->setSuffix(tr(" days"));
    m_time->setDisplayFormat(QStringLiteral("H:mm"));
    m_time->setTime(QTime(0, 0));
    const std::pair<QWidget *, QString> names[] = {
        {m_typeCheck, tr("Change the type")},
        {m_type, tr("Type")},
        {m_taskCheck, tr("Move to another task")},
        {m_task, tr("Task ID")},
        {m_shiftCheck, tr("Move the start times")},
        {m_direction, tr("Move later or earlier")},
        {m_days, tr("Days to move")},
        {m_time, tr("Hours and minutes to move")},
        {m_progress, tr("Requests sent")},
        {m_status, tr("Progress")},
        {m_cancel, tr("Cancel")},
    };
    for (const auto &[w, name] : names)
        w->setAccessibleName(name);
    // Object names as in BulkEditForm; the tests find the controls by them.
    const std::pair<QObject *, const char *> objectNames[] = {
        {m_typeCheck, "typeCheck"}, {m_type, "typeField"},        {m_taskCheck, "taskCheck"},
        {m_task, "taskField"},      {m_shiftCheck, "shiftCheck"}, {m_direction, "shiftDirection"},
        {m_days, "shiftDays"},      {m_time, "shiftTime"},        {m_apply, "bulkApply"},
        {m_delete, "bulkDelete"},   {m_restore, "bulkRestore"},   {m_cancel, "bulkCancel"},
    };
    for (const auto &[object, name] : objectNames)
        object->setObjectName(QLatin1String(name));

    auto *grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_typeCheck, 0, 0);
    grid->addWidget(m_type, 0, 1);
    grid->addWidget(m_taskCheck, 1, 0);
    grid->addWidget(m_task, 1, 1);
    auto *shift = new QHBoxLayout;
    shift->addWidget(m_direction);
    shift->addWidget(m_days);
    shift->addWidget(m_time);
    shift->addStretch(1);
    grid->addWidget(m_shiftCheck, 2, 0);
    grid->addLayout(shift, 2, 1);

    connect(m_type, &QComboBox::activated, m_typeCheck, [this] { m_typeCheck->setChecked(true); });
    connect(m_task, &QLineEdit::textEdited, m_taskCheck, [this] { m_taskCheck->setChecked(true); });
    auto checkShift = [this] { m_shiftCheck->setChecked(true); };
    connect(m_direction, &QComboBox::activated, m_shiftCheck, checkShift);
    connect(m_days, &QSpinBox::valueChanged, m_shiftCheck, checkShift);
    connect(m_time, &QTimeEdit::timeChanged, m_shiftCheck, checkShift);
    for (QCheckBox *box : {m_typeCheck, m_taskCheck, m_shiftCheck})
        connect(box, &QCheckBox::toggled, this, &FocusBulkDialog::updateApply);
    connect(m_task, &QLineEdit::textChanged, this, &FocusBulkDialog::updateApply);

    m_status->hide();
    m_progress->hide();
    m_apply->setText(tr("&Apply to %n entries", nullptr, n));
    m_apply->setAccessibleName(tr("Apply the checked changes"));
    m_apply->setDefault(true);
    m_delete->setText(tr("&Delete %n entries", nullptr, n - deleted));
    m_delete->setAccessibleName(tr("Delete the selected entries"));
    m_delete->setEnabled(n - deleted > 0);
    m_restore->setText(tr("&Restore %n entries", nullptr, deleted));
    m_restore->setAccessibleName(tr("Restore the selected deleted entries"));
    m_restore->setVisible(deleted > 0);
    connect(m_apply, &QPushButton::clicked, this, [this] { start(0, tr("Saving…")); });
    connect(m_delete, &QPushButton::clicked, this, [this] { start(1, tr("Deleting…")); });
    connect(m_restore, &QPushButton::clicked, this, [this] { start(2, tr("Restoring…")); });
    connect(m_cancel, &QPushButton::clicked, this, &FocusBulkDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    setMinimumWidth(520);
    updateApply();
}

FocusBulkChoices FocusBulkDialog::choices() const
{
    FocusBulkChoices c;
    if (m_typeCheck->isChecked())
        c.type = m_type->currentData().toString();
    if (m_taskCheck->isChecked() && m_task->text().toLongLong() > 0)
        c.taskId = m_task->text().toLongLong();
    if (m_shiftCheck->isChecked())
        c.shiftSeconds = (qint64(m_days->value()) * 86400 + QTime(0, 0).secsTo(m_time->time())) *
                         m_direction->currentData().toInt();
    return c;
}

void FocusBulkDialog::updateApply()
{
    m_apply->setEnabled(!m_running && !choices().isEmpty());
}

void FocusBulkDialog::start(int action, const QString &status)
{
    if (m_running)
        return;
    QList<qint64> ids;
    for (const FocusTimeEntry &e : m_entries) {
        if (action == 0 || (action == 1) != e.isDeleted())
            ids.append(e.id);
    }
    BulkJob *job = action == 0   ? m_editor->edit(m_entries, choices())
                   : action == 1 ? m_editor->remove(ids)
                                 : m_editor->restore(ids);
    if (!job)
        return;
    m_action = action;
    m_job = job;
    connect(job, &BulkJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(job, &BulkJob::finished, this,
            [this, job](const BulkResult &result) { onFinished(result, job->errorString()); });
    setRunning(true);
    m_status->setText(status);
    job->start();
}

void FocusBulkDialog::onFinished(const BulkResult &result, const QString &error)
{
    setRunning(false);
    m_job = nullptr;
    emit runFinished(result);
    if (!result.allSucceeded() || !error.isEmpty()) {
        QHash<qint64, BulkReportDialog::EntryInfo> info;
        for (const FocusTimeEntry &e : m_entries)
            info.insert(e.id,
                        {e.description.isEmpty() ? tr("Focus entry %1").arg(e.id) : e.description, e.start});
        const auto action = m_action == 1   ? BulkReportDialog::Action::Deleted
                            : m_action == 2 ? BulkReportDialog::Action::Restored
                                            : BulkReportDialog::Action::Changed;
        m_report = new BulkReportDialog(action, result, error, info, parentWidget());
        m_report->setAttribute(Qt::WA_DeleteOnClose);
        m_report->show();
    }
    accept();
}

void FocusBulkDialog::setRunning(bool running)
{
    m_running = running;
    m_fields->setEnabled(!running);
    m_delete->setEnabled(!running);
    m_restore->setEnabled(!running);
    m_status->setVisible(running);
    m_progress->setVisible(running);
    m_cancel->setText(running ? tr("&Stop") : tr("Cancel"));
    updateApply();
}

void FocusBulkDialog::reject()
{
    if (m_running) {
        if (m_job)
            m_job->cancel();
        m_status->setText(tr("Stopping after the current request…"));
        return;
    }
    QDialog::reject();
}

} // namespace punchclock
