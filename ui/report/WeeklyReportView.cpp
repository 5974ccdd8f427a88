// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/WeeklyReportView.h"

#include "app/report/ReportDuration.h"
#include "app/report/WeekReportExport.h"
#include "app/report/WeekReportModel.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "ui/common/LiveLabel.h"
#include "ui/report/ReportDelegate.h"
#include "ui/report/ReportFilterBar.h"
#include "ui/report/WeekChart.h"
#include "ui/report/WeekNavigator.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace punchclock {

WeeklyReportView::WeeklyReportView(TrackSession *session, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_model(new WeekReportModel(session->entries(), clock ? clock : session->entries()->clock(),
                                  QLocale().firstDayOfWeek(), this)),
      m_navigator(new WeekNavigator(this)), m_filters(new ReportFilterBar(this)),
      m_chart(new WeekChart(this)), m_table(new QTableView(this)), m_summary(new LiveLabel(this)),
      m_status(new LiveLabel(this)), m_copy(new QPushButton(tr("&Copy as Text"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_buttons(new QHBoxLayout),
      m_chooseFile([](QWidget *owner, const QString &suggested) {
          return QFileDialog::getSaveFileName(owner, tr("Export CSV"), suggested,
                                              tr("CSV files (*.csv);;All files (*)"));
      })
{
    m_chart->setObjectName(QStringLiteral("weekChart"));
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Hours per project and day"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ReportDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WeekReportModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 8);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAccessibleName(tr("Week totals"));
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Export"));
    m_status->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy the table, tab-separated, to paste it into a spreadsheet"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the table as a CSV file (UTF-8, decimal hours)"));
    for (QPushButton *button : {m_copy, m_export})
        button->setAutoDefault(false); // Enter in the table must not press them

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_buttons->addWidget(m_status, 1);
    m_buttons->addWidget(m_copy);
    m_buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigator);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addLayout(m_buttons);

    connect(m_navigator, &WeekNavigator::previousRequested, this, &WeeklyReportView::showPreviousWeek);
    connect(m_navigator, &WeekNavigator::nextRequested, this, &WeeklyReportView::showNextWeek);
    connect(m_navigator, &WeekNavigator::currentRequested, this, &WeeklyReportView::showCurrentWeek);
    connect(m_filters, &ReportFilterBar::filterChanged, m_model, &WeekReportModel::setFilter);
    connect(m_model, &WeekReportModel::reportChanged, this, &WeeklyReportView::reportChanged);
    connect(m_copy, &QPushButton::clicked, this, &WeeklyReportView::copyAsText);
    connect(m_export, &QPushButton::clicked, this, &WeeklyReportView::chooseAndExport);
    connect(session, &TrackSession::relatedChanged, this, &WeeklyReportView::updateChoices);

    updateChoices();
    weekChanged();
    reportChanged();
}

ReportWeek WeeklyReportView::week() const
{
    return m_model->week();
}

void WeeklyReportView::addButton(QPushButton *button)
{
    button->setAutoDefault(false);
    m_buttons->addWidget(button);
}

void WeeklyReportView::showWeek(const QDate &day)
{
    const ReportWeek current = m_model->week();
    const ReportWeek wanted(day, current.firstDayOfWeek(), current.zone());
    if (wanted == current || !wanted.isValid())
        return;
    m_model->setWeek(wanted);
    weekChanged();
}

void WeeklyReportView::showPreviousWeek()
{
    showWeek(week().first().addDays(-ReportWeek::kDays));
}

void WeeklyReportView::showNextWeek()
{
    showWeek(week().first().addDays(ReportWeek::kDays));
}

void WeeklyReportView::showCurrentWeek()
{
    showWeek(m_model->currentWeek().first());
}

void WeeklyReportView::weekChanged()
{
    const ReportWeek shown = m_model->week();
    m_navigator->setWeek(shown, shown == m_model->currentWeek());
    m_status->setText(QString());
    if (m_shownOnce)
        emit weekShown(shown.first(), shown.last());
}

void WeeklyReportView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    emit weekShown(week().first(), week().last());
}

void WeeklyReportView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Narrow (480 px): the days and the total fit; the billable part is in the rows below them.
    m_table->setColumnHidden(WeekReportModel::Billable, width() < 80 * fontMetrics().averageCharWidth());
}

void WeeklyReportView::updateChoices()
{
    const RelatedData &related = m_session->related();
    m_filters->setChoices(related.projects, related.clients, related.tags);
}

void WeeklyReportView::reportChanged()
{
    const WeekReport &report = m_model->report();
    m_chart->setReport(report);
    m_summary->setText(tr("Total %1 · billable %2 · non-billable %3 · %n entries", "", report.entryCount())
                           .arg(ReportDuration::hoursMinutes(report.totalSeconds()),
                                ReportDuration::hoursMinutes(report.billableSeconds()),
                                ReportDuration::hoursMinutes(report.nonBillableSeconds())));
}

bool WeeklyReportView::exportCsv(const QString &path)
{
    QString error;
    if (!WeekReportExport::writeCsv(m_model->report(), path, &error)) {
        m_status->setText(error);
        QMessageBox::warning(this, tr("Export CSV"), error);
        return false;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void WeeklyReportView::chooseAndExport()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(WeekReportExport::suggestedFileName(m_model->report()));
    QString path = m_chooseFile ? m_chooseFile(this, suggested) : QString();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".csv");
    exportCsv(path);
}

void WeeklyReportView::copyAsText()
{
    QGuiApplication::clipboard()->setText(WeekReportExport::text(m_model->report()));
    m_status->setText(tr("Copied the week of %1").arg(WeekNavigator::rangeText(week())));
}

} // namespace punchclock
