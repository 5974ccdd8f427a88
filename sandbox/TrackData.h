// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace sandbox {

// Plain records the sandbox keeps in memory. An ID of 0 means "none".
struct UserRecord
{
    qint64 id = 0;
    QString email;
    QString fullname;
    qint64 defaultWorkspaceId = 0;
    QString timezone; // with beginningOfWeek: how the user reads dates
    int beginningOfWeek = 1;
    QDateTime createdAt;
    QDateTime at;
};

struct WorkspaceRecord
{
    qint64 id = 0;
    qint64 organizationId = 0;
    QString name;
    QDateTime at;
};

struct ClientRecord
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString name;
    bool archived = false;
    QDateTime at;
};

struct ProjectRecord
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    qint64 clientId = 0;
    QString name;
    QString color;
    bool active = true;
    bool billable = false;
    QDateTime createdAt;
    QDateTime at;
};

struct TagRecord
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString name;
    QDateTime at;
};

struct TimeEntryRecord
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    qint64 userId = 0;
    qint64 projectId = 0;
    qint64 taskId = 0;
    QString description;
    bool billable = false;
    QDateTime start;
    QDateTime stop; // invalid while running
    QList<qint64> tagIds;
    QDateTime at;
    QDateTime deletedAt; // invalid unless deleted
    QString createdWith;

    bool running() const { return !stop.isValid(); }
    bool deleted() const { return deletedAt.isValid(); }
    qint64 seconds() const { return running() ? 0 : start.secsTo(stop); }
};

} // namespace sandbox
