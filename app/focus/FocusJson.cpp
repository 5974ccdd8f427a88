// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/focus/FocusJson.h"

#include "app/track/JsonRead.h"
#include "app/track/TrackTime.h"

namespace punchclock {

namespace {
using JsonRead::optInt;
using JsonRead::optString;

std::optional<QDateTime> optTime(const QJsonObject &o, QLatin1String key)
{
    const auto text = optString(o, key);
    if (!text || text->isEmpty())
        return std::nullopt;
    return TrackTime::parse(*text);
}

QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? QJsonValue(TrackTime::format(*t)) : QJsonValue(QJsonValue::Null);
}
} // namespace

FocusTimeEntry FocusJson::entryFromJson(const QJsonObject &o)
{
    FocusTimeEntry e;
    e.id = JsonRead::integer(o, QLatin1String("id"));
    e.workspaceId = JsonRead::integer(o, QLatin1String("workspace_id"));
    e.taskId = optInt(o, QLatin1String("task_id"));
    if (!e.taskId) { // stream answers may carry the task object only
        const QJsonObject task = o.value(QLatin1String("task")).toObject();
        e.taskId = optInt(task, QLatin1String("id"));
    }
    e.timeBlockId = optInt(o, QLatin1String("time_block_id"));
    e.userId = JsonRead::integer(o, QLatin1String("toggl_user_id"));
    const QString type = JsonRead::string(o, QLatin1String("type"));
    e.type = type.isEmpty() ? QStringLiteral("activity") : type;
    e.start = optTime(o, QLatin1String("start")).value_or(QDateTime());
    e.duration = optInt(o, QLatin1String("duration"));
    if (e.duration && *e.duration < 0) // a Track-style negative duration: running
        e.duration.reset();
    e.description = JsonRead::string(o, QLatin1String("description"));
    e.archivedAt = optTime(o, QLatin1String("archived_at"));
    e.deletedAt = optTime(o, QLatin1String("deleted_at"));
    e.createdAt = optTime(o, QLatin1String("created_at")).value_or(QDateTime());
    e.updatedAt = optTime(o, QLatin1String("updated_at")).value_or(QDateTime());
    return e;
}

FocusTask FocusJson::taskFromJson(const QJsonObject &o)
{
    FocusTask t;
    t.id = JsonRead::integer(o, QLatin1String("id"));
    t.workspaceId = JsonRead::integer(o, QLatin1String("workspace_id"));
    t.name = JsonRead::string(o, QLatin1String("name"));
    t.statusId = JsonRead::integer(o, QLatin1String("status_id"));
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    if (t.statusId == 0)
        t.statusId = JsonRead::integer(status, QLatin1String("id"));
    t.statusName = JsonRead::string(status, QLatin1String("name"));
    t.statusType = JsonRead::string(status, QLatin1String("type"));
    t.projectId = optInt(o, QLatin1String("project_id"));
    const QJsonObject project = o.value(QLatin1String("project")).toObject();
    if (!t.projectId)
        t.projectId = optInt(project, QLatin1String("id"));
    t.projectName = JsonRead::string(project, QLatin1String("name"));
    t.projectColor = JsonRead::string(project, QLatin1String("color"));
    const QString priority = JsonRead::string(o, QLatin1String("priority"));
    t.priority = priority.isEmpty() ? QStringLiteral("none") : priority;
    t.estimatedMins = optInt(o, QLatin1String("estimated_mins"));
    t.trackedSeconds = JsonRead::integer(o, QLatin1String("total_tracked_time"));
    t.position = JsonRead::integer(o, QLatin1String("position"));
    t.pinned = JsonRead::boolean(o, QLatin1String("pinned"));
    t.archivedAt = optTime(o, QLatin1String("archived_at"));
    return t;
}

FocusSettings FocusJson::settingsFromJson(const QJsonObject &o)
{
    FocusSettings s;
    s.currentWorkspaceId = JsonRead::integer(o, QLatin1String("current_workspace_id"));
    s.timezone = JsonRead::string(o, QLatin1String("timezone"));
    s.timeFormat = JsonRead::string(o, QLatin1String("time_format"));
    s.durationFormat = JsonRead::string(o, QLatin1String("duration_format"));
    s.startWeekOn = static_cast<int>(JsonRead::integer(o, QLatin1String("start_week_on"), 1));
    return s;
}

std::optional<FocusListPage> FocusJson::pageFromJson(const QJsonObject &o)
{
    const QJsonValue data = o.value(QLatin1String("data"));
    if (!data.isArray() && !data.isNull())
        return std::nullopt;
    FocusListPage page;
    page.data = data.toArray();
    page.page = static_cast<int>(JsonRead::integer(o, QLatin1String("page")));
    page.perPage = static_cast<int>(JsonRead::integer(o, QLatin1String("per_page")));
    page.total = optInt(o, QLatin1String("total"));
    return page;
}

QJsonObject FocusJson::entryCreateJson(const FocusTimeEntry &entry, bool withTaskId)
{
    QJsonObject o;
    o.insert(QLatin1String("type"), entry.type.isEmpty() ? QStringLiteral("activity") : entry.type);
    if (entry.start.isValid())
        o.insert(QLatin1String("start"), TrackTime::format(entry.start));
    if (entry.duration)
        o.insert(QLatin1String("duration"), *entry.duration);
    if (entry.timeBlockId)
        o.insert(QLatin1String("time_block_id"), *entry.timeBlockId);
    if (!entry.description.isEmpty())
        o.insert(QLatin1String("description"), entry.description);
    if (withTaskId && entry.taskId)
        o.insert(QLatin1String("task_id"), *entry.taskId);
    return o;
}

QJsonObject FocusJson::entryPutJson(const FocusTimeEntry &entry)
{
    return entryCreateJson(entry, false);
}

QJsonObject FocusJson::entryToJson(const FocusTimeEntry &e)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), e.id);
    o.insert(QLatin1String("workspace_id"), e.workspaceId);
    o.insert(QLatin1String("task_id"), JsonRead::toJson(e.taskId));
    o.insert(QLatin1String("time_block_id"), JsonRead::toJson(e.timeBlockId));
    o.insert(QLatin1String("toggl_user_id"), e.userId);
    o.insert(QLatin1String("type"), e.type);
    o.insert(QLatin1String("start"), timeOrNull(e.start.isValid() ? std::optional(e.start) : std::nullopt));
    o.insert(QLatin1String("duration"), JsonRead::toJson(e.duration));
    if (!e.description.isEmpty())
        o.insert(QLatin1String("description"), e.description);
    o.insert(QLatin1String("archived_at"), timeOrNull(e.archivedAt));
    o.insert(QLatin1String("deleted_at"), timeOrNull(e.deletedAt));
    if (e.createdAt.isValid())
        o.insert(QLatin1String("created_at"), TrackTime::format(e.createdAt));
    if (e.updatedAt.isValid())
        o.insert(QLatin1String("updated_at"), TrackTime::format(e.updatedAt));
    return o;
}

} // namespace punchclock
