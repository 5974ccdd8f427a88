#include "sandbox/FocusRoutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <functional>

#include "sandbox/FocusStore.h"
#include "sandbox/TimeFormat.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const QString apiPrefix = u"/api/"_s;
const QString trackPrefix = u"/api/v9/"_s;
const QString invalid = u"invalid_request"_s;
const QString entryMissing = u"Time entry does not exist"_s;
constexpr int defaultPerPage = 50;
constexpr int maxPerPage = 200;
constexpr int maxBulk = 100;

const QStringList entryOrderKeys{u"start"_s, u"task_id"_s, u"created_at"_s, u"updated_at"_s};
const QStringList taskOrderKeys{u"name"_s,           u"priority"_s, u"created_at"_s, u"updated_at"_s,
                                u"estimated_mins"_s, u"position"_s, u"status_id"_s,  u"project_id"_s,
                                u"start_date"_s,     u"end_date"_s, u"pinned"_s};

HttpReply badRequest(const QString &description)
{
    return FocusRoutes::error(400, invalid, description);
}

HttpReply notFound(const QString &description)
{
    return FocusRoutes::error(404, u"not_found"_s, description);
}

HttpReply forbidden()
{
    return FocusRoutes::error(403, u"forbidden"_s, u"Insufficient permissions"_s);
}

HttpReply noContent()
{
    return HttpReply::bare(204);
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

// Every value of a CSV (and repeatable) query parameter.
QStringList csvValues(const QUrlQuery &query, const QString &name)
{
    QStringList out;
    for (const QString &value : query.allQueryItemValues(name, QUrl::FullyDecoded)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            out.append(part.trimmed());
    }
    return out;
}

// nullopt: absent; an error string in *error when present but not true/false.
std::optional<bool> boolParam(const QUrlQuery &query, const QString &name, QString *error)
{
    if (!query.hasQueryItem(name) || query.queryItemValue(name).isEmpty())
        return std::nullopt;
    const QString v = query.queryItemValue(name).toLower();
    if (v == u"true"_s || v == u"1"_s)
        return true;
    if (v == u"false"_s || v == u"0"_s)
        return false;
    *error = name + u" must be true or false"_s;
    return std::nullopt;
}

std::optional<qint64> intParam(const QUrlQuery &query, const QString &name, QString *error)
{
    if (!query.hasQueryItem(name) || query.queryItemValue(name).isEmpty())
        return std::nullopt;
    const auto id = parseId(query.queryItemValue(name));
    if (!id)
        *error = name + u" must be a positive integer"_s;
    return id;
}

std::optional<QDateTime> timeParam(const QUrlQuery &query, const QString &name, QString *error)
{
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    if (text.isEmpty()) {
        *error = name + u" is required (RFC 3339, like 2006-01-02T15:04:05Z)"_s;
        return std::nullopt;
    }
    auto t = TimeFormat::parseDateOrTimestamp(text);
    if (!t)
        *error = name + u" must be an RFC 3339 timestamp, like 2006-01-02T15:04:05Z"_s;
    return t;
}

struct Page
{
    int page = 1;
    int perPage = defaultPerPage;
};

std::optional<Page> pageParams(const QUrlQuery &query, QString *error)
{
    Page p;
    for (const auto &[name, target] : {std::pair{u"page"_s, &p.page}, std::pair{u"per_page"_s, &p.perPage}}) {
        if (!query.hasQueryItem(name) || query.queryItemValue(name).isEmpty())
            continue;
        bool ok = false;
        const int value = query.queryItemValue(name).toInt(&ok);
        if (!ok || value < 1) {
            *error = name + u" must be a positive integer"_s;
            return std::nullopt;
        }
        *target = value;
    }
    p.perPage = std::min(p.perPage, maxPerPage);
    return p;
}

// order_by: a CSV of keys, each optionally prefixed with '-' (descending).
std::optional<QList<QPair<QString, bool>>> orderParams(const QUrlQuery &query, const QStringList &allowed,
                                                       const QString &fallback, QString *error)
{
    QStringList keys = csvValues(query, u"order_by"_s);
    if (keys.isEmpty())
        keys = {fallback};
    QList<QPair<QString, bool>> out;
    for (const QString &key : keys) {
        const bool descending = key.startsWith(u'-');
        const QString name = descending ? key.mid(1) : key;
        if (!allowed.contains(name)) {
            *error = u"order_by: unsupported value "_s + key;
            return std::nullopt;
        }
        out.append({name, descending});
    }
    return out;
}

template<typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int priorityRank(const QString &priority)
{
    static const QStringList order{u"none"_s, u"low"_s, u"medium"_s, u"high"_s};
    return int(order.indexOf(priority));
}

} // namespace

struct FocusRoutes::ListQuery
{
    std::optional<QDateTime> from, to;
    std::optional<qint64> taskId, statusId, timeBlockId;
    std::optional<QString> type;
    std::optional<bool> archived;
    bool includeTaskless = true;
    QList<QPair<QString, bool>> order;

    bool matches(const FocusStore &store, const FocusEntryRecord &e) const
    {
        if (from && e.start < *from)
            return false;
        if (to && !(e.start < *to))
            return false;
        if (taskId && e.taskId != *taskId)
            return false;
        if (!includeTaskless && !e.taskId)
            return false;
        if (statusId) {
            const FocusTaskRecord *t = e.taskId ? store.task(e.taskId) : nullptr;
            if (!t || t->statusId != *statusId)
                return false;
        }
        if (timeBlockId && e.timeBlockId != *timeBlockId)
            return false;
        if (type && e.type != *type)
            return false;
        if (archived && e.archived() != *archived)
            return false;
        return true;
    }

    void sort(QList<const FocusEntryRecord *> &list) const
    {
        const auto keyCompare = [](const QString &key, const FocusEntryRecord *a, const FocusEntryRecord *b) {
            if (key == u"start"_s)
                return compareValues(a->start, b->start);
            if (key == u"task_id"_s)
                return compareValues(a->taskId, b->taskId);
            if (key == u"created_at"_s)
                return compareValues(a->createdAt, b->createdAt);
            return compareValues(a->updatedAt, b->updatedAt);
        };
        const bool lastDescending = order.isEmpty() ? true : order.last().second;
        std::stable_sort(list.begin(), list.end(), [&](const FocusEntryRecord *a, const FocusEntryRecord *b) {
            for (const auto &[key, descending] : order) {
                const int c = keyCompare(key, a, b);
                if (c != 0)
                    return descending ? c > 0 : c < 0;
            }
            return lastDescending ? a->id > b->id : a->id < b->id;
        });
    }
};

bool FocusRoutes::isFocusPath(const QString &path)
{
    return path.startsWith(apiPrefix) && !path.startsWith(trackPrefix) && path != u"/api/v9"_s;
}

HttpReply FocusRoutes::error(int status, const QString &code, const QString &description)
{
    return HttpReply::json(status, QJsonObject{{u"error"_s, code},
                                               {u"error_description"_s, description},
                                               {u"trace_id"_s, QUuid::createUuid().toString(QUuid::Id128)}});
}

bool FocusRoutes::bearerMatches(const QByteArray &authorization, const QString &key)
{
    const QByteArray trimmed = authorization.trimmed();
    if (!trimmed.left(7).toLower().startsWith("bearer "))
        return false;
    const QByteArray presented = trimmed.mid(7).trimmed();
    return !presented.isEmpty() && presented == key.toUtf8();
}

HttpReply FocusRoutes::handle(const ApiRequest &request)
{
    const QStringList s = request.path.mid(apiPrefix.size()).split(u'/', Qt::SkipEmptyParts);
    const QByteArray &m = request.method;
    const auto methodNotAllowed = [&request] {
        return error(405, u"method_not_allowed"_s,
                     QString::fromLatin1(request.method) + u" is not allowed on "_s + request.path);
    };

    if (s == QStringList{u"users"_s, u"me"_s, u"settings"_s}) {
        if (m != "GET")
            return methodNotAllowed();
        return HttpReply::json(200, m_store.settingsJson());
    }
    if (s.size() >= 5 && s[0] == u"organizations"_s && s[2] == u"workspaces"_s) {
        const auto org = parseId(s[1]);
        const auto wid = parseId(s[3]);
        if (!org || !wid)
            return badRequest(u"organization_id and workspace_id must be positive integers"_s);
        // Route first (404 / 405), then the access check (403), as Track does.
        const HttpReply routed = workspaceScoped(request, s.mid(4), 0);
        if (routed.status == 404 || routed.status == 405)
            return routed;
        if (*org != FocusStore::organizationId || !m_store.hasWorkspace(*wid))
            return forbidden();
        return workspaceScoped(request, s.mid(4), *wid);
    }
    return notFound(u"No route for "_s + QString::fromLatin1(m) + u" "_s + request.path);
}

// With workspaceId 0 only checks the route: answers 404 / 405 for unknown ones, 200 otherwise.
HttpReply FocusRoutes::workspaceScoped(const ApiRequest &request, const QStringList &r, qint64 workspaceId)
{
    const QByteArray &m = request.method;
    const bool dryRun = workspaceId == 0;
    using Handler = std::function<HttpReply()>;
    QList<QPair<QByteArray, Handler>> methods;

    if (r == QStringList{u"tasks"_s}) {
        methods = {{"GET", [&] { return listTasks(request, workspaceId); }}};
    } else if (r.size() >= 3 && r[0] == u"tasks"_s && r[2] == u"time-entries"_s) {
        const auto taskId = parseId(r[1]);
        if (!taskId && !dryRun)
            return badRequest(u"task_id must be a positive integer"_s);
        // Captured by value: the handlers run after this block, when `tid` is gone (found by ASan).
        const qint64 tid = taskId.value_or(0);
        if (r.size() == 3) {
            methods = {{"GET", [&, tid] { return listTaskEntries(request, workspaceId, tid); }},
                       {"POST", [&, tid] { return createEntry(request, workspaceId, tid); }}};
        } else if (r.size() == 4) {
            for (const QByteArray method : {"GET", "PUT", "PATCH", "DELETE"})
                methods.append(
                    {method, [&, tid] { return entryRoute(request, workspaceId, tid, r[3], {}); }});
        } else if (r.size() == 5 &&
                   (r[4] == u"archive"_s || r[4] == u"unarchive"_s || r[4] == u"restore"_s)) {
            const QByteArray method = r[4] == u"restore"_s ? "PATCH" : "POST";
            methods = {{method, [&, tid] { return entryRoute(request, workspaceId, tid, r[3], r[4]); }}};
        }
    } else if (!r.isEmpty() && r[0] == u"time-entries"_s) {
        if (r.size() == 1) {
            methods = {{"GET", [&] { return listWorkspaceEntries(request, workspaceId, false); }},
                       {"POST", [&] { return createEntry(request, workspaceId, std::nullopt); }}};
        } else if (r.size() == 2 && r[1] == u"bulk"_s) {
            methods = {{"POST", [&] { return bulkCreate(request, workspaceId); }},
                       {"PATCH", [&] { return bulkPatch(request, workspaceId); }},
                       {"DELETE", [&] { return bulkDelete(request, workspaceId, false); }}};
        } else if (r == QStringList{u"time-entries"_s, u"bulk"_s, u"restore"_s}) {
            methods = {{"PATCH", [&] { return bulkDelete(request, workspaceId, true); }}};
        } else if (r.size() == 2 && r[1] == u"stream"_s) {
            methods = {{"GET", [&] { return listWorkspaceEntries(request, workspaceId, true); }}};
        } else if (r == QStringList{u"time-entries"_s, u"time-block-ids"_s, u"stream"_s}) {
            methods = {{"GET", [&] { return streamByTimeBlocks(request, workspaceId); }}};
        } else if (r.size() == 2 && parseId(r[1])) {
            for (const QByteArray method : {"GET", "PUT", "PATCH", "DELETE"})
                methods.append(
                    {method, [&] { return entryRoute(request, workspaceId, std::nullopt, r[1], {}); }});
        } else if (r.size() == 3 && parseId(r[1]) &&
                   (r[2] == u"archive"_s || r[2] == u"unarchive"_s || r[2] == u"restore"_s)) {
            const QByteArray method = r[2] == u"restore"_s ? "PATCH" : "POST";
            methods = {{method, [&] { return entryRoute(request, workspaceId, std::nullopt, r[1], r[2]); }}};
        }
    }
    if (methods.isEmpty())
        return notFound(u"No route for "_s + QString::fromLatin1(m) + u" "_s + request.path);
    for (const auto &[method, handler] : methods) {
        if (method == m)
            return dryRun ? HttpReply::bare(200) : handler();
    }
    return error(405, u"method_not_allowed"_s,
                 QString::fromLatin1(m) + u" is not allowed on "_s + request.path);
}

HttpReply FocusRoutes::listTasks(const ApiRequest &request, qint64 workspaceId)
{
    const QUrlQuery query = request.urlQuery();
    QString err;
    const auto page = pageParams(query, &err);
    const auto order = orderParams(query, taskOrderKeys, u"position"_s, &err);
    const auto archived = boolParam(query, u"archived"_s, &err);
    const auto pinned = boolParam(query, u"pinned"_s, &err);
    const auto isPrivate = boolParam(query, u"private"_s, &err);
    const auto hasEntries = boolParam(query, u"has_time_entries"_s, &err);
    if (!err.isEmpty())
        return badRequest(err);

    // CSV ID filters; `?project_id=` (empty) selects tasks without a project (likewise client_id).
    const auto idFilter = [&query, &err](const QString &name) -> std::optional<QList<qint64>> {
        if (!query.hasQueryItem(name))
            return std::nullopt;
        QList<qint64> ids;
        for (const QString &part : csvValues(query, name)) {
            const auto id = parseId(part);
            if (!id)
                err = name + u" must be a comma-separated list of integers"_s;
            else
                ids.append(*id);
        }
        if (ids.isEmpty())
            ids.append(0);
        return ids;
    };
    const auto statusIds = idFilter(u"status_id"_s);
    const auto projectIds = idFilter(u"project_id"_s);
    const auto clientIds = idFilter(u"client_id"_s);
    const auto tagIds = idFilter(u"tag_id"_s);
    const QStringList prioritiesWanted = csvValues(query, u"priority"_s);
    for (const QString &p : prioritiesWanted) {
        if (priorityRank(p) < 0)
            err = u"priority must be a comma-separated list of none, low, medium, high"_s;
    }
    if (!err.isEmpty())
        return badRequest(err);
    const QString name = query.queryItemValue(u"name"_s, QUrl::FullyDecoded).trimmed();

    const TrackStore &track = m_store.track();
    QList<const FocusTaskRecord *> picked;
    for (const auto &t : m_store.tasks()) {
        if (t.workspaceId != workspaceId || t.deletedAt.isValid())
            continue;
        if (archived && t.archivedAt.isValid() != *archived)
            continue;
        if (pinned && t.pinned != *pinned)
            continue;
        if (isPrivate && t.isPrivate != *isPrivate)
            continue;
        if (statusIds && !statusIds->contains(t.statusId))
            continue;
        if (projectIds && !projectIds->contains(t.projectId))
            continue;
        const ProjectRecord *project = t.projectId ? track.project(t.projectId) : nullptr;
        const ClientRecord *client = project && project->clientId ? track.client(project->clientId) : nullptr;
        if (clientIds && !clientIds->contains(client ? client->id : 0))
            continue;
        if (tagIds &&
            std::none_of(tagIds->cbegin(), tagIds->cend(), [&t](qint64 id) { return t.tagIds.contains(id); }))
            continue;
        if (!prioritiesWanted.isEmpty() && !prioritiesWanted.contains(t.priority))
            continue;
        if (!name.isEmpty() && !t.name.contains(name, Qt::CaseInsensitive) &&
            !(project && project->name.contains(name, Qt::CaseInsensitive)) &&
            !(client && client->name.contains(name, Qt::CaseInsensitive)))
            continue;
        if (hasEntries) {
            const bool has =
                std::any_of(m_store.entries().cbegin(), m_store.entries().cend(),
                            [&t](const FocusEntryRecord &e) { return e.taskId == t.id && !e.deleted(); });
            if (has != *hasEntries)
                continue;
        }
        picked.append(&t);
    }
    const auto keyCompare = [](const QString &key, const FocusTaskRecord *a, const FocusTaskRecord *b) {
        if (key == u"name"_s)
            return compareValues(a->name.toLower(), b->name.toLower());
        if (key == u"priority"_s)
            return compareValues(priorityRank(a->priority), priorityRank(b->priority));
        if (key == u"created_at"_s)
            return compareValues(a->createdAt, b->createdAt);
        if (key == u"updated_at"_s)
            return compareValues(a->updatedAt, b->updatedAt);
        if (key == u"estimated_mins"_s)
            return compareValues(a->estimatedMins, b->estimatedMins);
        if (key == u"status_id"_s)
            return compareValues(a->statusId, b->statusId);
        if (key == u"project_id"_s)
            return compareValues(a->projectId, b->projectId);
        if (key == u"start_date"_s)
            return compareValues(a->startDate, b->startDate);
        if (key == u"end_date"_s)
            return compareValues(a->endDate, b->endDate);
        if (key == u"pinned"_s)
            return compareValues(int(a->pinned), int(b->pinned));
        return compareValues(a->position, b->position);
    };
    std::stable_sort(picked.begin(), picked.end(), [&](const FocusTaskRecord *a, const FocusTaskRecord *b) {
        for (const auto &[key, descending] : *order) {
            const int c = keyCompare(key, a, b);
            if (c != 0)
                return descending ? c > 0 : c < 0;
        }
        return a->id < b->id;
    });
    QJsonArray data;
    const qsizetype first = qsizetype(page->page - 1) * page->perPage;
    for (qsizetype i = first; i < picked.size() && i < first + page->perPage; ++i)
        data.append(m_store.taskJson(*picked.at(i), true));
    return HttpReply::json(200, QJsonObject{{u"data"_s, data},
                                            {u"page"_s, page->page},
                                            {u"per_page"_s, page->perPage},
                                            {u"total"_s, picked.size()}});
}

HttpReply FocusRoutes::listTaskEntries(const ApiRequest &request, qint64 workspaceId, qint64 taskId)
{
    const FocusTaskRecord *task = m_store.task(taskId);
    if (!task || task->deletedAt.isValid() || task->workspaceId != workspaceId)
        return notFound(u"Task does not exist"_s);
    const QUrlQuery query = request.urlQuery();
    QString err;
    ListQuery q;
    q.taskId = taskId;
    const auto page = pageParams(query, &err);
    const auto order = orderParams(query, entryOrderKeys, u"-start"_s, &err);
    q.archived = boolParam(query, u"archived"_s, &err);
    q.timeBlockId = intParam(query, u"time_block_id"_s, &err);
    if (query.hasQueryItem(u"type"_s) && !query.queryItemValue(u"type"_s).isEmpty()) {
        q.type = query.queryItemValue(u"type"_s);
        if (*q.type != u"activity"_s && *q.type != u"break"_s)
            err = u"type must be activity or break"_s;
    }
    if (!err.isEmpty())
        return badRequest(err);
    q.order = *order;

    QList<const FocusEntryRecord *> picked;
    for (const auto &e : m_store.entries()) {
        if (e.workspaceId == workspaceId && !e.deleted() && q.matches(m_store, e))
            picked.append(&e);
    }
    q.sort(picked);
    QJsonArray data;
    const qsizetype first = qsizetype(page->page - 1) * page->perPage;
    for (qsizetype i = first; i < picked.size() && i < first + page->perPage; ++i)
        data.append(m_store.entryJson(*picked.at(i), false));
    return HttpReply::json(
        200, QJsonObject{{u"data"_s, data}, {u"page"_s, page->page}, {u"per_page"_s, page->perPage}});
}

HttpReply FocusRoutes::listWorkspaceEntries(const ApiRequest &request, qint64 workspaceId, bool stream)
{
    const QUrlQuery query = request.urlQuery();
    QString err;
    ListQuery q;
    q.from = timeParam(query, u"date_from"_s, &err);
    if (err.isEmpty())
        q.to = timeParam(query, u"date_to"_s, &err);
    if (!err.isEmpty())
        return badRequest(err);
    if (*q.to < *q.from)
        return badRequest(u"date_to must not be earlier than date_from"_s);
    const auto page = pageParams(query, &err);
    const auto order = orderParams(query, entryOrderKeys, u"-start"_s, &err);
    q.taskId = intParam(query, u"task_id"_s, &err);
    q.statusId = intParam(query, u"status_id"_s, &err);
    if (!stream)
        q.timeBlockId = intParam(query, u"time_block_id"_s, &err);
    q.archived = boolParam(query, u"archived"_s, &err);
    q.includeTaskless = boolParam(query, u"include_taskless"_s, &err).value_or(false);
    if (query.hasQueryItem(u"type"_s) && !query.queryItemValue(u"type"_s).isEmpty()) {
        q.type = query.queryItemValue(u"type"_s);
        if (*q.type != u"activity"_s && *q.type != u"break"_s)
            err = u"type must be activity or break"_s;
    }
    if (!err.isEmpty())
        return badRequest(err);
    q.order = *order;

    QList<const FocusEntryRecord *> picked;
    for (const auto &e : m_store.entries()) {
        if (e.workspaceId == workspaceId && !e.deleted() && q.matches(m_store, e))
            picked.append(&e);
    }
    q.sort(picked);
    if (stream) {
        QList<QByteArray> items;
        for (const FocusEntryRecord *e : picked)
            items.append(QJsonDocument(m_store.entryJson(*e, true)).toJson(QJsonDocument::Compact));
        return streamed(items);
    }
    QJsonArray data;
    const qsizetype first = qsizetype(page->page - 1) * page->perPage;
    for (qsizetype i = first; i < picked.size() && i < first + page->perPage; ++i)
        data.append(m_store.entryJson(*picked.at(i), true));
    return HttpReply::json(
        200, QJsonObject{{u"data"_s, data}, {u"page"_s, page->page}, {u"per_page"_s, page->perPage}});
}

HttpReply FocusRoutes::streamByTimeBlocks(const ApiRequest &request, qint64 workspaceId)
{
    const QUrlQuery query = request.urlQuery();
    QList<qint64> blocks;
    for (const QString &part : csvValues(query, u"time_block_id"_s)) {
        const auto id = parseId(part);
        if (!id)
            return badRequest(u"time_block_id must be a comma-separated list of integers"_s);
        blocks.append(*id);
    }
    if (blocks.isEmpty())
        return badRequest(u"time_block_id is required"_s);
    ListQuery q;
    q.order = {{u"start"_s, true}};
    QList<const FocusEntryRecord *> picked;
    for (const auto &e : m_store.entries()) {
        if (e.workspaceId == workspaceId && !e.deleted() && e.timeBlockId && blocks.contains(e.timeBlockId))
            picked.append(&e);
    }
    q.sort(picked);
    QList<QByteArray> items;
    for (const FocusEntryRecord *e : picked)
        items.append(QJsonDocument(m_store.entryJson(*e, false)).toJson(QJsonDocument::Compact));
    return streamed(items);
}

HttpReply FocusRoutes::streamed(const QList<QByteArray> &items)
{
    HttpReply reply = HttpReply::json(200, QJsonArray());
    reply.body.clear();
    reply.chunked = true;
    if (items.isEmpty()) {
        reply.chunks = {"["_ba, "]"_ba};
        return reply;
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        reply.chunks.append((i == 0 ? "["_ba : ","_ba) + items.at(i));
    reply.chunks.append("]"_ba);
    return reply;
}

std::optional<qint64> FocusRoutes::bodyTaskId(const QJsonValue &value, qint64 workspaceId) const
{
    if (value.isUndefined() || value.isNull())
        return 0;
    if (!value.isDouble())
        return std::nullopt;
    const FocusTaskRecord *t = m_store.task(value.toInteger());
    if (!t || t->deletedAt.isValid() || t->workspaceId != workspaceId)
        return std::nullopt;
    return t->id;
}

HttpReply FocusRoutes::createEntry(const ApiRequest &request, qint64 workspaceId,
                                   std::optional<qint64> pathTaskId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return badRequest(u"request body must be a JSON object"_s);
    const QJsonObject body = doc.object();
    FocusEntryRecord e;
    e.workspaceId = workspaceId;
    e.userId = m_store.userId();
    if (pathTaskId) {
        const FocusTaskRecord *t = m_store.task(*pathTaskId);
        if (!t || t->deletedAt.isValid() || t->workspaceId != workspaceId)
            return notFound(u"Task does not exist"_s);
        e.taskId = *pathTaskId;
    } else {
        const auto taskId = bodyTaskId(body.value(u"task_id"_s), workspaceId);
        if (!taskId)
            return badRequest(u"task_id: task not found in this workspace"_s);
        e.taskId = *taskId;
    }
    if (body.contains(u"user_id"_s) && !body[u"user_id"_s].isNull() &&
        body[u"user_id"_s].toInteger() != m_store.userId())
        return forbidden();
    if (QString err = m_store.applyEntry(e, body, FocusStore::EntryEdit::Create); !err.isEmpty())
        return badRequest(err);
    e.createdAt = e.updatedAt;
    const qint64 id = m_store.addEntry(e);
    if (e.running())
        m_store.stopRunningEntries(e.start, id);
    persist();
    return HttpReply::json(201, m_store.entryJson(*m_store.entry(id), false));
}

HttpReply FocusRoutes::entryRoute(const ApiRequest &request, qint64 workspaceId,
                                  std::optional<qint64> pathTaskId, const QString &idText,
                                  const QString &action)
{
    const auto id = parseId(idText);
    if (!id)
        return badRequest(u"time_entry_id must be a positive integer"_s);
    FocusEntryRecord *e = m_store.entry(*id);
    if (!e || e->workspaceId != workspaceId || (pathTaskId && e->taskId != *pathTaskId))
        return notFound(entryMissing);
    const QDateTime now = TimeFormat::now();
    if (action == u"restore"_s) {
        if (e->deleted()) {
            e->deletedAt = QDateTime();
            e->updatedAt = now;
            persist();
        }
        return noContent();
    }
    if (e->deleted())
        return notFound(entryMissing);
    if (action == u"archive"_s || action == u"unarchive"_s) {
        const bool archive = action == u"archive"_s;
        if (e->archived() != archive) {
            e->archivedAt = archive ? now : QDateTime();
            e->updatedAt = now;
            persist();
        }
        return noContent();
    }
    const QByteArray &m = request.method;
    if (m == "GET")
        return HttpReply::json(200, m_store.entryJson(*e, false));
    if (m == "DELETE") {
        e->deletedAt = now;
        e->updatedAt = now;
        persist();
        return noContent();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return badRequest(u"request body must be a JSON object"_s);
    const auto mode = m == "PUT" ? FocusStore::EntryEdit::Put : FocusStore::EntryEdit::Patch;
    if (QString err = m_store.applyEntry(*e, doc.object(), mode); !err.isEmpty())
        return badRequest(err);
    if (e->running())
        m_store.stopRunningEntries(e->start, e->id);
    persist();
    return noContent();
}

HttpReply FocusRoutes::bulkCreate(const ApiRequest &request, qint64 workspaceId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isArray())
        return badRequest(u"request body must be a JSON array of time entries"_s);
    const QJsonArray items = doc.array();
    if (items.size() > maxBulk)
        return badRequest(u"at most 100 time entries per request"_s);
    QList<FocusEntryRecord> created;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject body = items.at(i).toObject();
        const QString where = u"item %1: "_s.arg(i);
        if (!items.at(i).isObject())
            return badRequest(where + u"not an object"_s);
        if (body.contains(u"user_id"_s) && !body[u"user_id"_s].isNull() &&
            body[u"user_id"_s].toInteger() != m_store.userId())
            return forbidden();
        FocusEntryRecord e;
        e.workspaceId = workspaceId;
        e.userId = m_store.userId();
        const auto taskId = bodyTaskId(body.value(u"task_id"_s), workspaceId);
        if (!taskId)
            return badRequest(where + u"task_id: task not found in this workspace"_s);
        e.taskId = *taskId;
        if (QString err = m_store.applyEntry(e, body, FocusStore::EntryEdit::Create); !err.isEmpty())
            return badRequest(where + err);
        e.createdAt = e.updatedAt;
        created.append(e);
    }
    for (const FocusEntryRecord &e : created) {
        const qint64 id = m_store.addEntry(e);
        if (e.running())
            m_store.stopRunningEntries(e.start, id);
    }
    persist();
    return noContent();
}

HttpReply FocusRoutes::bulkPatch(const ApiRequest &request, qint64 workspaceId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isArray())
        return badRequest(u"request body must be a JSON array of partial time entries with id"_s);
    const QJsonArray items = doc.array();
    if (items.size() > maxBulk)
        return badRequest(u"at most 100 time entries per request"_s);
    // Validate everything on copies first: all or nothing.
    QList<FocusEntryRecord> patched;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject body = items.at(i).toObject();
        const QString where = u"item %1: "_s.arg(i);
        const auto id = body.value(u"id"_s).isDouble() && body.value(u"id"_s).toInteger() > 0
                            ? std::optional<qint64>(body.value(u"id"_s).toInteger())
                            : std::nullopt;
        if (!id)
            return badRequest(where + u"id is required"_s);
        auto existing = std::find_if(patched.begin(), patched.end(),
                                     [&id](const FocusEntryRecord &p) { return p.id == *id; });
        FocusEntryRecord copy;
        if (existing != patched.end()) {
            copy = *existing;
        } else {
            const FocusEntryRecord *e = m_store.entry(*id);
            if (!e || e->deleted() || e->workspaceId != workspaceId)
                return notFound(entryMissing + u" (id %1)"_s.arg(*id));
            copy = *e;
        }
        QJsonObject fields = body;
        fields.remove(u"id"_s);
        if (QString err = m_store.applyEntry(copy, fields, FocusStore::EntryEdit::Patch); !err.isEmpty())
            return badRequest(where + err);
        if (existing != patched.end())
            *existing = copy;
        else
            patched.append(copy);
    }
    for (const FocusEntryRecord &p : patched) {
        *m_store.entry(p.id) = p;
        if (p.running())
            m_store.stopRunningEntries(p.start, p.id);
    }
    persist();
    return noContent();
}

HttpReply FocusRoutes::bulkDelete(const ApiRequest &request, qint64 workspaceId, bool restore)
{
    const QUrlQuery query = request.urlQuery();
    QList<qint64> ids;
    for (const QString &part : csvValues(query, u"ids"_s)) {
        const auto id = parseId(part);
        if (!id)
            return badRequest(u"ids must be a comma-separated list of integers"_s);
        if (!ids.contains(*id))
            ids.append(*id);
    }
    if (ids.isEmpty())
        return badRequest(u"ids is required"_s);
    if (ids.size() > maxBulk)
        return badRequest(u"at most 100 ids per request"_s);
    for (qint64 id : ids) {
        const FocusEntryRecord *e = m_store.entry(id);
        if (!e || e->workspaceId != workspaceId || (!restore && e->deleted()))
            return notFound(entryMissing + u" (id %1)"_s.arg(id));
    }
    const QDateTime now = TimeFormat::now();
    for (qint64 id : ids) {
        FocusEntryRecord *e = m_store.entry(id);
        if (restore == e->deleted()) {
            e->deletedAt = restore ? QDateTime() : now;
            e->updatedAt = now;
        }
    }
    persist();
    return noContent();
}

void FocusRoutes::persist()
{
    if (!m_store.save())
        qWarning("punchclock-sandbox: could not save the data file");
}

} // namespace sandbox
