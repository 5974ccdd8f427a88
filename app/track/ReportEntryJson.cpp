// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/ReportEntryJson.h"

#include "app/track/JsonRead.h"
#include "app/track/TrackTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace punchclock::ReportEntryJson {

using namespace JsonRead;

QList<TimeEntry> entriesFromRow(const QJsonObject &row, qint64 workspaceId)
{
    TimeEntry shared;
    shared.workspaceId = workspaceId;
    shared.projectId = optInt(row, QLatin1String("project_id"));
    shared.taskId = optInt(row, QLatin1String("task_id"));
    shared.userId = integer(row, QLatin1String("user_id"));
    shared.description = optString(row, QLatin1String("description"));
    shared.billable = boolean(row, QLatin1String("billable"));
    shared.tagIds = optIntList(row, QLatin1String("tag_ids"));
    shared.tags = optStringList(row, QLatin1String("tag_names"));
    shared.duronly = false;
    shared.userName = optString(row, QLatin1String("username"));
    shared.projectName = optString(row, QLatin1String("project_name"));
    shared.projectColor = optString(row, QLatin1String("project_color"));
    if (!shared.projectColor)
        shared.projectColor = optString(row, QLatin1String("project_hex"));
    shared.clientName = optString(row, QLatin1String("client_name"));
    shared.taskName = optString(row, QLatin1String("task_name"));

    QList<TimeEntry> entries;
    const QJsonArray items = array(row, QLatin1String("time_entries"));
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        TimeEntry e = shared;
        e.id = integer(item, QLatin1String("id"));
        const std::optional<QDateTime> start = optTime(item, QLatin1String("start"));
        if (e.id <= 0 || !start)
            continue;
        e.start = TrackTime::utcFromSecs(start->toSecsSinceEpoch());
        e.stop = optTime(item, QLatin1String("stop"));
        if (e.stop) {
            e.stop = TrackTime::utcFromSecs(e.stop->toSecsSinceEpoch());
            e.duration = e.start.secsTo(*e.stop);
        } else {
            e.duration = -e.start.toSecsSinceEpoch(); // no stop: the entry runs
        }
        e.at = optTime(item, QLatin1String("at"));
        entries.append(std::move(e));
    }
    return entries;
}

std::optional<QList<TimeEntry>> entriesFromBody(const QByteArray &body, qint64 workspaceId, QString *error)
{
    if (body.trimmed() == "null")
        return QList<TimeEntry>();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isArray()) {
        *error = QStringLiteral("expected a JSON array of report rows");
        return std::nullopt;
    }
    QList<TimeEntry> entries;
    const QJsonArray rows = doc.array();
    for (const QJsonValue &row : rows) {
        if (row.isObject())
            entries.append(entriesFromRow(row.toObject(), workspaceId));
    }
    return entries;
}

} // namespace punchclock::ReportEntryJson
