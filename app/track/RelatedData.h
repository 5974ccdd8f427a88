#pragma once

#include "track/Client.h"
#include "track/Me.h"
#include "track/Project.h"
#include "track/Tag.h"
#include "track/TimeEntry.h"
#include "track/Workspace.h"

#include <QJsonObject>
#include <QList>

namespace punchclock {

// GET /api/v9/me?with_related_data=true: the user plus what the pickers need. Related arrays may
// be omitted (real answers) or null (the pages): both read as empty.
struct RelatedData
{
    Me me;
    QList<Workspace> workspaces;
    QList<Project> projects;
    QList<Tag> tags;
    QList<Client> clients;
    QList<TimeEntry> timeEntries;

    static RelatedData fromJson(const QJsonObject &json);

    friend bool operator==(const RelatedData &, const RelatedData &) = default;
};

} // namespace punchclock
