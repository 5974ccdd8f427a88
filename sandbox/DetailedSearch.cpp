// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DetailedSearch.h"

#include <QJsonArray>

#include <algorithm>
#include <tuple>

#include "sandbox/JsonValues.h"
#include "sandbox/TimeFormat.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

bool listed(const std::optional<QList<qint64>> &filter, qint64 id)
{
    return !filter || filter->contains(id);
}

// Entries that share these make one row when the search is `grouped`.
auto groupKey(const TimeEntryRecord &e)
{
    QList<qint64> tags = e.tagIds;
    std::sort(tags.begin(), tags.end());
    return std::make_tuple(e.userId, e.projectId, e.taskId, e.description, e.billable, tags);
}

} // namespace

DetailedSearch::DetailedSearch(const TrackStore &store, qint64 workspaceId, const DetailedQuery &query)
    : m_store(store), m_workspaceId(workspaceId), m_query(query), m_zone(store.userTimeZone())
{
}

bool DetailedSearch::matches(const TimeEntryRecord &e) const
{
    const DetailedQuery &q = m_query;
    // Finished entries only: a report holds tracked time (the running one is /me/time_entries/current).
    if (e.workspaceId != m_workspaceId || e.deleted() || e.running())
        return false;
    const QDate day = e.start.toTimeZone(m_zone).date();
    if (day < q.startDate || day > q.endDate)
        return false;
    const ProjectRecord *project = m_store.project(e.projectId);
    QList<qint64> tags;
    for (qint64 id : e.tagIds) {
        if (m_store.tag(id))
            tags.append(id);
    }
    const bool tagMatch =
        !q.tagIds || (tags.isEmpty() && q.tagIds->contains(0)) ||
        std::any_of(tags.cbegin(), tags.cend(), [&q](qint64 id) { return q.tagIds->contains(id); });
    return listed(q.projectIds, e.projectId) && listed(q.clientIds, project ? project->clientId : 0) &&
           tagMatch && listed(q.taskIds, e.taskId) && listed(q.userIds, e.userId) &&
           listed(q.timeEntryIds, e.id) &&
           (q.description.isEmpty() || e.description.contains(q.description, Qt::CaseInsensitive)) &&
           (!q.billable || e.billable == *q.billable) &&
           (!q.minDurationSeconds || e.seconds() >= *q.minDurationSeconds) &&
           (!q.maxDurationSeconds || e.seconds() <= *q.maxDurationSeconds);
}

bool DetailedSearch::before(const TimeEntryRecord &a, const TimeEntryRecord &b) const
{
    // The order_by key, then the start, then the ID, all in order_dir.
    const auto key = [this](const TimeEntryRecord &e) {
        qint64 number = 0;
        QString text;
        switch (m_query.order) {
        case DetailedQuery::Order::Date:
            break;
        case DetailedQuery::Order::User:
            text = m_store.user().fullname.toLower();
            break;
        case DetailedQuery::Order::Duration:
            number = e.seconds();
            break;
        case DetailedQuery::Order::Description:
            text = e.description.toLower();
            break;
        case DetailedQuery::Order::LastUpdate:
            number = e.at.toSecsSinceEpoch();
            break;
        }
        return std::make_tuple(number, text, e.start.toSecsSinceEpoch(), e.id);
    };
    return m_query.descending ? key(b) < key(a) : key(a) < key(b);
}

QList<DetailedSearch::Row> DetailedSearch::rows() const
{
    QList<const TimeEntryRecord *> picked;
    for (const TimeEntryRecord &e : m_store.entries()) {
        if (matches(e))
            picked.append(&e);
    }
    std::sort(picked.begin(), picked.end(),
              [this](const TimeEntryRecord *a, const TimeEntryRecord *b) { return before(*a, *b); });
    QList<Row> out;
    for (const TimeEntryRecord *e : picked) {
        // A group takes its place from its first entry in this order.
        const auto alike = [e](const Row &row) { return groupKey(*row.first()) == groupKey(*e); };
        auto it = m_query.grouped ? std::find_if(out.begin(), out.end(), alike) : out.end();
        if (it == out.end())
            out.append(Row{e});
        else
            it->append(e);
    }
    return out;
}

// Where the page starts: at the keyset cursor (first_timestamp, first_id) when there is one, a row
// whose first entry is at or past it in the answer's order (a missing part counts as 0, so
// first_id without first_timestamp finds nothing in the newest-first order, as recorded from the
// real service); else at first_row_number.
qsizetype DetailedSearch::firstRowIndex(const QList<Row> &rows) const
{
    if (m_query.hasCursor()) {
        const auto cursor = std::make_pair(m_query.firstTimestamp, m_query.firstId);
        const auto reached = [this, cursor](const Row &row) {
            const auto lead = std::make_pair(row.first()->start.toSecsSinceEpoch(), row.first()->id);
            return m_query.descending ? lead <= cursor : lead >= cursor;
        };
        return std::find_if(rows.cbegin(), rows.cend(), reached) - rows.cbegin();
    }
    return m_query.firstRowNumber > 0 ? qsizetype(m_query.firstRowNumber - 1) : 0;
}

QJsonObject DetailedSearch::rowJson(const Row &row, qsizetype rowNumber) const
{
    const TimeEntryRecord &lead = *row.first();
    const ProjectRecord *project = m_store.project(lead.projectId);
    QJsonObject o;
    o[u"user_id"_s] = lead.userId;
    o[u"username"_s] = m_store.user().fullname;
    o[u"project_id"_s] = JsonValues::idOrNull(lead.projectId);
    o[u"task_id"_s] = JsonValues::idOrNull(lead.taskId);
    o[u"billable"_s] = lead.billable;
    o[u"description"_s] = lead.description;
    QJsonArray tagIds, tagNames;
    for (qint64 id : lead.tagIds) {
        if (const TagRecord *t = m_store.tag(id)) {
            tagIds.append(id);
            tagNames.append(t->name);
        }
    }
    o[u"tag_ids"_s] = tagIds;
    o[u"hourly_rate_in_cents"_s] = QJsonValue(QJsonValue::Null); // no rates in the sandbox
    o[u"billable_amount_in_cents"_s] = QJsonValue(QJsonValue::Null);
    o[u"currency"_s] = u"EUR"_s; // the workspaces' default_currency
    o[u"row_number"_s] = qint64(rowNumber);
    QJsonArray entries;
    for (const TimeEntryRecord *e : row) {
        entries.append(QJsonObject{{u"id"_s, e->id},
                                   {u"seconds"_s, e->seconds()},
                                   {u"start"_s, TimeFormat::inZone(e->start, m_zone)},
                                   {u"stop"_s, TimeFormat::inZone(e->stop, m_zone)},
                                   {u"at"_s, TimeFormat::inZone(e->at, m_zone)}});
    }
    o[u"time_entries"_s] = entries;
    if (m_query.enrich) {
        const ClientRecord *client = project ? m_store.client(project->clientId) : nullptr;
        const QJsonValue none(QJsonValue::Null);
        o[u"project_name"_s] = project ? QJsonValue(project->name) : none;
        o[u"project_color"_s] = project ? QJsonValue(project->color) : none;
        o[u"project_hex"_s] = project ? QJsonValue(project->color) : none;
        o[u"client_name"_s] = client ? QJsonValue(client->name) : none;
        o[u"task_name"_s] = QJsonValue(QJsonValue::Null);
        o[u"tag_names"_s] = tagNames;
        o[u"email"_s] = m_store.user().email;
        o[u"toggl_accounts_id"_s] = QString(u"sbx-"_s + QString::number(lead.userId));
    }
    return o;
}

HttpReply DetailedSearch::answer() const
{
    const QList<Row> all = rows();
    const qsizetype first = std::min(firstRowIndex(all), all.size());
    const qsizetype end = std::min(first + qsizetype(m_query.pageSize), all.size());
    QJsonArray page;
    for (qsizetype i = first; i < end; ++i)
        page.append(rowJson(all.at(i), i + 1));

    HttpReply reply = HttpReply::json(200, page);
    if (end < all.size()) {
        const TimeEntryRecord &next = *all.at(end).first();
        reply.setHeader("X-Next-ID"_ba, QByteArray::number(next.id));
        reply.setHeader("X-Next-Row-Number"_ba, QByteArray::number(end + 1));
        reply.setHeader("X-Next-Timestamp"_ba, QByteArray::number(next.start.toSecsSinceEpoch()));
    }
    reply.setHeader("X-Page-Size"_ba, QByteArray::number(m_query.pageSize));
    reply.setHeader("X-Range-Start"_ba, m_query.startDate.toString(Qt::ISODate).toLatin1());
    reply.setHeader("X-Range-End"_ba, m_query.endDate.toString(Qt::ISODate).toLatin1());
    return reply;
}

} // namespace sandbox
