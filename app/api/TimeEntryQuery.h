// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QUrlQuery>

#include <optional>

namespace punchclock {

// Filters of GET /api/v9/me/time_entries. The server refuses `since` together with `before`, and a
// start_date older than about three months (use the Reports API for history).
struct TimeEntryQuery
{
    std::optional<QDateTime> since;     // modified since (sent as Unix seconds); includes deleted
    std::optional<QDateTime> before;    // start before (sent as RFC 3339 UTC)
    std::optional<QDateTime> startDate; // start from (with endDate)
    std::optional<QDateTime> endDate;   // start until (with startDate)
    bool meta = false;                  // add client/project/task/user names
    bool includeSharing = false;        // add shared_with

    QUrlQuery toUrlQuery() const;
};

// Options of the single-entry reads and writes.
struct ReadOptions
{
    bool meta = false;
    bool includeSharing = false;

    QUrlQuery toUrlQuery() const;
};

} // namespace punchclock
