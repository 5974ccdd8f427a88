// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

#include "sandbox/Paging.h"
#include "sandbox/SortOrder.h"

namespace sandbox {

// The query parameters of a Focus list (filters, order, page). Each reader that finds a bad value
// says why in error(), a later complaint replacing an earlier one; absent or empty values are nullopt.
class QueryParams
{
public:
    explicit QueryParams(const QUrlQuery &query) : m_query(query) {}

    QString error() const { return m_error; }
    bool has(const QString &name) const; // present, even empty
    QString text(const QString &name) const;
    QStringList csv(const QString &name) const; // every value of a CSV (and repeatable) parameter

    std::optional<bool> boolean(const QString &name);
    std::optional<qint64> id(const QString &name);
    std::optional<QDateTime> time(const QString &name); // required
    std::optional<QString> oneOf(const QString &name, const QStringList &allowed, const QString &complaint);
    // CSV ID filter; `?name=` (empty) selects records without one (ID 0).
    std::optional<QList<qint64>> idFilter(const QString &name);
    // order_by: a CSV of keys, each optionally prefixed with '-' (descending: true).
    std::optional<SortOrder> order(const QStringList &allowed, const QString &fallback);
    // page / per_page: positive integers, per_page at most Paging::maxPerPage.
    std::optional<Paging> page();

private:
    QUrlQuery m_query;
    QString m_error;
};

} // namespace sandbox
