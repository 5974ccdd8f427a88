// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/WeekReportModel.h"

#include "app/models/TimeEntryModel.h"
#include "app/report/ReportDuration.h"
#include "app/time/Clock.h"

#include <QLocale>

namespace punchclock {

WeekReportModel::WeekReportModel(TimeEntryModel *entries, const Clock *clock, Qt::DayOfWeek firstDayOfWeek,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_entries(entries), m_clock(clock ? clock : Clock::system())
{
    const QDate today = m_clock->nowUtc().toTimeZone(QTimeZone::systemTimeZone()).date();
    m_report = WeekReport::compute({}, ReportWeek(today, firstDayOfWeek), {}, m_clock->nowUtc());
    m_lines = linesOf(m_report);
    const auto changed = [this] { recompute(); };
    connect(m_entries, &QAbstractItemModel::modelReset, this, changed);
    connect(m_entries, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_entries, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_entries, &QAbstractItemModel::rowsMoved, this, changed);
    connect(m_entries, &QAbstractItemModel::dataChanged, this,
            changed); // edits, and the running entry's tick
    recompute();
}

int WeekReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int WeekReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ReportWeek WeekReportModel::currentWeek() const
{
    const ReportWeek &shown = m_report.week();
    const QDate today = m_clock->nowUtc().toTimeZone(shown.zone()).date();
    return {today, shown.firstDayOfWeek(), shown.zone()};
}

void WeekReportModel::setWeek(const ReportWeek &week)
{
    if (week == m_report.week() || !week.isValid())
        return;
    update(WeekReport::compute(m_entries->entries(), week, m_report.filter(), m_clock->nowUtc(),
                               m_entries->projects()));
}

void WeekReportModel::setFilter(const ReportFilter &filter)
{
    if (filter == m_report.filter())
        return;
    update(WeekReport::compute(m_entries->entries(), m_report.week(), filter, m_clock->nowUtc(),
                               m_entries->projects()));
}

void WeekReportModel::recompute()
{
    update(WeekReport::compute(m_entries->entries(), m_report.week(), m_report.filter(), m_clock->nowUtc(),
                               m_entries->projects()));
}

void WeekReportModel::update(WeekReport report)
{
    if (report == m_report)
        return;
    const bool sameWeek = report.week() == m_report.week();
    QList<Line> lines = linesOf(report);
    bool sameRows = sameWeek && lines.size() == m_lines.size();
    for (qsizetype i = 0; sameRows && i < lines.size(); ++i)
        sameRows = keyOf(lines.at(i), report) == keyOf(m_lines.at(i), m_report);
    if (sameRows) { // the numbers moved (an edit, the running entry): keep selection and scrolling
        m_report = std::move(report);
        m_lines = std::move(lines);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_report = std::move(report);
        m_lines = std::move(lines);
        endResetModel();
        if (!sameWeek)
            emit headerDataChanged(Qt::Horizontal, FirstDay, LastDay);
    }
    emit reportChanged();
}

QList<WeekReportModel::Line> WeekReportModel::linesOf(const WeekReport &report)
{
    QList<Line> lines;
    const QList<ReportRow> &rows = report.rows();
    const bool groups =
        std::any_of(rows.cbegin(), rows.cend(), [](const ReportRow &r) { return !r.clientName.isEmpty(); });
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (groups && (i == 0 || rows.at(i).clientName != rows.at(i - 1).clientName)) {
            qsizetype end = i + 1;
            while (end < rows.size() && rows.at(end).clientName == rows.at(i).clientName)
                ++end;
            lines.append({RowKind::Client, i, end});
        }
        lines.append({RowKind::Project, i, i + 1});
    }
    for (RowKind kind : {RowKind::Total, RowKind::BillableTotal, RowKind::NonBillableTotal})
        lines.append({kind, 0, rows.size()});
    return lines;
}

QString WeekReportModel::keyOf(const Line &line, const WeekReport &report)
{
    switch (line.kind) {
    case RowKind::Client:
        return QLatin1String("c:") + report.rows().at(line.first).clientName;
    case RowKind::Project:
        return QLatin1String("p:") + QString::number(report.rows().at(line.first).projectId.value_or(0));
    default:
        return QLatin1String("t:") + QString::number(int(line.kind));
    }
}

qint64 WeekReportModel::secondsAt(const Line &line, int column) const
{
    const QList<ReportRow> &rows = m_report.rows();
    qint64 sum = 0;
    for (qsizetype i = line.first; i < line.end; ++i) {
        const ReportRow &row = rows.at(i);
        qint64 all = 0;
        qint64 billable = 0;
        if (column >= FirstDay && column <= LastDay) {
            all = row.seconds.at(column - FirstDay);
            billable = row.billableSeconds.at(column - FirstDay);
        } else {
            all = row.total();
            billable = row.billableTotal();
        }
        switch (line.kind) {
        case RowKind::BillableTotal:
            sum += billable;
            break;
        case RowKind::NonBillableTotal:
            sum += all - billable;
            break;
        default:
            sum += column == Billable ? billable : all;
            break;
        }
    }
    return sum;
}

QString WeekReportModel::nameOf(const Line &line) const
{
    switch (line.kind) {
    case RowKind::Client: {
        const QString client = m_report.rows().at(line.first).clientName;
        return client.isEmpty() ? tr("No client") : client;
    }
    case RowKind::Project: {
        const ReportRow &row = m_report.rows().at(line.first);
        if (!row.projectId)
            return tr("No project");
        return row.projectName.isEmpty() ? tr("Project %1").arg(*row.projectId) : row.projectName;
    }
    case RowKind::Total:
        return tr("Total");
    case RowKind::BillableTotal:
        return tr("Billable");
    case RowKind::NonBillableTotal:
        return tr("Non-billable");
    }
    return {};
}

QVariant WeekReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    const bool isDay = column >= FirstDay && column <= LastDay;
    const bool isProject = line.kind == RowKind::Project;
    switch (role) {
    case RowKindRole:
        return int(line.kind);
    case ProjectIdRole:
        return isProject ? m_report.rows().at(line.first).projectId.value_or(0) : qint64(0);
    case ProjectColorRole:
        return isProject ? m_report.rows().at(line.first).color : QString();
    case DateRole:
        return isDay ? QVariant(m_report.week().day(column - FirstDay)) : QVariant();
    case SecondsRole:
        if (column == Name)
            return {};
        // "Billable" of the billable and non-billable rows would only repeat or be nothing.
        if (column == Billable &&
            (line.kind == RowKind::BillableTotal || line.kind == RowKind::NonBillableTotal))
            return {};
        return secondsAt(line, column);
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole: {
        if (column == Name)
            return nameOf(line);
        const QVariant seconds = data(index, SecondsRole);
        if (!seconds.isValid())
            return QString();
        // Empty project and client cells stay blank, so the time stands out; totals always show.
        const bool summary = line.kind != RowKind::Project && line.kind != RowKind::Client;
        if (seconds.toLongLong() == 0 && !summary)
            return QString();
        return ReportDuration::hoursMinutes(seconds.toLongLong());
    }
    case Qt::ToolTipRole: {
        if (column == Name) { // the whole name, also when the column is too narrow for it
            if (isProject && !m_report.rows().at(line.first).clientName.isEmpty())
                return tr("%1\nClient: %2").arg(nameOf(line), m_report.rows().at(line.first).clientName);
            return nameOf(line);
        }
        const QVariant seconds = data(index, SecondsRole);
        if (!seconds.isValid())
            return {};
        const QString time = TimeEntryModel::formatDuration(seconds.toLongLong());
        if (isDay) {
            return tr("%1, %2: %3")
                .arg(nameOf(line),
                     QLocale().toString(m_report.week().day(column - FirstDay), QLocale::LongFormat), time);
        }
        return tr("%1: %2").arg(nameOf(line), time);
    }
    default:
        return {};
    }
}

QVariant WeekReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool isDay = section >= FirstDay && section <= LastDay;
    const QDate date = isDay ? m_report.week().day(section - FirstDay) : QDate();
    switch (role) {
    case DateRole:
        return isDay ? QVariant(date) : QVariant();
    case Qt::DisplayRole:
        switch (section) {
        case Name:
            return tr("Project");
        case Total:
            return tr("Total");
        case Billable:
            return tr("Billable");
        default: {
            const QLocale locale;
            return QStringLiteral("%1 %2")
                .arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat))
                .arg(date.day());
        }
        }
    case Qt::ToolTipRole:
        if (isDay)
            return QLocale().toString(date, QLocale::LongFormat);
        if (section == Billable)
            return tr("The billable part of the total");
        return {};
    case Qt::TextAlignmentRole:
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace punchclock
