// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/FocusApi.h"

#include "app/api/ApiReplies.h"

#include "app/focus/FocusJson.h"
#include "app/json/JsonArrayStreamParser.h"
#include "app/track/JoinIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <memory>

namespace punchclock {

namespace {
std::optional<QJsonObject> parseObject(const ApiResponse &r, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

ApiResult<FocusTimeEntry> parseEntry(const ApiResponse &r)
{
    QString error;
    const auto o = parseObject(r, &error);
    if (!o)
        return ApiResult<FocusTimeEntry>::failure(badResponse(r, error));
    FocusTimeEntry entry = FocusJson::entryFromJson(*o);
    if (entry.id == 0)
        return ApiResult<FocusTimeEntry>::failure(badResponse(r, QStringLiteral("time entry without id")));
    return ApiResult<FocusTimeEntry>::success(entry);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FocusTimeEntry entryFromValue(const QJsonValue &v)
{
    return FocusJson::entryFromJson(v.toObject());
}

FocusTask taskFromValue(const QJsonValue &v)
{
    return FocusJson::taskFromJson(v.toObject());
}
} // namespace

FocusApi::FocusApi(ApiTransport *transport, QObject *parent)
    : ApiService(transport, QStringLiteral("focus"), QStringLiteral("/api"), defaultBaseUrl(), parent)
{
}

QUrl FocusApi::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://focus.toggl.com"));
}

void FocusApi::cancel(RequestId id)
{
    if (transport())
        transport()->cancel(id);
}

QByteArray FocusApi::authorization() const
{
    return m_apiKey.isEmpty() ? QByteArray() : "Bearer " + m_apiKey.toUtf8();
}

QString FocusApi::workspacePath() const
{
    return QStringLiteral("/organizations/%1/workspaces/%2").arg(m_organizationId).arg(m_workspaceId);
}

QString FocusApi::entryPath(qint64 taskId, qint64 id) const
{
    return workspacePath() + QStringLiteral("/tasks/%1/time-entries/%2").arg(taskId).arg(id);
}

std::optional<ApiError> FocusApi::checkScope() const
{
    if (m_organizationId <= 0)
        return ApiError::make(ApiError::Kind::BadRequest,
                              QStringLiteral("No Toggl Focus organization ID is set"));
    if (m_workspaceId <= 0)
        return ApiError::make(ApiError::Kind::BadRequest, QStringLiteral("No Toggl Focus workspace is set"));
    return std::nullopt;
}

void FocusApi::noContent(const ApiRequest &req, QObject *context, ApiCallback<NoContent> done)
{
    if (auto error = checkScope()) {
        failLater<NoContent>(this, context, std::move(done), *error);
        return;
    }
    call<NoContent>(req, context, std::move(done),
                    [](const ApiResponse &) { return ApiResult<NoContent>::success(NoContent{}); });
}

template<class T>
void FocusApi::fetchPages(std::function<ApiRequest(int page)> makeRequest, int perPage,
                          std::function<T(const QJsonValue &)> read, QObject *context,
                          ApiCallback<QList<T>> done)
{
    if (auto error = checkScope()) {
        failLater<QList<T>>(this, context, std::move(done), *error);
        return;
    }
    struct State
    {
        QList<T> items;
        std::function<void(int)> next;
    };
    auto state = std::make_shared<State>();
    std::weak_ptr<State> weak = state;
    state->next = [self = QPointer<FocusApi>(this), weak, makeRequest = std::move(makeRequest), perPage,
                   read = std::move(read), context, done = std::move(done)](int page) {
        const auto st = weak.lock();
        if (!st || !self)
            return;
        self->call<bool>(
            makeRequest(page), context,
            [st, page, done](ApiResult<bool> r) {
                if (!r.ok()) {
                    st->next = nullptr; // breaks the cycle
                    done(ApiResult<QList<T>>::failure(*r.error));
                    return;
                }
                if (*r.value && page < kMaxPages) {
                    st->next(page + 1);
                    return;
                }
                QList<T> items = std::move(st->items);
                st->next = nullptr;
                done(ApiResult<QList<T>>::success(std::move(items)));
            },
            [st, perPage, read](const ApiResponse &r) -> ApiResult<bool> {
                QString error;
                const auto o = parseObject(r, &error);
                if (!o)
                    return ApiResult<bool>::failure(badResponse(r, error));
                const auto pageData = FocusJson::pageFromJson(*o);
                if (!pageData)
                    return ApiResult<bool>::failure(badResponse(r, QStringLiteral("a page without data")));
                for (const QJsonValue &v : pageData->data)
                    st->items.append(read(v));
                const int size = static_cast<int>(pageData->data.size());
                const int pageSize = pageData->perPage > 0 ? pageData->perPage : perPage;
                bool more = size > 0 && size >= pageSize;
                if (pageData->total && st->items.size() >= *pageData->total)
                    more = false;
                return ApiResult<bool>::success(more);
            });
    };
    // The State lives on in the callbacks it hands the transport, and dies with the last one.
    QMetaObject::invokeMethod(
        this, [state] { state->next(1); }, Qt::QueuedConnection);
}

void FocusApi::settings(QObject *context, ApiCallback<FocusSettings> done)
{
    call<FocusSettings>(request("GET", QStringLiteral("/users/me/settings")), context, std::move(done),
                        [](const ApiResponse &r) {
                            QString error;
                            const auto o = parseObject(r, &error);
                            if (!o)
                                return ApiResult<FocusSettings>::failure(badResponse(r, error));
                            return ApiResult<FocusSettings>::success(FocusJson::settingsFromJson(*o));
                        });
}

void FocusApi::listTasks(const FocusTaskQuery &query, QObject *context, ApiCallback<QList<FocusTask>> done)
{
    fetchPages<FocusTask>(
        [this, query](int page) {
            return request("GET", workspacePath() + QStringLiteral("/tasks"), query.toUrlQuery(page));
        },
        query.perPage, taskFromValue, context, std::move(done));
}

void FocusApi::listTaskTimeEntries(qint64 taskId, const FocusEntryQuery &query, QObject *context,
                                   ApiCallback<QList<FocusTimeEntry>> done)
{
    FocusEntryQuery q = query;
    q.taskId.reset(); // in the path; date_from/date_to/status_id are not filters of this list
    q.dateFrom.reset();
    q.dateTo.reset();
    q.statusId.reset();
    q.includeTaskless.reset();
    fetchPages<FocusTimeEntry>(
        [this, taskId, q](int page) {
            return request("GET", workspacePath() + QStringLiteral("/tasks/%1/time-entries").arg(taskId),
                           q.toUrlQuery(page));
        },
        q.perPage, entryFromValue, context, std::move(done));
}

void FocusApi::listTimeEntries(const FocusEntryQuery &query, QObject *context,
                               ApiCallback<QList<FocusTimeEntry>> done)
{
    fetchPages<FocusTimeEntry>(
        [this, query](int page) {
            return request("GET", workspacePath() + QStringLiteral("/time-entries"), query.toUrlQuery(page));
        },
        query.perPage, entryFromValue, context, std::move(done));
}

void FocusApi::createTimeEntry(qint64 taskId, const FocusTimeEntry &entry, QObject *context,
                               ApiCallback<FocusTimeEntry> done)
{
    if (auto error = checkScope()) {
        failLater<FocusTimeEntry>(this, context, std::move(done), *error);
        return;
    }
    call<FocusTimeEntry>(request("POST",
                                 workspacePath() + QStringLiteral("/tasks/%1/time-entries").arg(taskId), {},
                                 compact(FocusJson::entryCreateJson(entry))),
                         context, std::move(done), [entry, taskId](const ApiResponse &r) {
                             if (!r.body.trimmed().isEmpty())
                                 return parseEntry(r);
                             FocusTimeEntry sent = entry; // a bodiless 201: created all the same
                             sent.taskId = taskId;
                             return ApiResult<FocusTimeEntry>::success(sent);
                         });
}

void FocusApi::timeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<FocusTimeEntry> done)
{
    if (auto error = checkScope()) {
        failLater<FocusTimeEntry>(this, context, std::move(done), *error);
        return;
    }
    call<FocusTimeEntry>(request("GET", entryPath(taskId, id)), context, std::move(done), parseEntry);
}

void FocusApi::replaceTimeEntry(const FocusTimeEntry &entry, QObject *context, ApiCallback<NoContent> done)
{
    noContent(request("PUT", entryPath(entry.taskId.value_or(0), entry.id), {},
                      compact(FocusJson::entryPutJson(entry))),
              context, std::move(done));
}

void FocusApi::patchTimeEntry(qint64 taskId, qint64 id, const FocusEntryPatch &patch, QObject *context,
                              ApiCallback<NoContent> done)
{
    noContent(request("PATCH", entryPath(taskId, id), {}, compact(patch.toJson())), context, std::move(done));
}

void FocusApi::deleteTimeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<NoContent> done)
{
    noContent(request("DELETE", entryPath(taskId, id)), context, std::move(done));
}

void FocusApi::archiveTimeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<NoContent> done)
{
    ApiRequest req = request("POST", entryPath(taskId, id) + QStringLiteral("/archive"));
    req.idempotent = true; // archiving twice leaves the same state
    noContent(req, context, std::move(done));
}

void FocusApi::unarchiveTimeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<NoContent> done)
{
    ApiRequest req = request("POST", entryPath(taskId, id) + QStringLiteral("/unarchive"));
    req.idempotent = true;
    noContent(req, context, std::move(done));
}

void FocusApi::restoreTimeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<NoContent> done)
{
    noContent(request("PATCH", entryPath(taskId, id) + QStringLiteral("/restore")), context, std::move(done));
}

void FocusApi::bulkCreateTimeEntries(const QList<FocusTimeEntry> &entries, QObject *context,
                                     ApiCallback<NoContent> done)
{
    QJsonArray items;
    for (const FocusTimeEntry &e : entries)
        items.append(FocusJson::entryCreateJson(e, true));
    noContent(request("POST", workspacePath() + QStringLiteral("/time-entries/bulk"), {}, compact(items)),
              context, std::move(done));
}

void FocusApi::bulkDeleteTimeEntries(const QList<qint64> &ids, QObject *context, ApiCallback<NoContent> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ids"), joinIds(ids));
    noContent(request("DELETE", workspacePath() + QStringLiteral("/time-entries/bulk"), q), context,
              std::move(done));
}

void FocusApi::bulkPatchTimeEntries(const QList<FocusEntryPatch> &patches, QObject *context,
                                    ApiCallback<NoContent> done)
{
    QJsonArray items;
    for (const FocusEntryPatch &p : patches)
        items.append(p.toJson(true));
    noContent(request("PATCH", workspacePath() + QStringLiteral("/time-entries/bulk"), {}, compact(items)),
              context, std::move(done));
}

void FocusApi::bulkRestoreTimeEntries(const QList<qint64> &ids, QObject *context, ApiCallback<NoContent> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ids"), joinIds(ids));
    noContent(request("PATCH", workspacePath() + QStringLiteral("/time-entries/bulk/restore"), q), context,
              std::move(done));
}

FocusApi::RequestId FocusApi::streamTimeEntries(const FocusEntryQuery &query, QObject *context,
                                                EntryBatch onBatch, ApiCallback<qint64> done)
{
    return stream(
        request("GET", workspacePath() + QStringLiteral("/time-entries/stream"), query.toUrlQuery()), context,
        std::move(onBatch), std::move(done));
}

FocusApi::RequestId FocusApi::streamTimeEntriesByTimeBlocks(const QList<qint64> &timeBlockIds,
                                                            QObject *context, EntryBatch onBatch,
                                                            ApiCallback<qint64> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("time_block_id"), joinIds(timeBlockIds));
    return stream(request("GET", workspacePath() + QStringLiteral("/time-entries/time-block-ids/stream"), q),
                  context, std::move(onBatch), std::move(done));
}

FocusApi::RequestId FocusApi::stream(ApiRequest req, QObject *context, EntryBatch onBatch,
                                     ApiCallback<qint64> done)
{
    if (auto error = checkScope()) {
        failLater<qint64>(this, context, std::move(done), *error);
        return 0;
    }
    if (!hasTransport(context, done))
        return 0;
    struct State
    {
        JsonArrayStreamParser parser;
        std::optional<ApiError> error; // a malformed stream, found by the sink
        RequestId id = 0;
    };
    auto state = std::make_shared<State>();
    QPointer<ApiTransport> transport = this->transport();
    req.onData = [state, transport, onBatch = std::move(onBatch)](const QByteArray &chunk) {
        if (state->error)
            return;
        const QList<QJsonValue> values = state->parser.feed(chunk);
        QList<FocusTimeEntry> batch;
        batch.reserve(values.size());
        for (const QJsonValue &v : values) {
            if (!v.isObject()) {
                state->error = ApiError::make(
                    ApiError::Kind::BadResponse,
                    QStringLiteral("Unexpected answer: a stream element is not an object"), 200);
                break;
            }
            batch.append(FocusJson::entryFromJson(v.toObject()));
        }
        if (!state->error && state->parser.hasError())
            state->error =
                ApiError::make(ApiError::Kind::BadResponse,
                               QStringLiteral("Unexpected answer: %1").arg(state->parser.error()), 200);
        if (!batch.isEmpty())
            onBatch(std::move(batch));
        if (state->error && transport)
            transport->cancel(state->id);
    };
    state->id =
        transport->send(std::move(req), context, [state, done = std::move(done)](const ApiResponse &r) {
            if (state->error) {
                done(ApiResult<qint64>::failure(*state->error));
                return;
            }
            if (!r.ok()) {
                done(ApiResult<qint64>::failure(*r.error));
                return;
            }
            if (!state->parser.finish()) {
                done(ApiResult<qint64>::failure(ApiError::make(
                    ApiError::Kind::BadResponse,
                    QStringLiteral("Unexpected answer: %1").arg(state->parser.error()), r.status)));
                return;
            }
            done(ApiResult<qint64>::success(state->parser.elementCount()));
        });
    return state->id;
}

} // namespace punchclock
