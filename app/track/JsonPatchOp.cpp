// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/JsonPatchOp.h"

#include "app/track/TrackTime.h"

namespace punchclock {

namespace {
QJsonArray intArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

JsonPatchOp make(JsonPatchOp::Op op, JsonPatchOp::Path path, const QJsonValue &value)
{
    return JsonPatchOp{op, path, value};
}

std::optional<qint64> optInteger(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

// add: the names not there yet; remove: without these (remove with no value: none at all);
// replace: exactly these.
template<class T>
std::optional<QList<T>> patchedList(JsonPatchOp::Op op, std::optional<QList<T>> list, const QList<T> &values,
                                    bool hasValue)
{
    switch (op) {
    case JsonPatchOp::Op::Replace:
        return values;
    case JsonPatchOp::Op::Add:
        for (const T &v : values) {
            if (!list)
                list.emplace();
            if (!list->contains(v))
                list->append(v);
        }
        return list;
    case JsonPatchOp::Op::Remove:
        if (!hasValue)
            return QList<T>();
        for (const T &v : values) {
            if (list)
                list->removeAll(v);
        }
        return list;
    }
    return list;
}
} // namespace

JsonPatchOp JsonPatchOp::replaceDescription(const QString &description)
{
    return make(Op::Replace, Path::Description, description);
}

JsonPatchOp JsonPatchOp::replaceProject(std::optional<qint64> projectId)
{
    return make(Op::Replace, Path::ProjectId, projectId ? QJsonValue(*projectId) : QJsonValue());
}

JsonPatchOp JsonPatchOp::replaceTask(std::optional<qint64> taskId)
{
    return make(Op::Replace, Path::TaskId, taskId ? QJsonValue(*taskId) : QJsonValue());
}

JsonPatchOp JsonPatchOp::replaceBillable(bool billable)
{
    return make(Op::Replace, Path::Billable, billable);
}

JsonPatchOp JsonPatchOp::replaceStart(const QDateTime &start)
{
    return make(Op::Replace, Path::Start, TrackTime::format(start));
}

JsonPatchOp JsonPatchOp::replaceStop(const QDateTime &stop)
{
    return make(Op::Replace, Path::Stop, TrackTime::format(stop));
}

JsonPatchOp JsonPatchOp::replaceDuration(qint64 seconds)
{
    return make(Op::Replace, Path::Duration, seconds);
}

JsonPatchOp JsonPatchOp::replaceTags(const QStringList &tags)
{
    return make(Op::Replace, Path::Tags, QJsonArray::fromStringList(tags));
}

JsonPatchOp JsonPatchOp::addTags(const QStringList &tags)
{
    return make(Op::Add, Path::Tags, QJsonArray::fromStringList(tags));
}

JsonPatchOp JsonPatchOp::removeTags(const QStringList &tags)
{
    return make(Op::Remove, Path::Tags, QJsonArray::fromStringList(tags));
}

JsonPatchOp JsonPatchOp::replaceTagIds(const QList<qint64> &tagIds)
{
    return make(Op::Replace, Path::TagIds, intArray(tagIds));
}

JsonPatchOp JsonPatchOp::addTagIds(const QList<qint64> &tagIds)
{
    return make(Op::Add, Path::TagIds, intArray(tagIds));
}

JsonPatchOp JsonPatchOp::removeTagIds(const QList<qint64> &tagIds)
{
    return make(Op::Remove, Path::TagIds, intArray(tagIds));
}

JsonPatchOp JsonPatchOp::remove(Path path)
{
    return make(Op::Remove, path, QJsonValue());
}

QString JsonPatchOp::pathString(Path path)
{
    switch (path) {
    case Path::Description:
        return QStringLiteral("/description");
    case Path::ProjectId:
        return QStringLiteral("/project_id");
    case Path::TaskId:
        return QStringLiteral("/task_id");
    case Path::Tags:
        return QStringLiteral("/tags");
    case Path::TagIds:
        return QStringLiteral("/tag_ids");
    case Path::Billable:
        return QStringLiteral("/billable");
    case Path::Start:
        return QStringLiteral("/start");
    case Path::Stop:
        return QStringLiteral("/stop");
    case Path::Duration:
        return QStringLiteral("/duration");
    }
    return {};
}

QString JsonPatchOp::opString(Op op)
{
    switch (op) {
    case Op::Add:
        return QStringLiteral("add");
    case Op::Remove:
        return QStringLiteral("remove");
    case Op::Replace:
        return QStringLiteral("replace");
    }
    return {};
}

QJsonObject JsonPatchOp::toJson() const
{
    QJsonObject o{{QLatin1String("op"), opString(op)}, {QLatin1String("path"), pathString(path)}};
    // remove carries a value only when it names what to remove from a list (tags)
    if (op != Op::Remove || value.isArray())
        o.insert(QLatin1String("value"), value);
    return o;
}

void JsonPatchOp::applyTo(TimeEntry &e) const
{
    const bool removing = op == Op::Remove && !value.isArray();
    switch (path) {
    case Path::Description:
        e.description = removing ? std::nullopt : std::optional<QString>(value.toString());
        break;
    case Path::ProjectId:
        e.projectId = removing ? std::nullopt : optInteger(value);
        e.projectName.reset();
        e.projectColor.reset();
        e.clientName.reset();
        e.projectActive.reset();
        e.projectBillable.reset();
        break;
    case Path::TaskId:
        e.taskId = removing ? std::nullopt : optInteger(value);
        e.taskName.reset();
        break;
    case Path::Tags: {
        QStringList names;
        for (const QJsonValue &v : value.toArray())
            names.append(v.toString());
        e.tags = patchedList<QString>(op, e.tags, names, value.isArray());
        e.tagIds.reset(); // stale now; a PUT with both would add the old IDs back
        break;
    }
    case Path::TagIds: {
        QList<qint64> ids;
        for (const QJsonValue &v : value.toArray())
            ids.append(v.toInteger());
        e.tagIds = patchedList<qint64>(op, e.tagIds, ids, value.isArray());
        e.tags.reset(); // no ID -> name map here; a PUT with both would add the old names back
        break;
    }
    case Path::Billable:
        e.billable = !removing && value.toBool();
        break;
    case Path::Start:
        if (const auto start = TrackTime::parse(value.toString())) {
            e.start = *start;
            // The stop decides, not the sign: a shift's new start may pass the old stop until
            // the op that moves the stop follows.
            if (e.stop && e.stop->isValid())
                e.duration = e.start.secsTo(*e.stop);
            else if (e.duration < -1)
                e.duration = -e.start.toSecsSinceEpoch(); // running, as the server writes it
        }
        break;
    case Path::Stop:
        if (const auto stop = TrackTime::parse(value.toString()); stop && (e.stop || e.duration >= 0)) {
            e.stop = *stop;
            e.duration = e.start.secsTo(*stop);
        }
        break;
    case Path::Duration:
        if (value.isDouble()) {
            e.duration = value.toInteger();
            if (e.duration >= 0)
                e.stop = e.start.addSecs(e.duration);
            else
                e.stop.reset(); // running again
        }
        break;
    }
}

TimeEntry JsonPatchOp::applied(const QList<JsonPatchOp> &ops, TimeEntry entry)
{
    for (const JsonPatchOp &op : ops)
        op.applyTo(entry);
    return entry;
}

QJsonArray JsonPatchOp::toJson(const QList<JsonPatchOp> &ops)
{
    QJsonArray a;
    for (const JsonPatchOp &op : ops)
        a.append(op.toJson());
    return a;
}

} // namespace punchclock
