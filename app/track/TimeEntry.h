// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace punchclock {

// Someone a time entry is shared with (`shared_with` items, include_sharing=true).
struct SharedWith
{
    bool accepted = false;
    qint64 userId = 0;
    QString userName;

    friend bool operator==(const SharedWith &, const SharedWith &) = default;
};

// A Track v9 time entry, as the API answers it. Fields the API may send as null are optionals:
// nullopt is null (or absent), an engaged empty list/string is an empty value.
struct TimeEntry
{
    qint64 id = 0; // 0: not yet on the server
    qint64 workspaceId = 0;
    std::optional<qint64> projectId; // null or pid omitted: no project
    std::optional<qint64> taskId;
    qint64 userId = 0;
    std::optional<QString> description;
    QDateTime start;               // UTC
    std::optional<QDateTime> stop; // null while running (or created with a duration only)
    // Seconds. Negative while running: the server answers -(start as Unix seconds), we send -1.
    qint64 duration = 0;
    bool billable = false;
    std::optional<QStringList> tags;     // null if never given or tags deleted
    std::optional<QList<qint64>> tagIds; // null if never given or tags deleted
    bool duronly = true;
    std::optional<QDateTime> at; // last update
    std::optional<QDateTime> serverDeletedAt;
    std::optional<QStringList> permissions;      // may be absent
    std::optional<QList<SharedWith>> sharedWith; // include_sharing=true

    // Meta fields (meta=true); absent otherwise.
    std::optional<QString> clientName;
    std::optional<QString> projectName;
    std::optional<QString> projectColor; // "#rrggbb"
    std::optional<bool> projectActive;
    std::optional<bool> projectBillable;
    std::optional<QString> taskName;
    std::optional<QString> userName;
    std::optional<QString> userAvatarUrl;

    bool isRunning() const { return duration < 0; }
    // Elapsed seconds: the stored duration for a stopped entry, now - start for a running one.
    qint64 elapsedSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return isRunning() ? start.secsTo(now) : duration;
    }

    friend bool operator==(const TimeEntry &, const TimeEntry &) = default;
};

} // namespace punchclock
