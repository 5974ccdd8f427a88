// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/ReportFilter.h"

namespace punchclock {

bool ReportFilter::accepts(const TimeEntry &entry) const
{
    if (!projectIds.isEmpty() && !projectIds.contains(entry.projectId.value_or(kNoProject)))
        return false;
    if (!clients.isEmpty() &&
        !clients.contains(entry.projectId ? entry.clientName.value_or(QString()) : QString()))
        return false;
    if (!tags.isEmpty()) {
        if (!entry.tags)
            return false;
        for (const QString &tag : *entry.tags) {
            if (tags.contains(tag))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace punchclock
