// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace punchclock {

// One Toggl Focus task (task.TaskWithParentAndAggregations), the fields Punchclock shows.
struct FocusTask
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString name;
    qint64 statusId = 0;
    QString statusName;
    QString statusType; // the status' kind, e.g. "todo", "in_progress", "done"
    std::optional<qint64> projectId;
    QString projectName;
    QString projectColor;                      // "#rrggbb"; a string, the core never sees QColor
    QString priority = QStringLiteral("none"); // none, low, medium, high
    std::optional<qint64> estimatedMins;
    qint64 trackedSeconds = 0; // total_tracked_time
    qint64 position = 0;
    bool pinned = false;
    std::optional<QDateTime> archivedAt;

    bool isArchived() const { return archivedAt.has_value(); }
    // Tracked time against the estimate: 0.5 is half of it, above 1 is over. nullopt: no estimate.
    std::optional<double> progress() const
    {
        if (!estimatedMins || *estimatedMins <= 0)
            return std::nullopt;
        return static_cast<double>(trackedSeconds) / static_cast<double>(*estimatedMins * 60);
    }

    friend bool operator==(const FocusTask &, const FocusTask &) = default;
};

} // namespace punchclock
