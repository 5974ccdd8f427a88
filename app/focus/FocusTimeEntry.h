// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <optional>

namespace punchclock {

// One Toggl Focus time entry (models.TimeEntry). `duration` is nullopt while it runs.
struct FocusTimeEntry
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    std::optional<qint64> taskId; // null: a taskless entry
    std::optional<qint64> timeBlockId;
    qint64 userId = 0;                         // toggl_user_id
    QString type = QStringLiteral("activity"); // "activity" or "break"
    QDateTime start;
    std::optional<qint64> duration; // seconds
    QString description;
    std::optional<QDateTime> archivedAt;
    std::optional<QDateTime> deletedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isRunning() const { return !duration.has_value(); }
    bool isArchived() const { return archivedAt.has_value(); }
    bool isDeleted() const { return deletedAt.has_value(); }
    // The tracked seconds; a running entry counts up to `now`.
    qint64 seconds(const QDateTime &now) const
    {
        if (duration)
            return *duration;
        return start.isValid() ? std::max<qint64>(0, start.secsTo(now)) : 0;
    }

    friend bool operator==(const FocusTimeEntry &, const FocusTimeEntry &) = default;
};

} // namespace punchclock
