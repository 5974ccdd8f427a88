// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/ReportsApi.h"

#include "app/api/TrackApi.h"
#include "app/track/ReportEntryJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace punchclock {

namespace {
std::optional<qint64> headerNumber(const ApiResponse &response, const QByteArray &name)
{
    bool ok = false;
    const qint64 value = response.header(name).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

ReportsApi::ReportsApi(TrackApi *track, QObject *parent)
    : ApiService(track->transport(), QStringLiteral("track"), QStringLiteral("/reports/api/v3"),
                 track->baseUrl(), parent),
      m_track(track)
{
}

QByteArray ReportsApi::authorization() const
{
    return m_track ? m_track->credentials().authorizationHeader() : QByteArray();
}

// The Track server may change (sign-in with --server): always the one TrackApi talks to.
void ReportsApi::followTrack()
{
    if (m_track && m_track->baseUrl() != baseUrl())
        setBaseUrl(m_track->baseUrl());
}

QByteArray ReportsApi::requestBody(const ReportsQuery &query, const std::optional<ReportsCursor> &from)
{
    QJsonObject body{
        {QStringLiteral("start_date"), query.startDate.toString(Qt::ISODate)},
        {QStringLiteral("end_date"), query.endDate.toString(Qt::ISODate)},
        {QStringLiteral("page_size"), query.pageSize},
        {QStringLiteral("grouped"), false},
        // Rounding follows the user's report settings unless told: the entries as tracked.
        {QStringLiteral("rounding"), 0},
        {QStringLiteral("rounding_minutes"), 0},
        {QStringLiteral("order_by"), QStringLiteral("date")},
        {QStringLiteral("order_dir"), QStringLiteral("DESC")},
    };
    if (!query.userIds.isEmpty()) {
        QJsonArray users;
        for (qint64 id : query.userIds)
            users.append(id);
        body.insert(QStringLiteral("user_ids"), users);
    }
    if (from) {
        if (from->firstId)
            body.insert(QStringLiteral("first_id"), *from->firstId);
        body.insert(QStringLiteral("first_row_number"), from->firstRowNumber);
        if (from->firstTimestamp)
            body.insert(QStringLiteral("first_timestamp"), *from->firstTimestamp);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<ReportsCursor> ReportsApi::nextCursor(const ApiResponse &response)
{
    const std::optional<qint64> row = headerNumber(response, "X-Next-Row-Number");
    if (!row)
        return std::nullopt;
    ReportsCursor cursor;
    cursor.firstRowNumber = *row;
    cursor.firstId = headerNumber(response, "X-Next-ID");
    cursor.firstTimestamp = headerNumber(response, "X-Next-Timestamp");
    return cursor;
}

void ReportsApi::searchTimeEntries(qint64 workspaceId, const ReportsQuery &query,
                                   const std::optional<ReportsCursor> &from, QObject *context,
                                   ApiCallback<ReportsPage> done)
{
    followTrack();
    ApiRequest req = request("POST", QStringLiteral("/workspace/%1/search/time_entries").arg(workspaceId), {},
                             requestBody(query, from));
    req.idempotent = true; // a search changes nothing: resend it like a GET
    call<ReportsPage>(req, context, std::move(done), [workspaceId](const ApiResponse &r) {
        QString error;
        std::optional<QList<TimeEntry>> entries =
            ReportEntryJson::entriesFromBody(r.body, workspaceId, &error);
        if (!entries)
            return ApiResult<ReportsPage>::failure(badResponse(r, error));
        return ApiResult<ReportsPage>::success(ReportsPage{std::move(*entries), nextCursor(r)});
    });
}

void ReportsApi::searchAllTimeEntries(qint64 workspaceId, const ReportsQuery &query, QObject *context,
                                      ApiCallback<QList<TimeEntry>> done)
{
    searchFrom(workspaceId, query, std::nullopt, {}, {}, context, std::move(done));
}

void ReportsApi::searchFrom(qint64 workspaceId, const ReportsQuery &query,
                            const std::optional<ReportsCursor> &from, QList<TimeEntry> collected,
                            QList<ReportsCursor> seen, QObject *context, ApiCallback<QList<TimeEntry>> done)
{
    searchTimeEntries(
        workspaceId, query, from, context,
        [self = QPointer<ReportsApi>(this), workspaceId, query, collected = std::move(collected),
         seen = std::move(seen), context = QPointer<QObject>(context), hasContext = context != nullptr,
         done = std::move(done)](ApiResult<ReportsPage> result) mutable {
            if (!result.ok()) {
                done(ApiResult<QList<TimeEntry>>::failure(*result.error));
                return;
            }
            const bool emptyPage = result.value->entries.isEmpty();
            collected.append(std::move(result.value->entries));
            const std::optional<ReportsCursor> next = result.value->next;
            if (!next) {
                done(ApiResult<QList<TimeEntry>>::success(std::move(collected)));
                return;
            }
            const auto fail = [&done](const QString &why) {
                done(ApiResult<QList<TimeEntry>>::failure(ApiError::make(
                    ApiError::Kind::BadResponse, QStringLiteral("Unexpected answer: %1").arg(why))));
            };
            if (emptyPage)
                return fail(QStringLiteral("an empty report page with a next page (row %1)")
                                .arg(next->firstRowNumber));
            if (seen.contains(*next))
                return fail(
                    QStringLiteral("the report search repeated a page (row %1)").arg(next->firstRowNumber));
            if (seen.size() + 1 >= kMaxPages)
                return fail(QStringLiteral("the report search did not end after %1 pages").arg(kMaxPages));
            if (!self || (hasContext && !context))
                return;
            seen.append(*next);
            self->searchFrom(workspaceId, query, next, std::move(collected), std::move(seen), context,
                             std::move(done));
        });
}

} // namespace punchclock
