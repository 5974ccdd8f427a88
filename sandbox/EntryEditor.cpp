// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/EntryEditor.h"

#include "sandbox/TimeFormat.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

bool present(const QJsonObject &body, const QString &key)
{
    return body.contains(key) && !body.value(key).isNull() && !body.value(key).isUndefined();
}

// The first present key among `keys` (e.g. project_id / pid), or an undefined value.
QJsonValue firstOf(const QJsonObject &body, std::initializer_list<QString> keys, bool *found)
{
    for (const QString &key : keys) {
        if (body.contains(key)) {
            *found = true;
            return body.value(key);
        }
    }
    *found = false;
    return {};
}

bool yearInRange(const QDateTime &time)
{
    const int year = time.date().year();
    return year >= 2006 && year <= 2030;
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

} // namespace

QString EntryEditor::create(qint64 workspaceId, const QJsonObject &body, TimeEntryRecord *out)
{
    TimeEntryRecord e;
    e.workspaceId = workspaceId;
    e.userId = m_store.user().id;

    const QJsonValue createdWith = body.value(u"created_with"_s);
    if (!createdWith.isString() || createdWith.toString().trimmed().isEmpty())
        return u"created_with needs to be provided an a valid string"_s;
    e.createdWith = createdWith.toString();

    bool found = false;
    const QJsonValue wid = firstOf(body, {u"workspace_id"_s, u"wid"_s}, &found);
    if (!found || wid.isNull())
        return u"workspace_id is required"_s;
    if (!isWholeNumber(wid) || wid.toInteger() != workspaceId)
        return u"workspace_id does not match the workspace of the request path"_s;

    if (!present(body, u"start"_s))
        return u"start is required for time entry creation"_s;

    if (body.contains(u"description"_s) && !body.value(u"description"_s).isString() &&
        !body.value(u"description"_s).isNull())
        return u"description must be a string"_s;
    e.description = body.value(u"description"_s).toString();
    if (body.contains(u"billable"_s) && !body.value(u"billable"_s).isBool() &&
        !body.value(u"billable"_s).isNull())
        return u"billable must be a boolean"_s;
    e.billable = body.value(u"billable"_s).toBool(false);

    if (QString error = applyProjectAndTask(e, body); !error.isEmpty())
        return error;
    if (QString error = applyTimes(e, body, true); !error.isEmpty())
        return error;
    if (QString error = applyTags(e, body, true); !error.isEmpty())
        return error;
    e.at = QDateTime::currentDateTimeUtc();
    *out = e;
    return {};
}

QString EntryEditor::update(TimeEntryRecord &entry, const QJsonObject &body)
{
    TimeEntryRecord e = entry;
    bool found = false;
    const QJsonValue wid = firstOf(body, {u"workspace_id"_s, u"wid"_s}, &found);
    if (found && !wid.isNull() && (!isWholeNumber(wid) || wid.toInteger() != e.workspaceId))
        return u"workspace_id does not match the workspace of the request path"_s;

    if (body.contains(u"description"_s)) {
        const QJsonValue d = body.value(u"description"_s);
        if (!d.isString() && !d.isNull())
            return u"description must be a string"_s;
        e.description = d.toString();
    }
    if (body.contains(u"billable"_s)) {
        const QJsonValue b = body.value(u"billable"_s);
        if (!b.isBool() && !b.isNull())
            return u"billable must be a boolean"_s;
        e.billable = b.toBool(false);
    }
    if (QString error = applyProjectAndTask(e, body); !error.isEmpty())
        return error;
    if (QString error = applyTimes(e, body, false); !error.isEmpty())
        return error;
    if (QString error = applyTags(e, body, false); !error.isEmpty())
        return error;
    e.at = QDateTime::currentDateTimeUtc();
    entry = e;
    return {};
}

QString EntryEditor::applyProjectAndTask(TimeEntryRecord &e, const QJsonObject &body)
{
    bool found = false;
    const QJsonValue pid = firstOf(body, {u"project_id"_s, u"pid"_s}, &found);
    if (found) {
        if (pid.isNull() || (isWholeNumber(pid) && pid.toInteger() == 0)) {
            e.projectId = 0;
        } else {
            const ProjectRecord *p = isWholeNumber(pid) ? m_store.project(pid.toInteger()) : nullptr;
            if (!p || p->workspaceId != e.workspaceId)
                return u"Invalid project_id"_s;
            e.projectId = p->id;
        }
    }
    const QJsonValue tid = firstOf(body, {u"task_id"_s, u"tid"_s}, &found);
    if (found) {
        if (tid.isNull() || (isWholeNumber(tid) && tid.toInteger() == 0))
            e.taskId = 0;
        else
            return u"Invalid task_id"_s; // the sandbox has no tasks
    }
    return {};
}

QString EntryEditor::applyTimes(TimeEntryRecord &e, const QJsonObject &body, bool creating)
{
    if (present(body, u"start"_s)) {
        const auto start = TimeFormat::parseTimestamp(body.value(u"start"_s).toString());
        if (!start)
            return u"Invalid start time, expected RFC3339 like 2006-01-02T15:04:05Z"_s;
        e.start = *start;
    }
    if (present(body, u"start_date"_s)) {
        const auto date = TimeFormat::parseDate(body.value(u"start_date"_s).toString());
        if (!date)
            return u"Invalid start_date, expected YYYY-MM-DD"_s;
        e.start = TimeFormat::utc(*date, e.start.time());
    }
    if (!yearInRange(e.start))
        return u"Start time year must be between 2006 and 2030"_s;

    const bool hasDuration = present(body, u"duration"_s);
    const bool hasStop = present(body, u"stop"_s);
    if (hasDuration && !isWholeNumber(body.value(u"duration"_s)))
        return u"duration must be an integer"_s;
    const qint64 duration = body.value(u"duration"_s).toInteger();

    if (hasDuration && duration < 0) {
        if (hasStop)
            return u"A running time entry (negative duration) can not have a stop time"_s;
        e.stop = QDateTime();
        return {};
    }
    if (hasStop) {
        const auto stop = TimeFormat::parseTimestamp(body.value(u"stop"_s).toString());
        if (!stop)
            return u"Invalid stop time, expected RFC3339 like 2006-01-02T15:04:05Z"_s;
        if (!yearInRange(*stop))
            return u"Stop time year must be between 2006 and 2030"_s;
        if (*stop < e.start)
            return u"Stop time must be after start time"_s;
        if (hasDuration && e.start.secsTo(*stop) != duration)
            return u"Duration and stop are inconsistent: start + duration must equal stop"_s;
        e.stop = *stop;
        return {};
    }
    if (hasDuration) {
        e.stop = e.start.addSecs(duration);
        return {};
    }
    if (creating) {
        e.stop = e.start; // no duration: a stopped zero-length entry
        return {};
    }
    if (!e.running() && e.stop < e.start)
        return u"Stop time must be after start time"_s; // a new start after the kept stop
    return {};
}

QString EntryEditor::applyTags(TimeEntryRecord &e, const QJsonObject &body, bool creating)
{
    const bool hasNames = body.contains(u"tags"_s);
    const bool hasIds = body.contains(u"tag_ids"_s);
    if (!hasNames && !hasIds)
        return {};
    const QJsonValue namesValue = body.value(u"tags"_s);
    const QJsonValue idsValue = body.value(u"tag_ids"_s);
    if ((hasNames && !namesValue.isArray() && !namesValue.isNull()) ||
        (hasIds && !idsValue.isArray() && !idsValue.isNull()))
        return u"tags and tag_ids must be arrays"_s;

    QList<qint64> given;
    for (const auto &v : idsValue.toArray()) {
        const TagRecord *t = isWholeNumber(v) ? m_store.tag(v.toInteger()) : nullptr;
        if (!t || t->workspaceId != e.workspaceId)
            return u"Invalid tag_ids"_s;
        if (!given.contains(t->id))
            given.append(t->id);
    }
    for (const auto &v : namesValue.toArray()) {
        const QString name = v.toString().trimmed();
        if (!v.isString() || name.isEmpty())
            return u"Tag names must be non-empty strings"_s;
        const qint64 id = m_store.tagIdForName(e.workspaceId, name);
        if (!given.contains(id))
            given.append(id);
    }

    const QString action = creating ? QString() : body.value(u"tag_action"_s).toString();
    if (action == u"add"_s) {
        for (qint64 id : given) {
            if (!e.tagIds.contains(id))
                e.tagIds.append(id);
        }
    } else if (action == u"delete"_s) {
        for (qint64 id : given)
            e.tagIds.removeAll(id);
    } else if (action.isEmpty()) {
        e.tagIds = given;
    } else {
        return u"tag_action must be \"add\" or \"delete\""_s;
    }
    return {};
}

QString EntryEditor::checkPatch(const QJsonArray &operations)
{
    static const QStringList paths{u"/description"_s, u"/billable"_s, u"/project_id"_s, u"/pid"_s,
                                   u"/task_id"_s,     u"/tid"_s,      u"/start"_s,      u"/stop"_s,
                                   u"/duration"_s,    u"/tags"_s,     u"/tag_ids"_s,    u"/start_date"_s};
    if (operations.isEmpty())
        return u"Patch must contain at least one operation"_s;
    for (const auto &v : operations) {
        const QJsonObject op = v.toObject();
        const QString name = op.value(u"op"_s).toString();
        if (name != u"add"_s && name != u"remove"_s && name != u"replace"_s)
            return u"Invalid patch operation, expected add, remove or replace"_s;
        if (!paths.contains(op.value(u"path"_s).toString()))
            return u"Invalid patch path: "_s + op.value(u"path"_s).toString();
        if (name != u"remove"_s && !op.contains(u"value"_s))
            return u"Patch operation "_s + name + u" requires a value"_s;
    }
    return {};
}

QString EntryEditor::patch(TimeEntryRecord &entry, const QJsonArray &operations)
{
    // Scalar fields go into one PUT-like body; tag operations apply one by one afterwards.
    QJsonObject scalars;
    QList<QJsonObject> tagSteps;
    for (const auto &v : operations) {
        const QJsonObject op = v.toObject();
        const QString name = op.value(u"op"_s).toString();
        const QString field = op.value(u"path"_s).toString().mid(1);
        const QJsonValue value = op.value(u"value"_s);
        if (field == u"tags"_s || field == u"tag_ids"_s) {
            QJsonObject step;
            if (name == u"replace"_s) {
                step[field] = value;
            } else if (name == u"add"_s) {
                step[field] = value.isArray() ? value : QJsonArray{value};
                step[u"tag_action"_s] = u"add"_s;
            } else if (value.isUndefined() || value.isNull()) {
                step[u"tags"_s] = QJsonArray(); // remove without value: no tags at all
            } else {
                step[field] = value.isArray() ? value : QJsonArray{value};
                step[u"tag_action"_s] = u"delete"_s;
            }
            tagSteps.append(step);
            continue;
        }
        if (name == u"remove"_s) {
            if (field == u"start"_s || field == u"stop"_s || field == u"duration"_s ||
                field == u"start_date"_s)
                return u"Field "_s + field + u" can not be removed"_s;
            scalars[field] = field == u"billable"_s ? QJsonValue(false) : QJsonValue(QJsonValue::Null);
        } else {
            scalars[field] = value;
        }
    }
    TimeEntryRecord copy = entry;
    if (!scalars.isEmpty()) {
        if (QString error = update(copy, scalars); !error.isEmpty())
            return error;
    }
    for (const QJsonObject &step : tagSteps) {
        if (QString error = update(copy, step); !error.isEmpty())
            return error;
    }
    entry = copy;
    return {};
}

} // namespace sandbox
