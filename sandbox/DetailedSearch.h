// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include "sandbox/DetailedQuery.h"
#include "sandbox/HttpReply.h"

namespace sandbox {

class TrackStore;
struct TimeEntryRecord;

// Runs a Reports API v3 detailed search over the store: the workspace's finished entries in the
// query's days, filtered, sorted, grouped into rows and cut into one page, with the paging headers
// (X-Next-ID, X-Next-Row-Number, X-Next-Timestamp, X-Page-Size, X-Range-Start, X-Range-End).
class DetailedSearch
{
public:
    DetailedSearch(const TrackStore &store, qint64 workspaceId, const DetailedQuery &query);

    HttpReply answer() const;

private:
    using Row = QList<const TimeEntryRecord *>; // one entry, or a group of alike ones (grouped)

    QList<Row> rows() const;
    bool matches(const TimeEntryRecord &e) const;
    bool before(const TimeEntryRecord &a, const TimeEntryRecord &b) const; // in the answer's order
    qsizetype firstRowIndex(const QList<Row> &rows) const;
    QJsonObject rowJson(const Row &row, qsizetype rowNumber) const;

    const TrackStore &m_store;
    qint64 m_workspaceId;
    DetailedQuery m_query;
    QTimeZone m_zone;
};

} // namespace sandbox
