// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DetailedQuery.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>

#include "sandbox/TimeFormat.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// Reads the fields of one body; the first complaint stays in `error`.
class BodyReader
{
public:
    explicit BodyReader(const QJsonObject &body) : m_body(body) {}

    QString error;

    std::optional<QDate> date(const QString &name)
    {
        const QJsonValue v = m_body.value(name);
        if (absent(v))
            return std::nullopt;
        const auto date = v.isString() ? TimeFormat::parseDate(v.toString()) : std::nullopt;
        if (!date)
            complain(u"Invalid '%1' value, expected a date like 2006-01-02"_s.arg(name));
        return date;
    }

    // A whole number >= 0 (absent or null: `fallback`).
    qint64 count(const QString &name, qint64 fallback)
    {
        const QJsonValue v = m_body.value(name);
        if (absent(v))
            return fallback;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9e15) {
            complain(u"Invalid '%1' value, expected a non-negative integer"_s.arg(name));
            return fallback;
        }
        return qint64(d);
    }

    std::optional<bool> flag(const QString &name)
    {
        const QJsonValue v = m_body.value(name);
        if (absent(v))
            return std::nullopt;
        if (!v.isBool())
            complain(u"Invalid '%1' value, expected true or false"_s.arg(name));
        return v.toBool();
    }

    QString text(const QString &name)
    {
        const QJsonValue v = m_body.value(name);
        if (absent(v))
            return {};
        if (!v.isString())
            complain(u"Invalid '%1' value, expected a string"_s.arg(name));
        return v.toString();
    }

    // One of `allowed` (compared ignoring case); absent: `fallback`.
    QString choice(const QString &name, const QStringList &allowed, const QString &fallback)
    {
        const QJsonValue v = m_body.value(name);
        if (absent(v))
            return fallback;
        for (const QString &a : allowed) {
            if (v.isString() && v.toString().compare(a, Qt::CaseInsensitive) == 0)
                return a;
        }
        complain(u"Invalid '%1' value, allowed values are: '%2'"_s.arg(name, allowed.join(u"', '"_s)));
        return fallback;
    }

    // An array of IDs, where null stands for "none" (kept as 0).
    std::optional<QList<qint64>> ids(const QString &name)
    {
        const QJsonValue v = m_body.value(name);
        if (absent(v))
            return std::nullopt;
        QList<qint64> out;
        bool ok = v.isArray();
        for (const QJsonValue &item : v.toArray()) {
            if (item.isNull()) {
                out.append(0);
            } else if (item.isDouble() && item.toDouble() >= 1 &&
                       item.toDouble() == std::floor(item.toDouble())) {
                out.append(item.toInteger());
            } else {
                ok = false;
            }
        }
        if (!ok)
            complain(u"Invalid '%1' value, expected an array of IDs (null for none)"_s.arg(name));
        return out;
    }

private:
    void complain(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    const QJsonObject &m_body;
};

} // namespace

std::optional<DetailedQuery> DetailedQuery::read(const QJsonObject &body, QDate today, QString *error)
{
    if (body.isEmpty()) {
        *error = u"At least one parameter must be set"_s;
        return std::nullopt;
    }
    BodyReader in(body);
    DetailedQuery q;

    const auto start = in.date(u"start_date"_s);
    const auto end = in.date(u"end_date"_s);
    if (!start && in.error.isEmpty())
        in.error = u"start_date is required, a date like 2006-01-02"_s;
    if (start) {
        q.startDate = *start;
        q.endDate = end.value_or(std::max(today, *start));
        if (q.endDate < q.startDate && in.error.isEmpty())
            in.error = u"end_date must not be earlier than start_date"_s;
        if (q.startDate.daysTo(q.endDate) >= maxRangeDays)
            q.endDate = q.startDate.addDays(maxRangeDays - 1);
    }

    const qint64 pageSize = in.count(u"page_size"_s, 0);
    q.pageSize = pageSize == 0 ? defaultPageSize : int(std::min<qint64>(pageSize, maxPageSize));
    q.firstRowNumber = in.count(u"first_row_number"_s, 0);
    q.firstId = in.count(u"first_id"_s, 0);
    q.firstTimestamp = in.count(u"first_timestamp"_s, 0);

    const QStringList orders{u"date"_s, u"user"_s, u"duration"_s, u"description"_s, u"last_update"_s};
    q.order = Order(orders.indexOf(in.choice(u"order_by"_s, orders, u"date"_s)));
    q.descending = in.choice(u"order_dir"_s, {u"ASC"_s, u"DESC"_s}, u"DESC"_s) == u"DESC"_s;

    q.grouped = in.flag(u"grouped"_s).value_or(false);
    q.enrich = in.flag(u"enrich_response"_s).value_or(false);
    in.flag(u"hide_amounts"_s); // checked, no amounts to hide
    q.billable = in.flag(u"billable"_s);
    q.description = in.text(u"description"_s);
    if (body.contains(u"min_duration_seconds"_s))
        q.minDurationSeconds = in.count(u"min_duration_seconds"_s, 0);
    if (body.contains(u"max_duration_seconds"_s))
        q.maxDurationSeconds = in.count(u"max_duration_seconds"_s, 0);
    if (q.minDurationSeconds && q.maxDurationSeconds && *q.maxDurationSeconds < *q.minDurationSeconds &&
        in.error.isEmpty())
        in.error = u"max_duration_seconds must not be less than min_duration_seconds"_s;

    q.projectIds = in.ids(u"project_ids"_s);
    q.clientIds = in.ids(u"client_ids"_s);
    q.tagIds = in.ids(u"tag_ids"_s);
    q.taskIds = in.ids(u"task_ids"_s);
    q.userIds = in.ids(u"user_ids"_s);
    q.timeEntryIds = in.ids(u"time_entry_ids"_s);

    if (!in.error.isEmpty()) {
        *error = in.error;
        return std::nullopt;
    }
    return q;
}

} // namespace sandbox
