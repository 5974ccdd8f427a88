// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/ReportWeek.h"

#include <QString>

#include <array>
#include <numeric>
#include <optional>

namespace punchclock {

// One project's week in a report: seconds per day, and how many of them are billable.
struct ReportRow
{
    std::optional<qint64> projectId; // nullopt: the entries without a project
    QString projectName;             // empty without a project
    QString clientName;              // empty without a client
    QString color;                   // "#rrggbb"; empty without a project
    std::array<qint64, ReportWeek::kDays> seconds{};
    std::array<qint64, ReportWeek::kDays> billableSeconds{};
    int entryCount = 0; // entries counted in this row (one that crosses midnight counts once)

    qint64 total() const { return std::accumulate(seconds.cbegin(), seconds.cend(), qint64(0)); }
    qint64 billableTotal() const
    {
        return std::accumulate(billableSeconds.cbegin(), billableSeconds.cend(), qint64(0));
    }
    qint64 nonBillableTotal() const { return total() - billableTotal(); }

    friend bool operator==(const ReportRow &, const ReportRow &) = default;
};

} // namespace punchclock
