#include "track/JsonPatchOp.h"

#include "track/TrackTime.h"

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

QJsonArray JsonPatchOp::toJson(const QList<JsonPatchOp> &ops)
{
    QJsonArray a;
    for (const JsonPatchOp &op : ops)
        a.append(op.toJson());
    return a;
}

} // namespace punchclock
