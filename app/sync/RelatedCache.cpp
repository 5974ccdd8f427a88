// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/RelatedCache.h"

#include "app/focus/FocusJson.h"
#include "app/sync/LocalStore.h"
#include "app/track/JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace punchclock {

namespace {
const QString kTrack = QStringLiteral("track_related");
const QString kFocusTasks = QStringLiteral("focus_tasks");

template<class T> QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}
} // namespace

std::optional<QJsonObject> RelatedCache::load(const QString &list) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT json FROM related_cache WHERE list = ?"));
    q.addBindValue(list);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

bool RelatedCache::save(const QString &list, const QJsonObject &json)
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO related_cache (list, json, saved_at) VALUES (?, ?, ?)"));
    q.addBindValue(list);
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec();
}

std::optional<RelatedData> RelatedCache::loadTrack() const
{
    const std::optional<QJsonObject> json = load(kTrack);
    if (!json)
        return std::nullopt;
    return RelatedData::fromJson(*json);
}

bool RelatedCache::saveTrack(const RelatedData &data)
{
    QJsonObject json = data.me.toJson();
    json.remove(QLatin1String("api_token")); // a secret: only ever in the keychain
    json.insert(QLatin1String("workspaces"), arrayOf(data.workspaces));
    json.insert(QLatin1String("projects"), arrayOf(data.projects));
    json.insert(QLatin1String("tags"), arrayOf(data.tags));
    json.insert(QLatin1String("clients"), arrayOf(data.clients));
    return save(kTrack, json);
}

std::optional<QList<FocusTask>> RelatedCache::loadFocusTasks(qint64 organizationId) const
{
    const std::optional<QJsonObject> json = load(kFocusTasks);
    if (!json ||
        (organizationId != 0 && json->value(QLatin1String("organization_id")).toInteger() != organizationId))
        return std::nullopt;
    QList<FocusTask> tasks;
    for (const QJsonValue &v : json->value(QLatin1String("tasks")).toArray())
        tasks.append(FocusJson::taskFromJson(v.toObject()));
    return tasks;
}

bool RelatedCache::saveFocusTasks(qint64 organizationId, const QList<FocusTask> &tasks)
{
    QJsonArray array;
    for (const FocusTask &t : tasks)
        array.append(taskToJson(t));
    return save(kFocusTasks,
                {{QLatin1String("organization_id"), organizationId}, {QLatin1String("tasks"), array}});
}

QJsonObject RelatedCache::taskToJson(const FocusTask &t)
{
    QJsonObject o{{QLatin1String("id"), t.id},
                  {QLatin1String("workspace_id"), t.workspaceId},
                  {QLatin1String("name"), t.name},
                  {QLatin1String("status_id"), t.statusId},
                  {QLatin1String("status"), QJsonObject{{QLatin1String("id"), t.statusId},
                                                        {QLatin1String("name"), t.statusName},
                                                        {QLatin1String("type"), t.statusType}}},
                  {QLatin1String("project_id"), JsonRead::toJson(t.projectId)},
                  {QLatin1String("priority"), t.priority},
                  {QLatin1String("estimated_mins"), JsonRead::toJson(t.estimatedMins)},
                  {QLatin1String("total_tracked_time"), t.trackedSeconds},
                  {QLatin1String("position"), t.position},
                  {QLatin1String("pinned"), t.pinned},
                  {QLatin1String("archived_at"), JsonRead::toJson(t.archivedAt)}};
    if (t.projectId)
        o.insert(QLatin1String("project"), QJsonObject{{QLatin1String("id"), *t.projectId},
                                                       {QLatin1String("name"), t.projectName},
                                                       {QLatin1String("color"), t.projectColor}});
    return o;
}

} // namespace punchclock
