// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/RelatedData.h"

#include "app/track/JsonRead.h"
#include "app/track/TimeEntryJson.h"

namespace punchclock {

RelatedData RelatedData::fromJson(const QJsonObject &json)
{
    RelatedData d;
    d.me = Me::fromJson(json);
    d.workspaces = Workspace::listFromJson(JsonRead::array(json, QLatin1String("workspaces")));
    d.projects = Project::listFromJson(JsonRead::array(json, QLatin1String("projects")));
    d.tags = Tag::listFromJson(JsonRead::array(json, QLatin1String("tags")));
    d.clients = Client::listFromJson(JsonRead::array(json, QLatin1String("clients")));
    d.timeEntries = TimeEntryJson::listFromJson(JsonRead::array(json, QLatin1String("time_entries")));
    return d;
}

} // namespace punchclock
