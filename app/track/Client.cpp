// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/Client.h"

#include "app/track/JsonRead.h"

namespace punchclock {

using namespace JsonRead;

Client Client::fromJson(const QJsonObject &json)
{
    Client c;
    c.id = integer(json, QLatin1String("id"));
    c.workspaceId = optInt(json, QLatin1String("workspace_id"), QLatin1String("wid")).value_or(0);
    c.name = string(json, QLatin1String("name"));
    c.archived = boolean(json, QLatin1String("archived"));
    return c;
}

QJsonObject Client::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("workspace_id"), workspaceId},
            {QLatin1String("name"), name},
            {QLatin1String("archived"), archived}};
}

QList<Client> Client::listFromJson(const QJsonArray &json)
{
    QList<Client> out;
    for (const QJsonValue &v : json)
        if (v.isObject())
            out.append(fromJson(v.toObject()));
    return out;
}

} // namespace punchclock
