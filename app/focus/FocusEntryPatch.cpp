// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/focus/FocusEntryPatch.h"

#include "app/track/JsonRead.h"

namespace punchclock {

QJsonObject FocusEntryPatch::toJson(bool withId) const
{
    QJsonObject o;
    if (withId)
        o.insert(QLatin1String("id"), id);
    if (start)
        o.insert(QLatin1String("start"), JsonRead::toJson(start)); // an invalid time clears it
    if (duration)
        o.insert(QLatin1String("duration"), *duration);
    if (taskId)
        o.insert(QLatin1String("task_id"), *taskId);
    if (timeBlockId)
        o.insert(QLatin1String("time_block_id"), *timeBlockId);
    if (type)
        o.insert(QLatin1String("type"), *type);
    if (description)
        o.insert(QLatin1String("description"), *description);
    return o;
}

} // namespace punchclock
