#include "sandbox/FocusStore.h"

#include <QJsonDocument>

#include <cmath>

#include "sandbox/TimeFormat.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const QStringList entryTypes{u"activity"_s, u"break"_s};
const QStringList priorities{u"none"_s, u"low"_s, u"medium"_s, u"high"_s};
const QStringList tagPalette{u"#e36a00"_s, u"#0b83d9"_s, u"#9e5bd9"_s, u"#d94182"_s,
                             u"#2da608"_s, u"#c7af14"_s, u"#06a893"_s, u"#525266"_s};

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(TimeFormat::zulu(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString fileTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromFileTime(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QList<qint64> idList(const QJsonValue &value)
{
    QList<qint64> out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toInteger());
    return out;
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

bool FocusStore::save() const
{
    return m_track.save();
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
        FocusStatusRecord s{m_nextStatusId++, workspaceId, name, type, QString(), position++};
        m_statuses.append(s);
        out.append(s);
    }
    return out;
}

const FocusStatusRecord *FocusStore::status(qint64 id) const
{
    for (const auto &s : m_statuses) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

qint64 FocusStore::defaultStatusId(qint64 workspaceId)
{
    const auto list = statuses(workspaceId);
    return list.isEmpty() ? 0 : list.first().id;
}

FocusTaskRecord *FocusStore::task(qint64 id)
{
    for (auto &t : m_tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const FocusTaskRecord *FocusStore::task(qint64 id) const
{
    return const_cast<FocusStore *>(this)->task(id);
}

qint64 FocusStore::addTask(FocusTaskRecord task)
{
    task.id = m_nextTaskId++;
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
    m_tasks.append(task);
    return task.id;
}

FocusEntryRecord *FocusStore::entry(qint64 id)
{
    for (auto &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const FocusEntryRecord *FocusStore::entry(qint64 id) const
{
    return const_cast<FocusStore *>(this)->entry(id);
}

qint64 FocusStore::addEntry(FocusEntryRecord entry)
{
    entry.id = m_nextEntryId++;
    if (!entry.userId)
        entry.userId = userId();
    if (!entry.createdAt.isValid())
        entry.createdAt = TimeFormat::now();
    if (!entry.updatedAt.isValid())
        entry.updatedAt = entry.createdAt;
    m_entries.append(entry);
    return entry.id;
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
        t.tagIds = idList(f[u"tag_ids"_s]);
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
        {u"task_id"_s, idOrNull(e.taskId)},
        {u"type"_s, e.type},
        {u"start"_s, timeOrNull(e.start)},
        {u"duration"_s, e.duration ? QJsonValue(*e.duration) : QJsonValue(QJsonValue::Null)},
        {u"time_block_id"_s, idOrNull(e.timeBlockId)},
        {u"description"_s, e.description},
        {u"billable"_s, e.billable},
        {u"billable_source"_s, u"manual"_s},
        {u"project_id"_s, idOrNull(e.projectId)},
        {u"tag_ids"_s, e.tagIds ? QJsonValue(idArray(*e.tagIds)) : QJsonValue(QJsonValue::Null)},
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
        {u"project_id"_s, idOrNull(t.projectId)},
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
        {u"tag_ids"_s, idArray(t.tagIds)},
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
    QJsonArray statuses;
    for (const auto &s : m_statuses)
        statuses.append(QJsonObject{{u"id"_s, s.id},
                                    {u"workspace_id"_s, s.workspaceId},
                                    {u"name"_s, s.name},
                                    {u"type"_s, s.type},
                                    {u"emoji"_s, s.emoji},
                                    {u"position"_s, s.position}});
    QJsonArray tasks;
    for (const auto &t : m_tasks)
        tasks.append(QJsonObject{{u"id"_s, t.id},
                                 {u"workspace_id"_s, t.workspaceId},
                                 {u"user_id"_s, t.userId},
                                 {u"name"_s, t.name},
                                 {u"description"_s, t.description},
                                 {u"notes"_s, t.notes},
                                 {u"project_id"_s, t.projectId},
                                 {u"status_id"_s, t.statusId},
                                 {u"priority"_s, t.priority},
                                 {u"estimated_mins"_s, t.estimatedMins},
                                 {u"color"_s, t.color},
                                 {u"tag_ids"_s, idArray(t.tagIds)},
                                 {u"pinned"_s, t.pinned},
                                 {u"private"_s, t.isPrivate},
                                 {u"billable"_s, t.billable},
                                 {u"position"_s, t.position},
                                 {u"start_date"_s, t.startDate.toString(Qt::ISODate)},
                                 {u"end_date"_s, t.endDate.toString(Qt::ISODate)},
                                 {u"created_at"_s, fileTime(t.createdAt)},
                                 {u"updated_at"_s, fileTime(t.updatedAt)},
                                 {u"status_updated_at"_s, fileTime(t.statusUpdatedAt)},
                                 {u"archived_at"_s, fileTime(t.archivedAt)},
                                 {u"deleted_at"_s, fileTime(t.deletedAt)}});
    QJsonArray entries;
    for (const auto &e : m_entries)
        entries.append(QJsonObject{
            {u"id"_s, e.id},
            {u"workspace_id"_s, e.workspaceId},
            {u"user_id"_s, e.userId},
            {u"task_id"_s, e.taskId},
            {u"type"_s, e.type},
            {u"start"_s, fileTime(e.start)},
            {u"duration"_s, e.duration ? QJsonValue(*e.duration) : QJsonValue(QJsonValue::Null)},
            {u"time_block_id"_s, e.timeBlockId},
            {u"description"_s, e.description},
            {u"billable"_s, e.billable},
            {u"project_id"_s, e.projectId},
            {u"tag_ids"_s, e.tagIds ? QJsonValue(idArray(*e.tagIds)) : QJsonValue(QJsonValue::Null)},
            {u"created_at"_s, fileTime(e.createdAt)},
            {u"updated_at"_s, fileTime(e.updatedAt)},
            {u"archived_at"_s, fileTime(e.archivedAt)},
            {u"deleted_at"_s, fileTime(e.deletedAt)}});
    return QJsonObject{
        {u"next_ids"_s,
         QJsonObject{{u"status"_s, m_nextStatusId}, {u"task"_s, m_nextTaskId}, {u"entry"_s, m_nextEntryId}}},
        {u"statuses"_s, statuses},
        {u"tasks"_s, tasks},
        {u"time_entries"_s, entries}};
}

void FocusStore::load(const QJsonValue &section)
{
    const QJsonObject root = section.toObject();
    if (root.isEmpty())
        return;
    const QJsonObject next = root[u"next_ids"_s].toObject();
    m_nextStatusId = next[u"status"_s].toInteger(m_nextStatusId);
    m_nextTaskId = next[u"task"_s].toInteger(m_nextTaskId);
    m_nextEntryId = next[u"entry"_s].toInteger(m_nextEntryId);
    m_statuses.clear();
    for (const QJsonValue &v : root[u"statuses"_s].toArray()) {
        const QJsonObject o = v.toObject();
        m_statuses.append({o[u"id"_s].toInteger(), o[u"workspace_id"_s].toInteger(), o[u"name"_s].toString(),
                           o[u"type"_s].toString(), o[u"emoji"_s].toString(), o[u"position"_s].toInt()});
    }
    m_tasks.clear();
    for (const QJsonValue &v : root[u"tasks"_s].toArray()) {
        const QJsonObject o = v.toObject();
        FocusTaskRecord t;
        t.id = o[u"id"_s].toInteger();
        t.workspaceId = o[u"workspace_id"_s].toInteger();
        t.userId = o[u"user_id"_s].toInteger();
        t.name = o[u"name"_s].toString();
        t.description = o[u"description"_s].toString();
        t.notes = o[u"notes"_s].toString();
        t.projectId = o[u"project_id"_s].toInteger();
        t.statusId = o[u"status_id"_s].toInteger();
        t.priority = o[u"priority"_s].toString(u"none"_s);
        t.estimatedMins = o[u"estimated_mins"_s].toInt();
        t.color = o[u"color"_s].toString();
        t.tagIds = idList(o[u"tag_ids"_s]);
        t.pinned = o[u"pinned"_s].toBool();
        t.isPrivate = o[u"private"_s].toBool();
        t.billable = o[u"billable"_s].toBool();
        t.position = o[u"position"_s].toInt();
        t.startDate = QDate::fromString(o[u"start_date"_s].toString(), Qt::ISODate);
        t.endDate = QDate::fromString(o[u"end_date"_s].toString(), Qt::ISODate);
        t.createdAt = fromFileTime(o[u"created_at"_s]);
        t.updatedAt = fromFileTime(o[u"updated_at"_s]);
        t.statusUpdatedAt = fromFileTime(o[u"status_updated_at"_s]);
        t.archivedAt = fromFileTime(o[u"archived_at"_s]);
        t.deletedAt = fromFileTime(o[u"deleted_at"_s]);
        m_tasks.append(t);
    }
    m_entries.clear();
    for (const QJsonValue &v : root[u"time_entries"_s].toArray()) {
        const QJsonObject o = v.toObject();
        FocusEntryRecord e;
        e.id = o[u"id"_s].toInteger();
        e.workspaceId = o[u"workspace_id"_s].toInteger();
        e.userId = o[u"user_id"_s].toInteger();
        e.taskId = o[u"task_id"_s].toInteger();
        e.type = o[u"type"_s].toString(u"activity"_s);
        e.start = fromFileTime(o[u"start"_s]);
        if (!o[u"duration"_s].isNull())
            e.duration = o[u"duration"_s].toInteger();
        e.timeBlockId = o[u"time_block_id"_s].toInteger();
        e.description = o[u"description"_s].toString();
        e.billable = o[u"billable"_s].toBool();
        e.projectId = o[u"project_id"_s].toInteger();
        if (o[u"tag_ids"_s].isArray())
            e.tagIds = idList(o[u"tag_ids"_s]);
        e.createdAt = fromFileTime(o[u"created_at"_s]);
        e.updatedAt = fromFileTime(o[u"updated_at"_s]);
        e.archivedAt = fromFileTime(o[u"archived_at"_s]);
        e.deletedAt = fromFileTime(o[u"deleted_at"_s]);
        m_entries.append(e);
    }
}

} // namespace sandbox
