// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace punchclock {

// Filters of the Focus time-entry lists and streams. Unset fields are not sent.
struct FocusEntryQuery
{
    std::optional<QDateTime> dateFrom; // workspace list and stream: required (RFC 3339)
    std::optional<QDateTime> dateTo;
    std::optional<qint64> taskId; // workspace list and stream
    std::optional<qint64> statusId;
    std::optional<qint64> timeBlockId; // lists
    std::optional<QString> type;       // "activity" or "break"
    std::optional<bool> archived;      // in (true) or out (false) archived entries
    std::optional<bool> includeTaskless;
    QStringList orderBy; // e.g. "-start"; sent comma-separated
    int perPage = 100;   // lists: the page size asked for

    // page > 0: a paged list request, with page and per_page
    QUrlQuery toUrlQuery(int page = 0) const;
};

} // namespace punchclock
