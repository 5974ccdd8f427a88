// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/TimeEntryQuery.h"

#include "app/track/TrackTime.h"

namespace punchclock {

namespace {
void addFlags(QUrlQuery &q, bool meta, bool includeSharing)
{
    if (meta)
        q.addQueryItem(QStringLiteral("meta"), QStringLiteral("true"));
    if (includeSharing)
        q.addQueryItem(QStringLiteral("include_sharing"), QStringLiteral("true"));
}

// RFC 3339 in a query: a '+' would read as a space, so always write UTC with Z.
QString encodeTime(const QDateTime &t)
{
    return TrackTime::format(t);
}
} // namespace

QUrlQuery TimeEntryQuery::toUrlQuery() const
{
    QUrlQuery q;
    if (since)
        q.addQueryItem(QStringLiteral("since"), QString::number(since->toSecsSinceEpoch()));
    if (before)
        q.addQueryItem(QStringLiteral("before"), encodeTime(*before));
    if (startDate)
        q.addQueryItem(QStringLiteral("start_date"), encodeTime(*startDate));
    if (endDate)
        q.addQueryItem(QStringLiteral("end_date"), encodeTime(*endDate));
    addFlags(q, meta, includeSharing);
    return q;
}

QUrlQuery ReadOptions::toUrlQuery() const
{
    QUrlQuery q;
    addFlags(q, meta, includeSharing);
    return q;
}

} // namespace punchclock
