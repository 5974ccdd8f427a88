// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkEditDialog.h"

#include "app/bulk/BulkDeleteRunner.h"
#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/TrackBulkEditor.h"
#include "app/session/TrackSession.h"
#include "ui/bulk/BulkEditForm.h"
#include "ui/bulk/BulkReportDialog.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace punchclock {

BulkEditDialog::BulkEditDialog(TrackBulkEditor *editor, QList<TimeEntry> entries, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_entries(std::move(entries)),
      m_form(new BulkEditForm(editor->session()->related(), this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_apply(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    const int n = static_cast<int>(m_entries.size());
    QSet<qint64> workspaces;
    for (const TimeEntry &e : std::as_const(m_entries))
        workspaces.insert(e.workspaceId);
    m_form->setEntryWorkspaces(editor->session(), workspaces);
    setObjectName(QStringLiteral("bulkEditDialog"));
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_apply->setObjectName(QStringLiteral("bulkApply"));
    m_delete->setObjectName(QStringLiteral("bulkDelete"));
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    setWindowTitle(tr("Edit %n Entries", nullptr, n));
    setAccessibleName(tr("Edit %n entries", nullptr, n));

    auto *title = new QLabel(tr("Edit %n entries", nullptr, n), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    title->setFont(big);
    title->setAccessibleName(title->text());

    QString range;
    if (!m_entries.isEmpty()) {
        const auto [first, last] =
            std::minmax_element(m_entries.cbegin(), m_entries.cend(),
                                [](const TimeEntry &a, const TimeEntry &b) { return a.start < b.start; });
        const QLocale locale;
        const QString from = locale.toString(first->start.toLocalTime().date(), QLocale::ShortFormat);
        const QString to = locale.toString(last->start.toLocalTime().date(), QLocale::ShortFormat);
        range = from == to ? from : tr("%1 – %2").arg(from, to);
    }
    auto *summary = new QLabel(tr("%1 · %2 tracked").arg(range, formatTotal(totalSeconds())), this);
    summary->setObjectName(QStringLiteral("bulkSummary"));
    summary->setAccessibleName(tr("Selection summary"));
    auto *hint = new QLabel(tr("Only the checked fields change; everything else stays as it is."), this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    hint->setPalette(muted);
    summary->setPalette(muted);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_status->setObjectName(QStringLiteral("bulkStatus"));
    m_status->setAccessibleName(tr("Progress"));
    m_progress->setAccessibleName(tr("Requests sent"));
    m_progress->setTextVisible(true);
    m_status->hide();
    m_progress->hide();

    m_apply->setText(tr("&Apply to %n entries", nullptr, n));
    m_apply->setAccessibleName(tr("Apply the checked changes"));
    m_apply->setDefault(true);
    m_apply->setEnabled(false);
    m_delete->setText(tr("&Delete %n entries…", nullptr, n));
    m_delete->setAccessibleName(tr("Delete all selected entries"));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_apply, &QPushButton::clicked, this, &BulkEditDialog::apply);
    connect(m_delete, &QPushButton::clicked, this, &BulkEditDialog::deleteAll);
    connect(m_cancel, &QPushButton::clicked, this, &BulkEditDialog::reject);
    connect(m_form, &BulkEditForm::changed, this,
            [this] { m_apply->setEnabled(!m_running && !m_form->choices().isEmpty()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(hint);
    layout->addWidget(line);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    setMinimumWidth(560);
}

QString BulkEditDialog::formatTotal(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString BulkEditDialog::deleteConfirmationText(int count, qint64 seconds)
{
    return tr("Delete %n entries with %1 of tracked time?", nullptr, count).arg(formatTotal(seconds));
}

qint64 BulkEditDialog::totalSeconds() const
{
    qint64 total = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TimeEntry &e : m_entries)
        total += std::max<qint64>(0, e.elapsedSeconds(now));
    return total;
}

void BulkEditDialog::apply()
{
    if (m_running || m_form->choices().isEmpty())
        return;
    run(m_editor->edit(m_entries, m_form->choices()), int(BulkReportDialog::Action::Changed),
        tr("Saving %n entries…", nullptr, static_cast<int>(m_entries.size())));
}

void BulkEditDialog::deleteAll()
{
    if (m_running || m_entries.isEmpty())
        return;
    const QString text = deleteConfirmationText(static_cast<int>(m_entries.size()), totalSeconds());
    if (m_confirm) {
        if (m_confirm(this, text))
            startDelete();
        return;
    }
    // Asked with open(), not exec(): the answer comes back through the box's signal.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Entries"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmBox"));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setInformativeText(tr("Deleted Track entries cannot be brought back."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *clicked) {
        if (clicked == yes)
            startDelete();
    });
    box->open();
}

void BulkEditDialog::startDelete()
{
    if (m_running || m_entries.isEmpty())
        return;
    run(m_editor->remove(m_entries), int(BulkReportDialog::Action::Deleted),
        tr("Deleting %n entries…", nullptr, static_cast<int>(m_entries.size())));
}

void BulkEditDialog::run(BulkJob *job, int action, const QString &status)
{
    m_job = job;
    connect(job, &BulkJob::progress, this, &BulkEditDialog::onProgress);
    connect(job, &BulkJob::finished, this, [this, job, action](const BulkResult &result) {
        onFinished(action, result, job->errorString());
    });
    setRunning(true, status);
    job->start();
}

void BulkEditDialog::reject()
{
    if (m_running) { // Stop, not close: the request in flight still gets its answer and report
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping after the current request…"));
        return;
    }
    QDialog::reject();
}

void BulkEditDialog::setRunning(bool running, const QString &status)
{
    m_running = running;
    m_form->setEnabled(!running);
    m_apply->setEnabled(!running && !m_form->choices().isEmpty());
    m_delete->setEnabled(!running);
    m_cancel->setEnabled(true);
    m_cancel->setText(running ? tr("&Stop") : tr("Cancel"));
    m_cancel->setAccessibleName(running ? tr("Stop after the current request") : tr("Cancel"));
    m_status->setVisible(running);
    m_progress->setVisible(running);
    if (running) {
        m_status->setText(status);
        m_progress->setRange(0, 0);
    }
}

void BulkEditDialog::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void BulkEditDialog::onFinished(int action, const BulkResult &result, const QString &error)
{
    setRunning(false);
    m_job = nullptr;
    emit runFinished(result);
    if (result.allSucceeded() && error.isEmpty()) {
        accept();
        return;
    }
    QHash<qint64, BulkReportDialog::EntryInfo> info;
    for (const TimeEntry &e : m_entries)
        info.insert(e.id, {e.description.value_or(QString()), e.start});
    m_report = new BulkReportDialog(BulkReportDialog::Action(action), result, error, info, parentWidget());
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    m_report->show();
    accept();
}

} // namespace punchclock
