// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/Workspace.h"

#include "app/track/JsonRead.h"

namespace punchclock {

using namespace JsonRead;

Workspace Workspace::fromJson(const QJsonObject &json)
{
    Workspace w;
    w.id = integer(json, QLatin1String("id"));
    w.organizationId = optInt(json, QLatin1String("organization_id"));
    w.name = string(json, QLatin1String("name"));
    w.premium = boolean(json, QLatin1String("premium"));
    w.admin = boolean(json, QLatin1String("admin"));
    return w;
}

QJsonObject Workspace::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("organization_id"), JsonRead::toJson(organizationId)},
            {QLatin1String("name"), name},
            {QLatin1String("premium"), premium},
            {QLatin1String("admin"), admin}};
}

QList<Workspace> Workspace::listFromJson(const QJsonArray &json)
{
    QList<Workspace> out;
    for (const QJsonValue &v : json)
        if (v.isObject())
            out.append(fromJson(v.toObject()));
    return out;
}

} // namespace punchclock
