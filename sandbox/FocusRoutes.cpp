// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FocusRoutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <functional>

#include "sandbox/FocusEntryQuery.h"
#include "sandbox/FocusStore.h"
#include "sandbox/QueryParams.h"
#include "sandbox/TimeFormat.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const QStringList taskOrderKeys{u"name"_s,           u"priority"_s, u"created_at"_s, u"updated_at"_s,
                                u"estimated_mins"_s, u"position"_s, u"status_id"_s,  u"project_id"_s,
                                u"start_date"_s,     u"end_date"_s, u"pinned"_s};
const QStringList priorities{u"none"_s, u"low"_s, u"medium"_s, u"high"_s}; // in rank order
const QString typeComplaint = u"type must be activity or break"_s;
const QString entryMissing = u"Time entry does not exist"_s;
const QString apiPrefix = u"/api/"_s;
const QString trackPrefix = u"/api/v9/"_s;
constexpr int maxBulk = 100;

HttpReply badRequest(const QString &description)
{
    return FocusRoutes::error(400, u"invalid_request"_s, description);
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

// Focus reads IDs with the spaces around them trimmed.
std::optional<qint64> parseId(const QString &text)
{
    return ApiRequest::parseId(text.trimmed());
}

} // namespace

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
    QueryParams params(request.urlQuery());
    const auto page = params.page();
    const auto order = params.order(taskOrderKeys, u"position"_s);
    const auto archived = params.boolean(u"archived"_s);
    const auto pinned = params.boolean(u"pinned"_s);
    const auto isPrivate = params.boolean(u"private"_s);
    const auto hasEntries = params.boolean(u"has_time_entries"_s);
    if (!params.error().isEmpty())
        return badRequest(params.error());

    // CSV ID filters; `?project_id=` (empty) selects tasks without a project (likewise client_id).
    const auto statusIds = params.idFilter(u"status_id"_s);
    const auto projectIds = params.idFilter(u"project_id"_s);
    const auto clientIds = params.idFilter(u"client_id"_s);
    const auto tagIds = params.idFilter(u"tag_id"_s);
    const QStringList prioritiesWanted = params.csv(u"priority"_s);
    if (std::any_of(prioritiesWanted.cbegin(), prioritiesWanted.cend(),
                    [](const QString &p) { return !priorities.contains(p); }))
        return badRequest(u"priority must be a comma-separated list of none, low, medium, high"_s);
    if (!params.error().isEmpty())
        return badRequest(params.error());
    const QString name = params.text(u"name"_s).trimmed();

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
            return SortOrder::compare(a->name.toLower(), b->name.toLower());
        if (key == u"priority"_s)
            return SortOrder::compare(priorities.indexOf(a->priority), priorities.indexOf(b->priority));
        if (key == u"created_at"_s)
            return SortOrder::compare(a->createdAt, b->createdAt);
        if (key == u"updated_at"_s)
            return SortOrder::compare(a->updatedAt, b->updatedAt);
        if (key == u"estimated_mins"_s)
            return SortOrder::compare(a->estimatedMins, b->estimatedMins);
        if (key == u"status_id"_s)
            return SortOrder::compare(a->statusId, b->statusId);
        if (key == u"project_id"_s)
            return SortOrder::compare(a->projectId, b->projectId);
        if (key == u"start_date"_s)
            return SortOrder::compare(a->startDate, b->startDate);
        if (key == u"end_date"_s)
            return SortOrder::compare(a->endDate, b->endDate);
        if (key == u"pinned"_s)
            return SortOrder::compare(int(a->pinned), int(b->pinned));
        return SortOrder::compare(a->position, b->position);
    };
    order->sort(picked, keyCompare, false);
    return HttpReply::json(
        200, page->answer(
                 picked, [this](const FocusTaskRecord *t) { return m_store.taskJson(*t, true); }, true));
}

HttpReply FocusRoutes::listTaskEntries(const ApiRequest &request, qint64 workspaceId, qint64 taskId)
{
    const FocusTaskRecord *task = m_store.task(taskId);
    if (!task || task->deletedAt.isValid() || task->workspaceId != workspaceId)
        return notFound(u"Task does not exist"_s);
    QueryParams params(request.urlQuery());
    FocusEntryQuery q;
    q.taskId = taskId;
    const auto page = params.page();
    const auto order = params.order(FocusEntryQuery::orderKeys, u"-start"_s);
    q.archived = params.boolean(u"archived"_s);
    q.timeBlockId = params.id(u"time_block_id"_s);
    q.type = params.oneOf(u"type"_s, {u"activity"_s, u"break"_s}, typeComplaint);
    if (!params.error().isEmpty())
        return badRequest(params.error());
    q.order = *order;
    return pagedEntries(q.run(m_store, workspaceId), *page, false);
}

HttpReply FocusRoutes::listWorkspaceEntries(const ApiRequest &request, qint64 workspaceId, bool stream)
{
    QueryParams params(request.urlQuery());
    FocusEntryQuery q;
    q.from = params.time(u"date_from"_s);
    if (params.error().isEmpty())
        q.to = params.time(u"date_to"_s);
    if (!params.error().isEmpty())
        return badRequest(params.error());
    if (*q.to < *q.from)
        return badRequest(u"date_to must not be earlier than date_from"_s);
    const auto page = params.page();
    const auto order = params.order(FocusEntryQuery::orderKeys, u"-start"_s);
    q.taskId = params.id(u"task_id"_s);
    q.statusId = params.id(u"status_id"_s);
    if (!stream)
        q.timeBlockId = params.id(u"time_block_id"_s);
    q.archived = params.boolean(u"archived"_s);
    q.includeTaskless = params.boolean(u"include_taskless"_s).value_or(false);
    q.type = params.oneOf(u"type"_s, {u"activity"_s, u"break"_s}, typeComplaint);
    if (!params.error().isEmpty())
        return badRequest(params.error());
    q.order = *order;
    if (stream)
        return streamed(q.run(m_store, workspaceId), true);
    return pagedEntries(q.run(m_store, workspaceId), *page, true);
}

HttpReply FocusRoutes::streamByTimeBlocks(const ApiRequest &request, qint64 workspaceId)
{
    const QStringList parts = QueryParams(request.urlQuery()).csv(u"time_block_id"_s);
    FocusEntryQuery q;
    q.timeBlockIds = ApiRequest::parseIds(parts);
    if (!q.timeBlockIds)
        return badRequest(u"time_block_id must be a comma-separated list of integers"_s);
    if (q.timeBlockIds->isEmpty())
        return badRequest(u"time_block_id is required"_s);
    q.order.keys = {{u"start"_s, true}};
    return streamed(q.run(m_store, workspaceId), false);
}

HttpReply FocusRoutes::pagedEntries(const QList<const FocusEntryRecord *> &entries, const Paging &page,
                                    bool withTask) const
{
    return HttpReply::json(
        200,
        page.answer(
            entries, [this, withTask](const FocusEntryRecord *e) { return m_store.entryJson(*e, withTask); },
            false));
}

HttpReply FocusRoutes::streamed(const QList<const FocusEntryRecord *> &entries, bool withTask) const
{
    HttpReply reply = HttpReply::json(200, QJsonArray());
    reply.body.clear();
    reply.chunked = true;
    if (entries.isEmpty()) {
        reply.chunks = {"["_ba, "]"_ba};
        return reply;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject item = m_store.entryJson(*entries.at(i), withTask);
        reply.chunks.append((i == 0 ? "["_ba : ","_ba) + QJsonDocument(item).toJson(QJsonDocument::Compact));
    }
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
    const auto body = request.jsonObject();
    if (!body)
        return badRequest(u"request body must be a JSON object"_s);
    FocusEntryRecord e;
    e.workspaceId = workspaceId;
    e.userId = m_store.userId();
    if (pathTaskId) {
        const FocusTaskRecord *t = m_store.task(*pathTaskId);
        if (!t || t->deletedAt.isValid() || t->workspaceId != workspaceId)
            return notFound(u"Task does not exist"_s);
        e.taskId = *pathTaskId;
    } else {
        const auto taskId = bodyTaskId(body->value(u"task_id"_s), workspaceId);
        if (!taskId)
            return badRequest(u"task_id: task not found in this workspace"_s);
        e.taskId = *taskId;
    }
    if (!ownUser(*body))
        return forbidden();
    if (QString err = m_store.applyEntry(e, *body, FocusStore::EntryEdit::Create); !err.isEmpty())
        return badRequest(err);
    e.createdAt = e.updatedAt;
    const qint64 id = m_store.addEntry(e);
    if (e.running())
        m_store.stopRunningEntries(e.start, id);
    m_store.persist();
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
            m_store.persist();
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
            m_store.persist();
        }
        return noContent();
    }
    const QByteArray &m = request.method;
    if (m == "GET")
        return HttpReply::json(200, m_store.entryJson(*e, false));
    if (m == "DELETE") {
        e->deletedAt = now;
        e->updatedAt = now;
        m_store.persist();
        return noContent();
    }
    const auto body = request.jsonObject();
    if (!body)
        return badRequest(u"request body must be a JSON object"_s);
    const auto mode = m == "PUT" ? FocusStore::EntryEdit::Put : FocusStore::EntryEdit::Patch;
    if (QString err = m_store.applyEntry(*e, *body, mode); !err.isEmpty())
        return badRequest(err);
    if (e->running())
        m_store.stopRunningEntries(e->start, e->id);
    m_store.persist();
    return noContent();
}

HttpReply FocusRoutes::bulkCreate(const ApiRequest &request, qint64 workspaceId)
{
    const auto array = request.jsonArray();
    if (!array)
        return badRequest(u"request body must be a JSON array of time entries"_s);
    const QJsonArray items = *array;
    if (items.size() > maxBulk)
        return badRequest(u"at most 100 time entries per request"_s);
    QList<FocusEntryRecord> created;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject body = items.at(i).toObject();
        const QString where = u"item %1: "_s.arg(i);
        if (!items.at(i).isObject())
            return badRequest(where + u"not an object"_s);
        if (!ownUser(body))
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
    m_store.persist();
    return noContent();
}

HttpReply FocusRoutes::bulkPatch(const ApiRequest &request, qint64 workspaceId)
{
    const auto array = request.jsonArray();
    if (!array)
        return badRequest(u"request body must be a JSON array of partial time entries with id"_s);
    const QJsonArray items = *array;
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
    m_store.persist();
    return noContent();
}

HttpReply FocusRoutes::bulkDelete(const ApiRequest &request, qint64 workspaceId, bool restore)
{
    const auto given = ApiRequest::parseIds(QueryParams(request.urlQuery()).csv(u"ids"_s));
    if (!given)
        return badRequest(u"ids must be a comma-separated list of integers"_s);
    QList<qint64> ids;
    for (qint64 id : *given) {
        if (!ids.contains(id))
            ids.append(id);
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
    m_store.persist();
    return noContent();
}

bool FocusRoutes::ownUser(const QJsonObject &body) const
{
    return !body.contains(u"user_id"_s) || body[u"user_id"_s].isNull() ||
           body[u"user_id"_s].toInteger() == m_store.userId();
}

} // namespace sandbox
