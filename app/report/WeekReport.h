// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/ReportFilter.h"
#include "app/report/ReportRow.h"
#include "app/report/ReportWeek.h"
#include "app/track/Project.h"
#include "app/track/TimeEntry.h"

#include <QDateTime>
#include <QList>

namespace punchclock {

// A week's totals per project per day, as the weekly report shows them: one row per project (and
// one for the entries without a project), ordered by client (those without one last), then by
// project name ("No project" last); each day's and the week's totals, billable and not.
//
// Computed from the entries the store holds: each stopped entry counts its duration from its
// start, the running one up to `now`; time before and after the week is left out, and an entry
// that crosses midnight is split between the days at the week's local midnights.
class WeekReport
{
public:
    WeekReport() = default;

    // `projects` fills in names and colours an entry lacks (entries normally carry them).
    static WeekReport compute(const QList<TimeEntry> &entries, const ReportWeek &week,
                              const ReportFilter &filter, const QDateTime &nowUtc,
                              const QList<Project> &projects = {});

    const ReportWeek &week() const { return m_week; }
    const ReportFilter &filter() const { return m_filter; }
    const QList<ReportRow> &rows() const { return m_rows; }

    qint64 daySeconds(int day) const { return m_daySeconds.at(day); }
    qint64 dayBillableSeconds(int day) const { return m_dayBillable.at(day); }
    qint64 dayNonBillableSeconds(int day) const { return daySeconds(day) - dayBillableSeconds(day); }
    qint64 totalSeconds() const;
    qint64 billableSeconds() const;
    qint64 nonBillableSeconds() const { return totalSeconds() - billableSeconds(); }
    int entryCount() const; // entries counted (one that crosses midnight counts once)
    bool isEmpty() const { return m_rows.isEmpty(); }
    // A running entry is counted: the totals grow with the clock.
    bool countsRunningEntry() const { return m_running; }

    friend bool operator==(const WeekReport &, const WeekReport &) = default;

private:
    ReportWeek m_week;
    ReportFilter m_filter;
    QList<ReportRow> m_rows;
    std::array<qint64, ReportWeek::kDays> m_daySeconds{};
    std::array<qint64, ReportWeek::kDays> m_dayBillable{};
    bool m_running = false;
};

} // namespace punchclock
