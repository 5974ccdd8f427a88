// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/WeekReport.h"

#include <QHash>

#include <algorithm>

namespace punchclock {

namespace {
// Rows by client (named ones first, by name), then project (named ones first, by name).
bool rowBefore(const ReportRow &a, const ReportRow &b)
{
    if (a.clientName.isEmpty() != b.clientName.isEmpty())
        return !a.clientName.isEmpty();
    if (const int c = a.clientName.localeAwareCompare(b.clientName); c != 0)
        return c < 0;
    if (a.projectId.has_value() != b.projectId.has_value())
        return a.projectId.has_value();
    if (const int c = a.projectName.localeAwareCompare(b.projectName); c != 0)
        return c < 0;
    return a.projectId.value_or(0) < b.projectId.value_or(0);
}
} // namespace

WeekReport WeekReport::compute(const QList<TimeEntry> &entries, const ReportWeek &week,
                               const ReportFilter &filter, const QDateTime &nowUtc,
                               const QList<Project> &projects)
{
    WeekReport report;
    report.m_week = week;
    report.m_filter = filter;
    if (!week.isValid())
        return report;
    const qint64 from = week.boundaryMs(0);
    const qint64 to = week.boundaryMs(ReportWeek::kDays);
    const qint64 now = nowUtc.toMSecsSinceEpoch();

    QHash<qint64, qsizetype> rowOf; // project ID (0: none) -> row
    for (const TimeEntry &e : entries) {
        if (e.serverDeletedAt)
            continue;
        const qint64 start = e.start.toMSecsSinceEpoch();
        if (start >= to)
            continue;
        const qint64 end = e.isRunning() ? now : start + e.duration * 1000;
        if (end <= from || end <= start || !filter.accepts(e))
            continue;

        const qint64 key = e.projectId.value_or(0);
        auto found = rowOf.constFind(key);
        if (found == rowOf.constEnd()) {
            ReportRow row;
            row.projectId = e.projectId;
            if (e.projectId) {
                row.projectName = e.projectName.value_or(QString());
                row.color = e.projectColor.value_or(QString());
                row.clientName = e.clientName.value_or(QString());
            }
            found = rowOf.insert(key, report.m_rows.size());
            report.m_rows.append(row);
        }
        ReportRow &row = report.m_rows[*found];
        if (e.projectId) { // a later entry may carry what an earlier one lacked
            if (row.projectName.isEmpty() && e.projectName)
                row.projectName = *e.projectName;
            if (row.color.isEmpty() && e.projectColor)
                row.color = *e.projectColor;
            if (row.clientName.isEmpty() && e.clientName)
                row.clientName = *e.clientName;
        }
        ++row.entryCount;
        report.m_running = report.m_running || e.isRunning();

        // The days it touches: whole seconds of each, so that the days add up to the week.
        for (int day = 0; day < ReportWeek::kDays; ++day) {
            const qint64 dayStart = week.boundaryMs(day);
            const qint64 dayEnd = week.boundaryMs(day + 1);
            if (end <= dayStart)
                break;
            if (start >= dayEnd)
                continue;
            const qint64 seconds = (std::min(end, dayEnd) - std::max(start, dayStart)) / 1000;
            row.seconds[day] += seconds;
            if (e.billable)
                row.billableSeconds[day] += seconds;
        }
    }

    for (ReportRow &row : report.m_rows) {
        if (!row.projectId)
            continue;
        if (row.projectName.isEmpty() || row.color.isEmpty()) {
            const auto p = std::find_if(projects.cbegin(), projects.cend(), [&row](const Project &candidate) {
                return candidate.id == *row.projectId;
            });
            if (p != projects.cend()) {
                if (row.projectName.isEmpty())
                    row.projectName = p->name;
                if (row.color.isEmpty())
                    row.color = p->color;
            }
        }
    }
    std::sort(report.m_rows.begin(), report.m_rows.end(), rowBefore);
    for (const ReportRow &row : std::as_const(report.m_rows)) {
        for (int day = 0; day < ReportWeek::kDays; ++day) {
            report.m_daySeconds[day] += row.seconds[day];
            report.m_dayBillable[day] += row.billableSeconds[day];
        }
    }
    return report;
}

qint64 WeekReport::totalSeconds() const
{
    return std::accumulate(m_daySeconds.cbegin(), m_daySeconds.cend(), qint64(0));
}

qint64 WeekReport::billableSeconds() const
{
    return std::accumulate(m_dayBillable.cbegin(), m_dayBillable.cend(), qint64(0));
}

int WeekReport::entryCount() const
{
    int count = 0;
    for (const ReportRow &row : m_rows)
        count += row.entryCount;
    return count;
}

} // namespace punchclock
