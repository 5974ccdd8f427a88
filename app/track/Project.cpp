// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/Project.h"

#include "app/track/JsonRead.h"

namespace punchclock {

using namespace JsonRead;

Project Project::fromJson(const QJsonObject &json)
{
    Project p;
    p.id = integer(json, QLatin1String("id"));
    p.workspaceId = optInt(json, QLatin1String("workspace_id"), QLatin1String("wid")).value_or(0);
    p.clientId = optInt(json, QLatin1String("client_id"), QLatin1String("cid"));
    p.name = string(json, QLatin1String("name"));
    p.color = string(json, QLatin1String("color"));
    p.active = boolean(json, QLatin1String("active"), true);
    p.billable = boolean(json, QLatin1String("billable"));
    return p;
}

QJsonObject Project::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("workspace_id"), workspaceId},
            {QLatin1String("client_id"), JsonRead::toJson(clientId)},
            {QLatin1String("name"), name},
            {QLatin1String("color"), color},
            {QLatin1String("active"), active},
            {QLatin1String("billable"), billable}};
}

QList<Project> Project::listFromJson(const QJsonArray &json)
{
    QList<Project> out;
    for (const QJsonValue &v : json)
        if (v.isObject())
            out.append(fromJson(v.toObject()));
    return out;
}

} // namespace punchclock
