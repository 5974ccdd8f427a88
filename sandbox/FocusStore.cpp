// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FocusStore.h"

#include <QJsonDocument>

#include <cmath>

#include "sandbox/JsonValues.h"
#include "sandbox/RecordFile.h"
#include "sandbox/TimeFormat.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const QStringList entryTypes{u"activity"_s, u"break"_s};
const QStringList priorities{u"none"_s, u"low"_s, u"medium"_s, u"high"_s};
const QStringList tagPalette{u"#e36a00"_s, u"#0b83d9"_s, u"#9e5bd9"_s, u"#d94182"_s,
                             u"#2da608"_s, u"#c7af14"_s, u"#06a893"_s, u"#525266"_s};

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(TimeFormat::zulu(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A JSON integer (doubles with a fraction are not); nullopt otherwise.
std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

} // namespace

FocusStore::FocusStore(TrackStore &track) : m_track(track) {}

bool FocusStore::hasWorkspace(qint64 workspaceId) const
{
    return m_track.hasWorkspace(workspaceId);
}

qint64 FocusStore::userId() const
{
    return m_track.user().id;
}

void FocusStore::persist() const
{
    m_track.persist();
}

QList<FocusStatusRecord> FocusStore::statuses(qint64 workspaceId)
{
    QList<FocusStatusRecord> out;
    for (const auto &s : m_statuses) {
        if (s.workspaceId == workspaceId)
            out.append(s);
    }
    if (!out.isEmpty() || !hasWorkspace(workspaceId))
        return out;
    const QList<QPair<QString, QString>> defaults{{u"To do"_s, u"todo"_s},
                                                  {u"In progress"_s, u"in_progress"_s},
                                                  {u"Blocked"_s, u"blocked"_s},
                                                  {u"Done"_s, u"done"_s}};
    int position = 0;
    for (const auto &[name, type] : defaults) {
        FocusStatusRecord s{0, workspaceId, name, type, QString(), position++};
        s.id = m_statuses.add(s);
        out.append(s);
    }
    return out;
}

qint64 FocusStore::defaultStatusId(qint64 workspaceId)
{
    const auto list = statuses(workspaceId);
    return list.isEmpty() ? 0 : list.first().id;
}

qint64 FocusStore::addTask(FocusTaskRecord task)
{
    if (!task.userId)
        task.userId = userId();
    if (!task.statusId)
        task.statusId = defaultStatusId(task.workspaceId);
    if (!task.createdAt.isValid())
        task.createdAt = TimeFormat::now();
    if (!task.updatedAt.isValid())
        task.updatedAt = task.createdAt;
    if (!task.statusUpdatedAt.isValid())
        task.statusUpdatedAt = task.createdAt;
    if (!task.position) {
        int last = 0;
        for (const auto &t : m_tasks) {
            if (t.workspaceId == task.workspaceId)
                last = std::max(last, t.position);
        }
        task.position = last + 1;
    }
    return m_tasks.add(task);
}

qint64 FocusStore::addEntry(FocusEntryRecord entry)
{
    if (!entry.userId)
        entry.userId = userId();
    if (!entry.createdAt.isValid())
        entry.createdAt = TimeFormat::now();
    if (!entry.updatedAt.isValid())
        entry.updatedAt = entry.createdAt;
    return m_entries.add(entry);
}

void FocusStore::stopRunningEntries(const QDateTime &when, qint64 keepId)
{
    for (auto &e : m_entries) {
        if (e.id == keepId || !e.running() || e.deleted() || e.userId != userId())
            continue;
        e.duration = std::max<qint64>(0, e.start.secsTo(when));
        e.updatedAt = TimeFormat::now();
    }
}

QString FocusStore::applyEntry(FocusEntryRecord &e, const QJsonObject &body, EntryEdit mode) const
{
    FocusEntryRecord next = e;
    const bool patch = mode == EntryEdit::Patch;

    if (body.contains(u"type"_s) && !(patch && body[u"type"_s].isNull())) {
        const QString type = body[u"type"_s].toString();
        if (!entryTypes.contains(type))
            return u"type must be one of: activity, break"_s;
        next.type = type;
    } else if (!patch) {
        return u"type is required"_s;
    }

    if (body.contains(u"start"_s) && !body[u"start"_s].isNull()) {
        const auto start = TimeFormat::parseTimestamp(body[u"start"_s].toString());
        if (!start)
            return u"start must be an RFC 3339 timestamp, like 2006-01-02T15:04:05Z"_s;
        next.start = *start;
    } else if (mode == EntryEdit::Create && !next.start.isValid()) {
        next.start = TimeFormat::now();
    }

    if (body.contains(u"duration"_s)) {
        const QJsonValue v = body[u"duration"_s];
        if (v.isNull()) {
            if (patch)
                return u"duration must be a non-negative integer"_s;
            if (mode == EntryEdit::Create)
                next.duration.reset();
        } else {
            const auto seconds = integer(v);
            if (!seconds || *seconds < 0)
                return u"duration must be a non-negative integer"_s;
            next.duration = *seconds;
        }
    } else if (mode == EntryEdit::Create) {
        next.duration.reset();
    }

    if (body.contains(u"time_block_id"_s)) {
        const QJsonValue v = body[u"time_block_id"_s];
        const auto id = integer(v);
        if (!v.isNull() && (!id || *id < 0))
            return u"time_block_id must be an integer"_s;
        next.timeBlockId = v.isNull() ? 0 : *id;
    }

    if (body.contains(u"description"_s)) {
        const QJsonValue v = body[u"description"_s];
        if (!v.isNull() && !v.isString())
            return u"description must be a string"_s;
        next.description = v.toString();
    }
    if (body.contains(u"billable"_s) && !body[u"billable"_s].isNull()) {
        if (!body[u"billable"_s].isBool())
            return u"billable must be a boolean"_s;
        next.billable = body[u"billable"_s].toBool();
    }

    if (body.contains(u"project_id"_s)) {
        const QJsonValue v = body[u"project_id"_s];
        if (v.isNull()) {
            next.projectId = 0;
        } else {
            const auto id = integer(v);
            const ProjectRecord *p = id ? m_track.project(*id) : nullptr;
            if (!p || p->workspaceId != next.workspaceId)
                return u"project_id: project not found in this workspace"_s;
            next.projectId = *id;
        }
    }

    if (body.contains(u"tag_ids"_s)) {
        const QJsonValue v = body[u"tag_ids"_s];
        if (v.isNull()) {
            next.tagIds.reset();
        } else if (!v.isArray()) {
            return u"tag_ids must be an array of integers or null"_s;
        } else {
            QList<qint64> ids;
            for (const QJsonValue &item : v.toArray()) {
                const auto id = integer(item);
                const TagRecord *t = id ? m_track.tag(*id) : nullptr;
                if (!t || t->workspaceId != next.workspaceId)
                    return u"tag_ids: tag not found in this workspace"_s;
                if (!ids.contains(*id))
                    ids.append(*id);
            }
            next.tagIds = ids;
        }
    }

    if (mode == EntryEdit::Patch && body.contains(u"task_id"_s)) {
        const QJsonValue v = body[u"task_id"_s];
        if (v.isNull()) {
            next.taskId = 0;
        } else {
            const auto id = integer(v);
            const FocusTaskRecord *t = id ? task(*id) : nullptr;
            if (!t || t->deletedAt.isValid() || t->workspaceId != next.workspaceId)
                return u"task_id: task not found in this workspace"_s;
            next.taskId = *id;
        }
    }

    if (mode == EntryEdit::Create && !next.projectId && next.taskId) {
        if (const FocusTaskRecord *t = task(next.taskId))
            next.projectId = t->projectId;
    }
    next.updatedAt = TimeFormat::now();
    e = next;
    return {};
}

QString FocusStore::applyTask(FocusTaskRecord &t, const QJsonObject &f)
{
    if (f.contains(u"workspace_id"_s))
        t.workspaceId = f[u"workspace_id"_s].toInteger();
    if (!hasWorkspace(t.workspaceId))
        return u"unknown workspace"_s;
    if (f.contains(u"name"_s))
        t.name = f[u"name"_s].toString();
    t.description = f[u"description"_s].toString(t.description);
    t.notes = f[u"notes"_s].toString(t.notes);
    if (f.contains(u"project_id"_s)) {
        t.projectId = f[u"project_id"_s].toInteger();
        const ProjectRecord *p = m_track.project(t.projectId);
        if (t.projectId && (!p || p->workspaceId != t.workspaceId))
            return u"project not found in this workspace"_s;
    }
    if (f.contains(u"status_id"_s)) {
        statuses(t.workspaceId);
        const FocusStatusRecord *s = status(f[u"status_id"_s].toInteger());
        if (!s || s->workspaceId != t.workspaceId)
            return u"status not found in this workspace"_s;
        t.statusId = s->id;
    } else if (f.contains(u"status"_s)) { // test convenience: a status type, e.g. "done"
        for (const auto &s : statuses(t.workspaceId)) {
            if (s.type == f[u"status"_s].toString() || s.name == f[u"status"_s].toString())
                t.statusId = s.id;
        }
    }
    if (f.contains(u"priority"_s)) {
        if (!priorities.contains(f[u"priority"_s].toString()))
            return u"priority must be none, low, medium or high"_s;
        t.priority = f[u"priority"_s].toString();
    }
    t.estimatedMins = f[u"estimated_mins"_s].toInt(t.estimatedMins);
    t.color = f[u"color"_s].toString(t.color);
    if (f.contains(u"tag_ids"_s))
        t.tagIds = JsonValues::idList(f[u"tag_ids"_s]);
    t.pinned = f[u"pinned"_s].toBool(t.pinned);
    t.isPrivate = f[u"private"_s].toBool(t.isPrivate);
    t.billable = f[u"billable"_s].toBool(t.billable);
    t.position = f[u"position"_s].toInt(t.position);
    if (f.contains(u"start_date"_s))
        t.startDate = QDate::fromString(f[u"start_date"_s].toString(), Qt::ISODate);
    if (f.contains(u"end_date"_s))
        t.endDate = QDate::fromString(f[u"end_date"_s].toString(), Qt::ISODate);
    if (f.contains(u"archived_at"_s))
        t.archivedAt = TimeFormat::parseTimestamp(f[u"archived_at"_s].toString()).value_or(QDateTime());
    if (f.contains(u"deleted_at"_s))
        t.deletedAt = TimeFormat::parseTimestamp(f[u"deleted_at"_s].toString()).value_or(QDateTime());
    if (f.contains(u"created_at"_s))
        t.createdAt = TimeFormat::parseTimestamp(f[u"created_at"_s].toString()).value_or(QDateTime());
    return {};
}

QJsonArray FocusStore::tagsJson(const QList<qint64> &tagIds) const
{
    QJsonArray out;
    for (qint64 id : tagIds) {
        if (const TagRecord *t = m_track.tag(id)) {
            out.append(QJsonObject{{u"id"_s, t->id},
                                   {u"name"_s, t->name},
                                   {u"color"_s, tagPalette.at(int(t->id % tagPalette.size()))}});
        }
    }
    return out;
}

QJsonValue FocusStore::clientJson(qint64 projectId) const
{
    const ProjectRecord *p = m_track.project(projectId);
    const ClientRecord *c = p && p->clientId ? m_track.client(p->clientId) : nullptr;
    if (!c)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"id"_s, c->id}, {u"name"_s, c->name}};
}

QJsonValue FocusStore::projectJson(qint64 projectId) const
{
    const ProjectRecord *p = projectId ? m_track.project(projectId) : nullptr;
    if (!p)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"id"_s, p->id},
                       {u"name"_s, p->name},
                       {u"color"_s, p->color},
                       {u"client"_s, clientJson(p->id)},
                       {u"archived_at"_s, p->active ? QJsonValue(QJsonValue::Null) : timeOrNull(p->at)},
                       {u"draft"_s, false},
                       {u"is_template"_s, false},
                       {u"private"_s, false},
                       {u"permissions"_s, QJsonArray()}};
}

QJsonObject FocusStore::entryJson(const FocusEntryRecord &e, bool withTask) const
{
    const FocusTaskRecord *t = e.taskId ? task(e.taskId) : nullptr;
    QList<qint64> effectiveTags = e.tagIds.value_or(t ? t->tagIds : QList<qint64>());
    QJsonObject o{
        {u"id"_s, e.id},
        {u"workspace_id"_s, e.workspaceId},
        {u"toggl_user_id"_s, e.userId},
        {u"task_id"_s, JsonValues::idOrNull(e.taskId)},
        {u"type"_s, e.type},
        {u"start"_s, timeOrNull(e.start)},
        {u"duration"_s, e.duration ? QJsonValue(*e.duration) : QJsonValue(QJsonValue::Null)},
        {u"time_block_id"_s, JsonValues::idOrNull(e.timeBlockId)},
        {u"description"_s, e.description},
        {u"billable"_s, e.billable},
        {u"billable_source"_s, u"manual"_s},
        {u"project_id"_s, JsonValues::idOrNull(e.projectId)},
        {u"tag_ids"_s, e.tagIds ? QJsonValue(JsonValues::idArray(*e.tagIds)) : QJsonValue(QJsonValue::Null)},
        {u"tags"_s, tagsJson(effectiveTags)},
        {u"timezone"_s, m_track.user().timezone},
        {u"created_at"_s, timeOrNull(e.createdAt)},
        {u"updated_at"_s, timeOrNull(e.updatedAt)},
        {u"archived_at"_s, timeOrNull(e.archivedAt)},
        {u"deleted_at"_s, timeOrNull(e.deletedAt)},
    };
    if (withTask) {
        o[u"task"_s] = t ? QJsonValue(taskJson(*t, false)) : QJsonValue(QJsonValue::Null);
        o[u"project"_s] = projectJson(e.projectId);
    }
    return o;
}

QJsonObject FocusStore::taskJson(const FocusTaskRecord &t, bool aggregations) const
{
    QJsonValue statusValue(QJsonValue::Null);
    if (const FocusStatusRecord *s = status(t.statusId)) {
        statusValue = QJsonObject{
            {u"id"_s, s->id},
            {u"name"_s, s->name},
            {u"type"_s, s->type},
            {u"emoji"_s, s->emoji.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s->emoji)}};
    }
    QJsonObject o{
        {u"id"_s, t.id},
        {u"workspace_id"_s, t.workspaceId},
        {u"toggl_user_id"_s, t.userId},
        {u"name"_s, t.name},
        {u"description"_s, t.description},
        {u"notes"_s, t.notes},
        {u"project_id"_s, JsonValues::idOrNull(t.projectId)},
        {u"project"_s, projectJson(t.projectId)},
        {u"client"_s, clientJson(t.projectId)},
        {u"status_id"_s, t.statusId},
        {u"status"_s, statusValue},
        {u"status_updated_at"_s, timeOrNull(t.statusUpdatedAt)},
        {u"priority"_s, t.priority},
        {u"priority_at"_s, QJsonValue(QJsonValue::Null)},
        {u"estimated_mins"_s,
         t.estimatedMins > 0 ? QJsonValue(t.estimatedMins) : QJsonValue(QJsonValue::Null)},
        {u"estimate_type"_s, u"total"_s},
        {u"allocation_unit"_s, u"flat"_s},
        {u"color"_s, t.color},
        {u"tag_ids"_s, JsonValues::idArray(t.tagIds)},
        {u"tags"_s, tagsJson(t.tagIds)},
        {u"pinned"_s, t.pinned},
        {u"position"_s, t.position},
        {u"private"_s, t.isPrivate},
        {u"billable"_s, t.billable},
        {u"source"_s, u"focus"_s},
        {u"is_template"_s, false},
        {u"auto_log_time"_s, false},
        {u"assignee_user_ids"_s, QJsonArray{t.userId}},
        {u"parent_task_id"_s, QJsonValue(QJsonValue::Null)},
        {u"parent_task_name"_s, QJsonValue(QJsonValue::Null)},
        {u"recurring_task_id"_s, QJsonValue(QJsonValue::Null)},
        {u"rrule"_s, QJsonValue(QJsonValue::Null)},
        {u"start_date"_s, dateOrNull(t.startDate)},
        {u"end_date"_s, dateOrNull(t.endDate)},
        {u"created_at"_s, timeOrNull(t.createdAt)},
        {u"updated_at"_s, timeOrNull(t.updatedAt)},
        {u"archived_at"_s, timeOrNull(t.archivedAt)},
        {u"deleted_at"_s, timeOrNull(t.deletedAt)},
    };
    if (aggregations) {
        qint64 tracked = 0;
        int count = 0;
        const QDateTime now = TimeFormat::now();
        for (const auto &e : m_entries) {
            if (e.taskId != t.id || e.deleted())
                continue;
            ++count;
            tracked += e.duration.value_or(std::max<qint64>(0, e.start.secsTo(now)));
        }
        o[u"time_entry_total_count"_s] = count;
        o[u"total_tracked_time"_s] = tracked;
        o[u"total_blocked_time"_s] = 0;
        o[u"total_scheduled_blocked_time"_s] = 0;
        o[u"time_block_total_count"_s] = 0;
        o[u"time_block_completed_count"_s] = 0;
        o[u"time_block_scheduled_total_count"_s] = 0;
        o[u"time_block_scheduled_completed_count"_s] = 0;
        o[u"sub_task_total_count"_s] = 0;
        o[u"sub_task_done_count"_s] = 0;
        o[u"parent"_s] = QJsonValue(QJsonValue::Null);
    }
    return o;
}

QJsonObject FocusStore::settingsJson() const
{
    const UserRecord &u = m_track.user();
    return QJsonObject{
        {u"current_workspace_id"_s, u.defaultWorkspaceId},
        {u"theme"_s, u"auto"_s},
        {u"timezone"_s, u.timezone},
        {u"start_week_on"_s, u.beginningOfWeek == 0 ? 0 : 1},
        {u"date_format"_s, u"ISO"_s},
        {u"time_format"_s, u"24h"_s},
        {u"duration_format"_s, u"classic"_s},
        {u"language_code"_s, u"en"_s},
        {u"default_page"_s, u"calendar"_s},
        {u"time_tracking_mode"_s, u"focus"_s},
        {u"time_tracking_mode_enabled"_s, false},
        {u"time_tracking_mode_duration_mins"_s, 25},
        {u"time_tracking_mode_fullscreen"_s, false},
        {u"pomodoro_mode_session_duration_mins"_s, 25},
        {u"pomodoro_mode_break_duration_mins"_s, 5},
        {u"pomodoro_mode_auto_start_break"_s, false},
        {u"pomodoro_mode_sound_enabled"_s, true},
        {u"focus_mode_count_up"_s, true},
        {u"autolog_time"_s, false},
        {u"shortcuts_enabled"_s, true},
        {u"send_daily_brief"_s, true},
        {u"send_timer_notifications"_s, true},
        {u"show_goals_panel"_s, true},
        {u"goal_reminders_enabled"_s, true},
        {u"goal_reminder_time"_s, u"17:00"_s},
        {u"sync_external_calendar"_s, u"never"_s},
        {u"first_interaction"_s, true},
    };
}

QJsonValue FocusStore::toFile() const
{
    QJsonObject root;
    RecordFile::writeTable(root, u"statuses"_s, u"status"_s, m_statuses);
    RecordFile::writeTable(root, u"tasks"_s, u"task"_s, m_tasks);
    RecordFile::writeTable(root, u"time_entries"_s, u"entry"_s, m_entries);
    return root;
}

void FocusStore::load(const QJsonValue &section)
{
    const QJsonObject root = section.toObject();
    if (root.isEmpty())
        return;
    RecordFile::readTable(root, u"statuses"_s, u"status"_s, m_statuses);
    RecordFile::readTable(root, u"tasks"_s, u"task"_s, m_tasks);
    RecordFile::readTable(root, u"time_entries"_s, u"entry"_s, m_entries);
}

} // namespace sandbox
