// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QSet>
#include <QString>

namespace punchclock {

// Which entries a report counts. Each set left empty lets every entry through; a filled one lets
// through the entries that match one of its values. All three must let an entry through.
struct ReportFilter
{
    static constexpr qint64 kNoProject = 0; // in `projectIds`: entries without a project

    QSet<qint64> projectIds; // project IDs, kNoProject for entries without one
    QSet<QString> clients;   // client names, an empty name for entries without a client
    QSet<QString> tags;      // tag names: entries with at least one of them

    bool isEmpty() const { return projectIds.isEmpty() && clients.isEmpty() && tags.isEmpty(); }
    bool accepts(const TimeEntry &entry) const;

    friend bool operator==(const ReportFilter &, const ReportFilter &) = default;
};

} // namespace punchclock
