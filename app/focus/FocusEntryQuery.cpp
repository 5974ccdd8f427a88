// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/focus/FocusEntryQuery.h"

#include "app/track/TrackTime.h"

namespace punchclock {

QUrlQuery FocusEntryQuery::toUrlQuery(int page) const
{
    QUrlQuery q;
    auto add = [&q](const char *key, const QString &value) { q.addQueryItem(QLatin1String(key), value); };
    if (dateFrom)
        add("date_from", TrackTime::format(*dateFrom));
    if (dateTo)
        add("date_to", TrackTime::format(*dateTo));
    if (taskId)
        add("task_id", QString::number(*taskId));
    if (statusId)
        add("status_id", QString::number(*statusId));
    if (timeBlockId)
        add("time_block_id", QString::number(*timeBlockId));
    if (type)
        add("type", *type);
    if (archived)
        add("archived", *archived ? QStringLiteral("true") : QStringLiteral("false"));
    if (includeTaskless)
        add("include_taskless", *includeTaskless ? QStringLiteral("true") : QStringLiteral("false"));
    if (!orderBy.isEmpty())
        add("order_by", orderBy.join(QLatin1Char(',')));
    if (page > 0) {
        add("page", QString::number(page));
        add("per_page", QString::number(perPage));
    }
    return q;
}

} // namespace punchclock
