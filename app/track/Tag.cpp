// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/Tag.h"

#include "app/track/JsonRead.h"

namespace punchclock {

using namespace JsonRead;

Tag Tag::fromJson(const QJsonObject &json)
{
    Tag t;
    t.id = integer(json, QLatin1String("id"));
    t.workspaceId = optInt(json, QLatin1String("workspace_id"), QLatin1String("wid")).value_or(0);
    t.name = string(json, QLatin1String("name"));
    return t;
}

QJsonObject Tag::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("workspace_id"), workspaceId},
            {QLatin1String("name"), name}};
}

QList<Tag> Tag::listFromJson(const QJsonArray &json)
{
    QList<Tag> out;
    for (const QJsonValue &v : json)
        if (v.isObject())
            out.append(fromJson(v.toObject()));
    return out;
}

} // namespace punchclock
