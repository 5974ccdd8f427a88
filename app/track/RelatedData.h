// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/Client.h"
#include "app/track/Me.h"
#include "app/track/Project.h"
#include "app/track/Tag.h"
#include "app/track/TimeEntry.h"
#include "app/track/Workspace.h"

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
