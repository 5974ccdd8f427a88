// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/TrackApi.h"

#include "app/api/ApiReplies.h"

#include "app/Version.h"
#include "app/track/JoinIds.h"
#include "app/track/TimeEntryJson.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtConcurrent/QtConcurrentRun>

namespace punchclock {

namespace {
// Parses a body as a JSON value (objects, arrays and bare literals such as `null`).
std::optional<QJsonValue> parseJson(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not one JSON value");
        return std::nullopt;
    }
    return doc.array().at(0);
}

template<class T>
ApiResult<T> parseObject(const ApiResponse &r, const std::function<T(const QJsonObject &)> &read)
{
    QString error;
    const auto value = parseJson(r.body, &error);
    if (!value)
        return ApiResult<T>::failure(badResponse(r, error));
    if (!value->isObject())
        return ApiResult<T>::failure(badResponse(r, QStringLiteral("expected a JSON object")));
    return ApiResult<T>::success(read(value->toObject()));
}

ApiResult<TimeEntry> parseEntry(const ApiResponse &r)
{
    ApiResult<TimeEntry> result = parseObject<TimeEntry>(r, TimeEntryJson::fromJson);
    if (result.value && result.value->id == 0)
        return ApiResult<TimeEntry>::failure(badResponse(r, QStringLiteral("time entry without id")));
    return result;
}

template<class T>
ApiResult<QList<T>> parseList(const ApiResponse &r, const std::function<QList<T>(const QJsonArray &)> &read)
{
    QString error;
    const auto value = parseJson(r.body, &error);
    if (!value)
        return ApiResult<QList<T>>::failure(badResponse(r, error));
    if (value->isNull())
        return ApiResult<QList<T>>::success({});
    if (!value->isArray())
        return ApiResult<QList<T>>::failure(badResponse(r, QStringLiteral("expected a JSON array")));
    return ApiResult<QList<T>>::success(read(value->toArray()));
}

} // namespace

TrackApi::TrackApi(ApiTransport *transport, QObject *parent)
    : ApiService(transport, QStringLiteral("track"), QStringLiteral("/api/v9"), defaultBaseUrl(), parent)
{
}

QUrl TrackApi::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.track.toggl.com"));
}

// Like call(), but `parse` runs on a pool thread: a 10,000-entry list is 5 MB of JSON, far too
// long a parse for the GUI thread. The result comes back on this object's thread; a destroyed
// context (or TrackApi) drops it as call() would.
template<class T>
void TrackApi::callParsingInWorker(const ApiRequest &req, QObject *context, ApiCallback<T> done,
                                   std::function<ApiResult<T>(const ApiResponse &)> parse)
{
    if (!hasTransport(context, done))
        return;
    transport()->send(
        req, context,
        [self = QPointer<TrackApi>(this), context = QPointer<QObject>(context),
         hasContext = context != nullptr, done = std::move(done),
         parse = std::move(parse)](const ApiResponse &r) mutable {
            if (!r.ok()) {
                done(ApiResult<T>::failure(*r.error));
                return;
            }
            if (!self) {
                done(parse(r));
                return;
            }
            auto *watcher = new QFutureWatcher<ApiResult<T>>(self);
            QObject::connect(
                watcher, &QFutureWatcherBase::finished, self,
                [watcher, context, hasContext, done = std::move(done)] {
                    watcher->deleteLater();
                    if (!hasContext || context)
                        done(watcher->future().takeResult()); // moved: a copy would be detached later
                });
            watcher->setFuture(QtConcurrent::run([r, parse = std::move(parse)] { return parse(r); }));
        });
}

void TrackApi::me(QObject *context, ApiCallback<Me> done)
{
    call<Me>(request("GET", QStringLiteral("/me")), context, std::move(done),
             [](const ApiResponse &r) { return parseObject<Me>(r, Me::fromJson); });
}

void TrackApi::meWithRelatedData(QObject *context, ApiCallback<RelatedData> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("with_related_data"), QStringLiteral("true"));
    call<RelatedData>(
        request("GET", QStringLiteral("/me"), q), context, std::move(done),
        [](const ApiResponse &r) { return parseObject<RelatedData>(r, RelatedData::fromJson); });
}

void TrackApi::myWorkspaces(QObject *context, ApiCallback<QList<Workspace>> done)
{
    call<QList<Workspace>>(
        request("GET", QStringLiteral("/me/workspaces")), context, std::move(done),
        [](const ApiResponse &r) { return parseList<Workspace>(r, Workspace::listFromJson); });
}

void TrackApi::listTimeEntries(const TimeEntryQuery &query, QObject *context,
                               ApiCallback<QList<TimeEntry>> done)
{
    callParsingInWorker<QList<TimeEntry>>(
        request("GET", QStringLiteral("/me/time_entries"), query.toUrlQuery()), context, std::move(done),
        [](const ApiResponse &r) {
            QString error;
            auto list = TimeEntryJson::listFromBody(r.body, &error);
            return list ? ApiResult<QList<TimeEntry>>::success(std::move(*list))
                        : ApiResult<QList<TimeEntry>>::failure(badResponse(r, error));
        });
}

void TrackApi::currentTimeEntry(QObject *context, ApiCallback<std::optional<TimeEntry>> done)
{
    using Result = ApiResult<std::optional<TimeEntry>>;
    call<std::optional<TimeEntry>>(
        request("GET", QStringLiteral("/me/time_entries/current")), context, std::move(done),
        [](const ApiResponse &r) -> Result {
            if (r.body.trimmed().isEmpty())
                return Result::success(std::nullopt); // tolerate an empty 200 like `null`
            QString error;
            const auto value = parseJson(r.body, &error);
            if (!value)
                return Result::failure(badResponse(r, error));
            if (value->isNull())
                return Result::success(std::nullopt);
            if (!value->isObject())
                return Result::failure(badResponse(r, QStringLiteral("expected a time entry or null")));
            const TimeEntry entry = TimeEntryJson::fromJson(value->toObject());
            if (entry.id == 0)
                return Result::failure(badResponse(r, QStringLiteral("time entry without id")));
            return Result::success(entry);
        });
}

void TrackApi::timeEntry(qint64 id, QObject *context, ApiCallback<TimeEntry> done, ReadOptions options)
{
    call<TimeEntry>(request("GET", QStringLiteral("/me/time_entries/%1").arg(id), options.toUrlQuery()),
                    context, std::move(done), parseEntry);
}

void TrackApi::createTimeEntry(const TimeEntry &entry, QObject *context, ApiCallback<TimeEntry> done)
{
    const QJsonObject body =
        TimeEntryJson::toRequestJson(entry, QString::fromLatin1(punchclock::kCreatedWith));
    call<TimeEntry>(request("POST", QStringLiteral("/workspaces/%1/time_entries").arg(entry.workspaceId), {},
                            QJsonDocument(body).toJson(QJsonDocument::Compact)),
                    context, std::move(done), parseEntry);
}

void TrackApi::startTimeEntry(TimeEntry entry, QObject *context, ApiCallback<TimeEntry> done)
{
    if (!entry.start.isValid())
        entry.start = QDateTime::currentDateTimeUtc();
    entry.stop.reset();
    entry.duration = -1;
    createTimeEntry(entry, context, std::move(done));
}

void TrackApi::createProject(qint64 workspaceId, const QString &name, const QString &color, QObject *context,
                             ApiCallback<Project> done)
{
    QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("active"), true}};
    if (!color.isEmpty())
        body.insert(QStringLiteral("color"), color);
    call<Project>(request("POST", QStringLiteral("/workspaces/%1/projects").arg(workspaceId), {},
                          QJsonDocument(body).toJson(QJsonDocument::Compact)),
                  context, std::move(done), [](const ApiResponse &r) {
                      ApiResult<Project> result = parseObject<Project>(r, Project::fromJson);
                      if (result.value && result.value->id == 0)
                          return ApiResult<Project>::failure(
                              badResponse(r, QStringLiteral("project without id")));
                      return result;
                  });
}

void TrackApi::updateTimeEntry(const TimeEntry &entry, QObject *context, ApiCallback<TimeEntry> done)
{
    const QJsonObject body = TimeEntryJson::toRequestJson(entry);
    call<TimeEntry>(
        request("PUT", QStringLiteral("/workspaces/%1/time_entries/%2").arg(entry.workspaceId).arg(entry.id),
                {}, QJsonDocument(body).toJson(QJsonDocument::Compact)),
        context, std::move(done), parseEntry);
}

void TrackApi::deleteTimeEntry(qint64 workspaceId, qint64 id, QObject *context, ApiCallback<NoContent> done)
{
    call<NoContent>(
        request("DELETE", QStringLiteral("/workspaces/%1/time_entries/%2").arg(workspaceId).arg(id)), context,
        std::move(done), [](const ApiResponse &) { return ApiResult<NoContent>::success(NoContent{}); });
}

void TrackApi::stopTimeEntry(qint64 workspaceId, qint64 id, QObject *context, ApiCallback<TimeEntry> done)
{
    if (!hasTransport(context, done))
        return;
    const ApiRequest stop =
        request("PATCH", QStringLiteral("/workspaces/%1/time_entries/%2/stop").arg(workspaceId).arg(id));
    // Resending a stop is harmless: a second one answers 409, which is reconciled below.
    transport()->send(stop, context,
                      [self = QPointer<TrackApi>(this), id, context = QPointer<QObject>(context),
                       done = std::move(done)](const ApiResponse &r) mutable {
                          if (r.ok()) {
                              done(parseEntry(r));
                              return;
                          }
                          if (r.error->kind != ApiError::Kind::Conflict || !self) {
                              done(ApiResult<TimeEntry>::failure(*r.error));
                              return;
                          }
                          // Already stopped (elsewhere, or by our own retried request): the entry
                          // as the server has it is the answer.
                          self->timeEntry(id, context, std::move(done));
                      });
}

BulkEditJob *TrackApi::bulkEditTimeEntries(qint64 workspaceId, const QList<qint64> &ids,
                                           const QList<JsonPatchOp> &ops, QObject *context,
                                           ApiCallback<BulkResult> done)
{
    const QByteArray body = QJsonDocument(JsonPatchOp::toJson(ops)).toJson(QJsonDocument::Compact);
    auto makeRequest = [self = QPointer<TrackApi>(this), workspaceId, body](const QList<qint64> &batch) {
        ApiRequest req = self->request(
            "PATCH", QStringLiteral("/workspaces/%1/time_entries/%2").arg(workspaceId).arg(joinIds(batch)),
            {}, body);
        req.idempotent = true;
        return req;
    };
    auto *job = new BulkEditJob(transport(), makeRequest, ids, kMaxBulkIds, context, std::move(done), this);
    job->start();
    return job;
}

} // namespace punchclock
