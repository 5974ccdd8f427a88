// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/TimeEntryJson.h"

#include "app/track/JsonRead.h"
#include "app/track/StringInterner.h"
#include "app/track/TimeEntryListReader.h"
#include "app/track/TrackTime.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace punchclock::TimeEntryJson {

using namespace JsonRead;

namespace {
std::optional<QList<SharedWith>> readSharedWith(const QJsonObject &json)
{
    const QJsonValue v = json.value(QLatin1String("shared_with"));
    if (!v.isArray())
        return std::nullopt;
    QList<SharedWith> out;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        out.append({boolean(o, QLatin1String("accepted")), integer(o, QLatin1String("user_id")),
                    string(o, QLatin1String("user_name"))});
    }
    return out;
}

template<class T> void putIfSet(QJsonObject &json, QLatin1String key, const std::optional<T> &v)
{
    if (v)
        json.insert(key, JsonRead::toJson(v));
}

void putIfSet(QJsonObject &json, QLatin1String key, const std::optional<bool> &v)
{
    if (v)
        json.insert(key, *v);
}

void internStrings(TimeEntry &e, StringInterner &strings)
{
    const auto one = [&strings](std::optional<QString> &s) {
        if (s)
            s = strings.intern(*s);
    };
    one(e.description);
    one(e.clientName);
    one(e.projectName);
    one(e.projectColor);
    one(e.taskName);
    one(e.userName);
    one(e.userAvatarUrl);
    if (e.tags)
        e.tags = strings.intern(*e.tags);
    if (e.permissions)
        e.permissions = strings.intern(*e.permissions);
}
} // namespace

TimeEntry fromJson(const QJsonObject &json)
{
    TimeEntry e;
    e.id = integer(json, QLatin1String("id"));
    e.workspaceId = optInt(json, QLatin1String("workspace_id"), QLatin1String("wid")).value_or(0);
    e.projectId = optInt(json, QLatin1String("project_id"), QLatin1String("pid"));
    e.taskId = optInt(json, QLatin1String("task_id"), QLatin1String("tid"));
    e.userId = optInt(json, QLatin1String("user_id"), QLatin1String("uid")).value_or(0);
    e.description = optString(json, QLatin1String("description"));
    e.start = optTime(json, QLatin1String("start")).value_or(QDateTime());
    e.stop = optTime(json, QLatin1String("stop"));
    e.duration = integer(json, QLatin1String("duration"));
    e.billable = boolean(json, QLatin1String("billable"));
    e.tags = optStringList(json, QLatin1String("tags"));
    e.tagIds = optIntList(json, QLatin1String("tag_ids"));
    e.duronly = boolean(json, QLatin1String("duronly"), true);
    e.at = optTime(json, QLatin1String("at"));
    e.serverDeletedAt = optTime(json, QLatin1String("server_deleted_at"));
    e.permissions = optStringList(json, QLatin1String("permissions"));
    e.sharedWith = readSharedWith(json);
    e.clientName = optString(json, QLatin1String("client_name"));
    e.projectName = optString(json, QLatin1String("project_name"));
    e.projectColor = optString(json, QLatin1String("project_color"));
    e.projectActive = optBool(json, QLatin1String("project_active"));
    e.projectBillable = optBool(json, QLatin1String("project_billable"));
    e.taskName = optString(json, QLatin1String("task_name"));
    e.userName = optString(json, QLatin1String("user_name"));
    e.userAvatarUrl = optString(json, QLatin1String("user_avatar_url"));
    return e;
}

QList<TimeEntry> listFromJson(const QJsonArray &json)
{
    QList<TimeEntry> out;
    out.reserve(json.size());
    StringInterner strings;
    for (const QJsonValue &v : json) {
        if (!v.isObject())
            continue;
        out.append(fromJson(v.toObject()));
        internStrings(out.last(), strings);
    }
    return out;
}

namespace {
// JSON's own whitespace only: QByteArray::trimmed() also drops \f and \v, which JSON refuses.
QByteArray jsonTrimmed(const QByteArray &body)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    qsizetype begin = 0;
    qsizetype end = body.size();
    while (begin < end && isSpace(body.at(begin)))
        ++begin;
    while (end > begin && isSpace(body.at(end - 1)))
        --end;
    return begin == 0 && end == body.size() ? body
                                            : body.mid(begin, end - begin); // shared if nothing to trim
}
} // namespace

std::optional<QList<TimeEntry>> listFromBody(const QByteArray &body, QString *error)
{
    if (auto fast = TimeEntryListReader::read(body))
        return fast;
    const QByteArray trimmed = jsonTrimmed(body);
    if (trimmed == "null")
        return QList<TimeEntry>();
    if (!trimmed.startsWith('[')) {
        *error = QStringLiteral("expected a JSON array");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    return listFromJson(doc.array());
}

QJsonObject toJson(const TimeEntry &e)
{
    QJsonObject json;
    json.insert(QLatin1String("id"), e.id);
    json.insert(QLatin1String("workspace_id"), e.workspaceId);
    json.insert(QLatin1String("project_id"), JsonRead::toJson(e.projectId));
    json.insert(QLatin1String("task_id"), JsonRead::toJson(e.taskId));
    json.insert(QLatin1String("user_id"), e.userId);
    json.insert(QLatin1String("description"), JsonRead::toJson(e.description));
    json.insert(QLatin1String("start"), TrackTime::format(e.start));
    json.insert(QLatin1String("stop"), JsonRead::toJson(e.stop));
    json.insert(QLatin1String("duration"), e.duration);
    json.insert(QLatin1String("billable"), e.billable);
    json.insert(QLatin1String("tags"), JsonRead::toJson(e.tags));
    json.insert(QLatin1String("tag_ids"), JsonRead::toJson(e.tagIds));
    json.insert(QLatin1String("duronly"), e.duronly);
    putIfSet(json, QLatin1String("at"), e.at);
    json.insert(QLatin1String("server_deleted_at"), JsonRead::toJson(e.serverDeletedAt));
    putIfSet(json, QLatin1String("permissions"), e.permissions);
    if (e.sharedWith) {
        QJsonArray shared;
        for (const SharedWith &s : *e.sharedWith)
            shared.append(QJsonObject{{QLatin1String("accepted"), s.accepted},
                                      {QLatin1String("user_id"), s.userId},
                                      {QLatin1String("user_name"), s.userName}});
        json.insert(QLatin1String("shared_with"), shared);
    }
    putIfSet(json, QLatin1String("client_name"), e.clientName);
    putIfSet(json, QLatin1String("project_name"), e.projectName);
    putIfSet(json, QLatin1String("project_color"), e.projectColor);
    putIfSet(json, QLatin1String("project_active"), e.projectActive);
    putIfSet(json, QLatin1String("project_billable"), e.projectBillable);
    putIfSet(json, QLatin1String("task_name"), e.taskName);
    putIfSet(json, QLatin1String("user_name"), e.userName);
    putIfSet(json, QLatin1String("user_avatar_url"), e.userAvatarUrl);
    return json;
}

QJsonObject toRequestJson(const TimeEntry &e, const QString &createdWith)
{
    QJsonObject json;
    if (!createdWith.isEmpty())
        json.insert(QLatin1String("created_with"), createdWith);
    json.insert(QLatin1String("workspace_id"), e.workspaceId);
    json.insert(QLatin1String("project_id"), JsonRead::toJson(e.projectId));
    json.insert(QLatin1String("task_id"), JsonRead::toJson(e.taskId));
    putIfSet(json, QLatin1String("description"), e.description);
    json.insert(QLatin1String("billable"), e.billable);
    json.insert(QLatin1String("start"), TrackTime::format(e.start));
    if (e.isRunning()) {
        json.insert(QLatin1String("duration"), -1);
    } else if (e.stop && e.stop->isValid()) {
        json.insert(QLatin1String("stop"), TrackTime::format(*e.stop));
        // whole seconds on both ends, so start + duration == stop exactly
        const QDateTime start = TrackTime::parse(TrackTime::format(e.start)).value_or(e.start);
        const QDateTime stop = TrackTime::parse(TrackTime::format(*e.stop)).value_or(*e.stop);
        json.insert(QLatin1String("duration"), start.secsTo(stop));
    } else {
        json.insert(QLatin1String("duration"), e.duration);
    }
    putIfSet(json, QLatin1String("tags"), e.tags);
    putIfSet(json, QLatin1String("tag_ids"), e.tagIds);
    return json;
}

} // namespace punchclock::TimeEntryJson
