// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// Toggl Focus records (see README.md, "Toggl Focus"). Projects, clients and tags are Track's.
struct FocusStatusRecord
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString name;
    QString type; // todo, in_progress, blocked, done
    QString emoji;
    int position = 0;
};

struct FocusTaskRecord
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    qint64 userId = 0;
    QString name;
    QString description;
    QString notes;
    qint64 projectId = 0;
    qint64 statusId = 0;
    QString priority = QStringLiteral("none"); // none, low, medium, high
    int estimatedMins = 0;                     // 0: no estimate (null)
    QString color;
    QList<qint64> tagIds;
    bool pinned = false;
    bool isPrivate = false;
    bool billable = false;
    int position = 0;
    QDate startDate;
    QDate endDate;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime statusUpdatedAt;
    QDateTime archivedAt; // invalid unless archived
    QDateTime deletedAt;  // invalid unless deleted
};

struct FocusEntryRecord
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    qint64 userId = 0;
    qint64 taskId = 0;                         // 0: taskless
    QString type = QStringLiteral("activity"); // activity, break
    QDateTime start;
    std::optional<qint64> duration; // seconds; nullopt while running
    qint64 timeBlockId = 0;         // 0: none
    QString description;
    bool billable = false;
    qint64 projectId = 0;
    std::optional<QList<qint64>> tagIds; // nullopt: inherit the task's tags
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
    QDateTime deletedAt;

    bool running() const { return !duration.has_value(); }
    bool deleted() const { return deletedAt.isValid(); }
    bool archived() const { return archivedAt.isValid(); }
};

} // namespace sandbox
