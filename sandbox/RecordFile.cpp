// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RecordFile.h"

#include <functional>
#include <optional>

#include "sandbox/FocusData.h"
#include "sandbox/JsonValues.h"
#include "sandbox/TrackData.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

// One value's file form; reading keeps `out` when the value is missing or of another type.
QJsonValue toFile(qint64 value)
{
    return value;
}
QJsonValue toFile(int value)
{
    return value;
}
QJsonValue toFile(bool value)
{
    return value;
}
QJsonValue toFile(const QString &value)
{
    return value;
}
QJsonValue toFile(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QJsonValue toFile(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
QJsonValue toFile(const QList<qint64> &ids)
{
    return JsonValues::idArray(ids);
}
QJsonValue toFile(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
QJsonValue toFile(const std::optional<QList<qint64>> &ids)
{
    return ids ? QJsonValue(JsonValues::idArray(*ids)) : QJsonValue(QJsonValue::Null);
}

void fromFile(const QJsonValue &v, qint64 &out)
{
    out = v.toInteger(out);
}
void fromFile(const QJsonValue &v, int &out)
{
    out = v.toInt(out);
}
void fromFile(const QJsonValue &v, bool &out)
{
    out = v.toBool(out);
}
void fromFile(const QJsonValue &v, QString &out)
{
    out = v.toString(out);
}
void fromFile(const QJsonValue &v, QDateTime &out)
{
    const QString text = v.toString();
    out = text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}
void fromFile(const QJsonValue &v, QDate &out)
{
    out = QDate::fromString(v.toString(), Qt::ISODate);
}
void fromFile(const QJsonValue &v, QList<qint64> &out)
{
    out = JsonValues::idList(v);
}
void fromFile(const QJsonValue &v, std::optional<qint64> &out)
{
    if (!v.isNull()) // a missing duration reads as 0, as it always has
        out = v.toInteger();
}
void fromFile(const QJsonValue &v, std::optional<QList<qint64>> &out)
{
    if (v.isArray())
        out = JsonValues::idList(v);
}

template<typename Record> struct Field
{
    QString key;
    std::function<QJsonValue(const Record &)> write;
    std::function<void(const QJsonValue &, Record &)> read;
};

template<typename Record, typename T> Field<Record> field(const QString &key, T Record::*member)
{
    return {key, [member](const Record &r) { return toFile(r.*member); },
            [member](const QJsonValue &v, Record &r) { fromFile(v, r.*member); }};
}

template<typename Record> const QList<Field<Record>> &fieldsOf();

// The user's email is written beside these by TrackStore, never read: it comes from the options.
template<> const QList<Field<UserRecord>> &fieldsOf()
{
    using R = UserRecord;
    static const QList<Field<R>> fields{field(u"id"_s, &R::id),
                                        field(u"fullname"_s, &R::fullname),
                                        field(u"timezone"_s, &R::timezone),
                                        field(u"default_workspace_id"_s, &R::defaultWorkspaceId),
                                        field(u"beginning_of_week"_s, &R::beginningOfWeek),
                                        field(u"created_at"_s, &R::createdAt),
                                        field(u"at"_s, &R::at)};
    return fields;
}

template<> const QList<Field<WorkspaceRecord>> &fieldsOf()
{
    using R = WorkspaceRecord;
    static const QList<Field<R>> fields{field(u"id"_s, &R::id),
                                        field(u"organization_id"_s, &R::organizationId),
                                        field(u"name"_s, &R::name), field(u"at"_s, &R::at)};
    return fields;
}

template<> const QList<Field<ClientRecord>> &fieldsOf()
{
    using R = ClientRecord;
    static const QList<Field<R>> fields{field(u"id"_s, &R::id), field(u"wid"_s, &R::workspaceId),
                                        field(u"name"_s, &R::name), field(u"archived"_s, &R::archived),
                                        field(u"at"_s, &R::at)};
    return fields;
}

template<> const QList<Field<ProjectRecord>> &fieldsOf()
{
    using R = ProjectRecord;
    static const QList<Field<R>> fields{field(u"id"_s, &R::id),
                                        field(u"wid"_s, &R::workspaceId),
                                        field(u"cid"_s, &R::clientId),
                                        field(u"name"_s, &R::name),
                                        field(u"color"_s, &R::color),
                                        field(u"active"_s, &R::active),
                                        field(u"billable"_s, &R::billable),
                                        field(u"created_at"_s, &R::createdAt),
                                        field(u"at"_s, &R::at)};
    return fields;
}

template<> const QList<Field<TagRecord>> &fieldsOf()
{
    using R = TagRecord;
    static const QList<Field<R>> fields{field(u"id"_s, &R::id), field(u"wid"_s, &R::workspaceId),
                                        field(u"name"_s, &R::name), field(u"at"_s, &R::at)};
    return fields;
}

template<> const QList<Field<TimeEntryRecord>> &fieldsOf()
{
    using R = TimeEntryRecord;
    static const QList<Field<R>> fields{field(u"id"_s, &R::id),
                                        field(u"wid"_s, &R::workspaceId),
                                        field(u"uid"_s, &R::userId),
                                        field(u"pid"_s, &R::projectId),
                                        field(u"tid"_s, &R::taskId),
                                        field(u"description"_s, &R::description),
                                        field(u"billable"_s, &R::billable),
                                        field(u"start"_s, &R::start),
                                        field(u"stop"_s, &R::stop),
                                        field(u"tag_ids"_s, &R::tagIds),
                                        field(u"at"_s, &R::at),
                                        field(u"deleted_at"_s, &R::deletedAt),
                                        field(u"created_with"_s, &R::createdWith)};
    return fields;
}

template<> const QList<Field<FocusStatusRecord>> &fieldsOf()
{
    using R = FocusStatusRecord;
    static const QList<Field<R>> fields{
        field(u"id"_s, &R::id),       field(u"workspace_id"_s, &R::workspaceId),
        field(u"name"_s, &R::name),   field(u"type"_s, &R::type),
        field(u"emoji"_s, &R::emoji), field(u"position"_s, &R::position)};
    return fields;
}

template<> const QList<Field<FocusTaskRecord>> &fieldsOf()
{
    using R = FocusTaskRecord;
    static const QList<Field<R>> fields{field(u"id"_s, &R::id),
                                        field(u"workspace_id"_s, &R::workspaceId),
                                        field(u"user_id"_s, &R::userId),
                                        field(u"name"_s, &R::name),
                                        field(u"description"_s, &R::description),
                                        field(u"notes"_s, &R::notes),
                                        field(u"project_id"_s, &R::projectId),
                                        field(u"status_id"_s, &R::statusId),
                                        field(u"priority"_s, &R::priority),
                                        field(u"estimated_mins"_s, &R::estimatedMins),
                                        field(u"color"_s, &R::color),
                                        field(u"tag_ids"_s, &R::tagIds),
                                        field(u"pinned"_s, &R::pinned),
                                        field(u"private"_s, &R::isPrivate),
                                        field(u"billable"_s, &R::billable),
                                        field(u"position"_s, &R::position),
                                        field(u"start_date"_s, &R::startDate),
                                        field(u"end_date"_s, &R::endDate),
                                        field(u"created_at"_s, &R::createdAt),
                                        field(u"updated_at"_s, &R::updatedAt),
                                        field(u"status_updated_at"_s, &R::statusUpdatedAt),
                                        field(u"archived_at"_s, &R::archivedAt),
                                        field(u"deleted_at"_s, &R::deletedAt)};
    return fields;
}

template<> const QList<Field<FocusEntryRecord>> &fieldsOf()
{
    using R = FocusEntryRecord;
    static const QList<Field<R>> fields{field(u"id"_s, &R::id),
                                        field(u"workspace_id"_s, &R::workspaceId),
                                        field(u"user_id"_s, &R::userId),
                                        field(u"task_id"_s, &R::taskId),
                                        field(u"type"_s, &R::type),
                                        field(u"start"_s, &R::start),
                                        field(u"duration"_s, &R::duration),
                                        field(u"time_block_id"_s, &R::timeBlockId),
                                        field(u"description"_s, &R::description),
                                        field(u"billable"_s, &R::billable),
                                        field(u"project_id"_s, &R::projectId),
                                        field(u"tag_ids"_s, &R::tagIds),
                                        field(u"created_at"_s, &R::createdAt),
                                        field(u"updated_at"_s, &R::updatedAt),
                                        field(u"archived_at"_s, &R::archivedAt),
                                        field(u"deleted_at"_s, &R::deletedAt)};
    return fields;
}

} // namespace

template<typename Record> QJsonObject RecordFile::write(const Record &record)
{
    QJsonObject out;
    for (const Field<Record> &f : fieldsOf<Record>())
        out[f.key] = f.write(record);
    return out;
}

template<typename Record> void RecordFile::read(const QJsonObject &object, Record &record)
{
    for (const Field<Record> &f : fieldsOf<Record>())
        f.read(object.value(f.key), record);
}

#define SANDBOX_RECORD_FILE(Record)                                                                          \
    template QJsonObject RecordFile::write(const Record &);                                                  \
    template void RecordFile::read(const QJsonObject &, Record &);
SANDBOX_RECORD_FILE(UserRecord)
SANDBOX_RECORD_FILE(WorkspaceRecord)
SANDBOX_RECORD_FILE(ClientRecord)
SANDBOX_RECORD_FILE(ProjectRecord)
SANDBOX_RECORD_FILE(TagRecord)
SANDBOX_RECORD_FILE(TimeEntryRecord)
SANDBOX_RECORD_FILE(FocusStatusRecord)
SANDBOX_RECORD_FILE(FocusTaskRecord)
SANDBOX_RECORD_FILE(FocusEntryRecord)
#undef SANDBOX_RECORD_FILE

} // namespace sandbox
