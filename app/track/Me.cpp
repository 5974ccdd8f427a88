// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/Me.h"

#include "app/track/JsonRead.h"

namespace punchclock {

using namespace JsonRead;

Me Me::fromJson(const QJsonObject &json)
{
    Me me;
    me.id = integer(json, QLatin1String("id"));
    me.fullname = string(json, QLatin1String("fullname"));
    me.email = string(json, QLatin1String("email"));
    me.timezone = string(json, QLatin1String("timezone"));
    me.defaultWorkspaceId = optInt(json, QLatin1String("default_workspace_id"));
    me.beginningOfWeek = static_cast<int>(integer(json, QLatin1String("beginning_of_week"), 1));
    me.apiToken = string(json, QLatin1String("api_token"));
    return me;
}

QJsonObject Me::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("fullname"), fullname},
            {QLatin1String("email"), email},
            {QLatin1String("timezone"), timezone},
            {QLatin1String("default_workspace_id"), JsonRead::toJson(defaultWorkspaceId)},
            {QLatin1String("beginning_of_week"), beginningOfWeek},
            {QLatin1String("api_token"), apiToken}};
}

} // namespace punchclock
