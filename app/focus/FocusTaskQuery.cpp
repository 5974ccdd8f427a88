// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/focus/FocusTaskQuery.h"

#include "app/track/JoinIds.h"

namespace punchclock {

QUrlQuery FocusTaskQuery::toUrlQuery(int page) const
{
    QUrlQuery q;
    if (archived)
        q.addQueryItem(QStringLiteral("archived"),
                       *archived ? QStringLiteral("true") : QStringLiteral("false"));
    if (pinned)
        q.addQueryItem(QStringLiteral("pinned"), *pinned ? QStringLiteral("true") : QStringLiteral("false"));
    if (!statusIds.isEmpty())
        q.addQueryItem(QStringLiteral("status_id"), joinIds(statusIds));
    if (!projectIds.isEmpty())
        q.addQueryItem(QStringLiteral("project_id"), joinIds(projectIds));
    if (!name.isEmpty())
        q.addQueryItem(QStringLiteral("name"), name);
    if (!orderBy.isEmpty())
        q.addQueryItem(QStringLiteral("order_by"), orderBy.join(QLatin1Char(',')));
    if (page > 0) {
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    }
    return q;
}

} // namespace punchclock
