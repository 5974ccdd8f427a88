// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// The body of a Reports API v3 detailed search (POST /reports/api/v3/workspace/{wid}/search/
// time_entries), read and checked. README.md, "Reports API v3", says which fields count and how;
// the others (rounding, group_ids, ...) are accepted and ignored.
struct DetailedQuery
{
    enum class Order
    {
        Date,
        User,
        Duration,
        Description,
        LastUpdate
    };

    static constexpr int defaultPageSize = 50;
    static constexpr int maxPageSize = 1000;
    static constexpr int maxRangeDays = 366; // a longer range is cut; X-Range-End says where

    QDate startDate; // inclusive, days in the user's time zone
    QDate endDate;   // inclusive
    int pageSize = defaultPageSize;
    qint64 firstRowNumber = 0; // 0: not given (as each first_* below: 0 is Go's "unset")
    qint64 firstId = 0;
    qint64 firstTimestamp = 0; // Unix seconds
    Order order = Order::Date;
    bool descending = true;
    bool grouped = false;
    bool enrich = false;
    QString description; // case-insensitive substring
    std::optional<bool> billable;
    std::optional<qint64> minDurationSeconds;
    std::optional<qint64> maxDurationSeconds;
    // ID filters: nullopt = any; a 0 in the list stands for JSON null ("without one").
    std::optional<QList<qint64>> projectIds, clientIds, tagIds, taskIds, userIds, timeEntryIds;

    // The keyset cursor (first_id / first_timestamp) only means something in date order.
    bool hasCursor() const { return order == Order::Date && (firstId > 0 || firstTimestamp > 0); }

    // Reads `body` (dates relative to `today`, the user's today); nullopt with *error set when it
    // is not a valid search (answered 400 with that message).
    static std::optional<DetailedQuery> read(const QJsonObject &body, QDate today, QString *error);
};

} // namespace sandbox
