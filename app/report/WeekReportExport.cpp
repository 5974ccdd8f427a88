// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/WeekReportExport.h"

#include "app/report/CsvWriter.h"
#include "app/report/ReportDuration.h"

#include <QLocale>
#include <QSaveFile>

#include <functional>

namespace punchclock {

namespace {
// Text a spreadsheet must not run as a formula.
QString asText(const QString &name)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!name.isEmpty() && formulaStarts.contains(name.front()))
        return QLatin1Char('\'') + name;
    return name;
}

QString projectName(const ReportRow &row)
{
    if (!row.projectId)
        return WeekReportExport::tr("No project");
    return row.projectName.isEmpty() ? WeekReportExport::tr("Project %1").arg(*row.projectId)
                                     : row.projectName;
}

QString dayHeader(const QDate &date)
{
    return QStringLiteral("%1 %2").arg(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                       date.toString(Qt::ISODate));
}

using Format = std::function<QString(qint64)>;

// The rows both forms share; `csv` adds the h:mm total and "(hours)" to the headers.
QList<QStringList> table(const WeekReport &report, const Format &format, bool csv)
{
    const ReportWeek &week = report.week();
    QList<QStringList> rows;
    QStringList header{WeekReportExport::tr("Client"), WeekReportExport::tr("Project")};
    const QString hours =
        csv ? WeekReportExport::tr("%1 (hours)", "CSV column header") : QStringLiteral("%1");
    for (int day = 0; day < ReportWeek::kDays; ++day)
        header.append(hours.arg(dayHeader(week.day(day))));
    header << hours.arg(WeekReportExport::tr("Total")) << hours.arg(WeekReportExport::tr("Billable"))
           << hours.arg(WeekReportExport::tr("Non-billable"));
    if (csv)
        header << WeekReportExport::tr("Total (h:mm)");
    rows.append(header);

    const auto numbers = [&](QStringList &row, const std::array<qint64, ReportWeek::kDays> &days,
                             qint64 billable) {
        qint64 total = 0;
        for (qint64 seconds : days) {
            row << format(seconds);
            total += seconds;
        }
        row << format(total) << format(billable) << format(total - billable);
        if (csv)
            row << ReportDuration::hoursMinutes(total);
    };
    for (const ReportRow &r : report.rows()) {
        QStringList row{asText(r.clientName), asText(projectName(r))};
        numbers(row, r.seconds, r.billableTotal());
        rows.append(row);
    }
    std::array<qint64, ReportWeek::kDays> all{};
    std::array<qint64, ReportWeek::kDays> billable{};
    std::array<qint64, ReportWeek::kDays> nonBillable{};
    for (int day = 0; day < ReportWeek::kDays; ++day) {
        all[day] = report.daySeconds(day);
        billable[day] = report.dayBillableSeconds(day);
        nonBillable[day] = report.dayNonBillableSeconds(day);
    }
    QStringList total{QString(), WeekReportExport::tr("Total")};
    numbers(total, all, report.billableSeconds());
    QStringList billableRow{QString(), WeekReportExport::tr("Billable")};
    numbers(billableRow, billable, report.billableSeconds());
    QStringList nonBillableRow{QString(), WeekReportExport::tr("Non-billable")};
    numbers(nonBillableRow, nonBillable, 0);
    rows << total << billableRow << nonBillableRow;
    return rows;
}
} // namespace

QList<QStringList> WeekReportExport::csvRecords(const WeekReport &report)
{
    return table(report, ReportDuration::decimalHours, true);
}

QList<QStringList> WeekReportExport::textRows(const WeekReport &report)
{
    return table(report, ReportDuration::hoursMinutes, false);
}

QByteArray WeekReportExport::csv(const WeekReport &report)
{
    return CsvWriter::document(csvRecords(report));
}

QString WeekReportExport::text(const WeekReport &report)
{
    QString text;
    for (QStringList row : textRows(report)) {
        for (QString &cell : row) { // tab-separated text has no quoting: keep each cell on its line
            cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
            cell.replace(QLatin1Char('\r'), QLatin1Char(' '));
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        text += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

bool WeekReportExport::writeCsv(const WeekReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = csv(report);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString WeekReportExport::suggestedFileName(const WeekReport &report)
{
    return QStringLiteral("punchclock-week-%1.csv").arg(report.week().first().toString(Qt::ISODate));
}

} // namespace punchclock
