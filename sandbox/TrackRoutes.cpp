// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/TrackRoutes.h"

#include <QRegularExpression>

#include <algorithm>

#include "sandbox/EntryEditor.h"
#include "sandbox/TimeFormat.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const QString apiPrefix = u"/api/v9/"_s;
const QString noAccess = u"User does not have access to this resource."_s;
const QString entryNotFound = u"Time entry not found"_s;
constexpr int maxBulkIds = 100;
// The list window of the real service (README.md, "Listing"): without dates only the entries
// started in the last 9 days (and the running one); dates reach back 3 months; at most 1,000.
constexpr qint64 defaultWindowSecs = 9 * 24 * 3600;
constexpr int reachableMonths = 3;
constexpr qsizetype maxListed = 1000;

HttpReply notFound()
{
    HttpReply reply = HttpReply::bare(404);
    reply.headers.append({"Content-Type"_ba, "text/plain; charset=utf-8"_ba});
    reply.body = "404 page not found\n"_ba;
    return reply;
}

HttpReply methodNotAllowed()
{
    return HttpReply::bare(405);
}

bool flag(const QUrlQuery &query, const QString &name)
{
    const QString value = query.queryItemValue(name).toLower();
    return value == u"true"_s || value == u"1"_s;
}

TrackStore::EntryOptions entryOptions(const ApiRequest &request, TrackStore::EntryStyle style)
{
    const QUrlQuery query = request.urlQuery();
    return {style, flag(query, u"meta"_s), flag(query, u"include_sharing"_s)};
}

} // namespace

HttpReply TrackRoutes::handle(const ApiRequest &request)
{
    if (!request.path.startsWith(apiPrefix))
        return notFound();
    const QStringList s = request.path.mid(apiPrefix.size()).split(u'/', Qt::SkipEmptyParts);
    const QByteArray &m = request.method;
    const auto only = [&m](const char *allowed, auto &&handler) -> HttpReply {
        return m == allowed ? handler() : methodNotAllowed();
    };

    if (s.isEmpty())
        return notFound();
    if (s[0] == u"me"_s) {
        if (s.size() == 1)
            return only("GET", [&] { return me(request); });
        if (s.size() == 2 && s[1] == u"workspaces"_s)
            return only("GET", [&] { return HttpReply::json(200, m_store.workspacesJson()); });
        if (s.size() == 2 && s[1] == u"projects"_s)
            return only("GET", [&] { return HttpReply::json(200, m_store.projectsJson(0)); });
        if (s.size() == 2 && s[1] == u"tags"_s)
            return only("GET", [&] { return HttpReply::json(200, m_store.tagsJson(0)); });
        if (s.size() == 2 && s[1] == u"clients"_s)
            return only("GET", [&] { return HttpReply::json(200, m_store.clientsJson(0)); });
        if (s.size() == 2 && s[1] == u"time_entries"_s)
            return only("GET", [&] { return listEntries(request); });
        if (s.size() == 3 && s[1] == u"time_entries"_s && s[2] == u"current"_s)
            return only("GET", [&] { return currentEntry(request); });
        if (s.size() == 3 && s[1] == u"time_entries"_s)
            return only("GET", [&] { return entryById(request, s[2]); });
        return notFound();
    }
    if (s[0] == u"workspaces"_s && s.size() >= 2)
        return workspaceScoped(request, s);
    return notFound();
}

HttpReply TrackRoutes::workspaceScoped(const ApiRequest &request, const QStringList &s)
{
    const auto wid = ApiRequest::parseId(s[1]);
    if (!wid)
        return notFound();
    const QByteArray &m = request.method;

    // Which route is it, and which methods does it allow? (404 / 405 before the access check.)
    enum class Route
    {
        Workspace,
        Projects,
        Tags,
        Clients,
        Entries,
        Entry,
        Stop
    } route;
    QList<QByteArray> allowed;
    if (s.size() == 2) {
        route = Route::Workspace, allowed = {"GET"};
    } else if (s.size() == 3 && s[2] == u"projects"_s) {
        route = Route::Projects, allowed = {"GET", "POST"};
    } else if (s.size() == 3 && s[2] == u"tags"_s) {
        route = Route::Tags, allowed = {"GET"};
    } else if (s.size() == 3 && s[2] == u"clients"_s) {
        route = Route::Clients, allowed = {"GET"};
    } else if (s.size() == 3 && s[2] == u"time_entries"_s) {
        route = Route::Entries, allowed = {"POST"};
    } else if (s.size() == 4 && s[2] == u"time_entries"_s) {
        route = Route::Entry, allowed = {"PUT", "PATCH", "DELETE"};
    } else if (s.size() == 5 && s[2] == u"time_entries"_s && s[4] == u"stop"_s) {
        route = Route::Stop, allowed = {"PATCH"};
    } else {
        return notFound();
    }
    if (!allowed.contains(m))
        return methodNotAllowed();
    if (!m_store.hasWorkspace(*wid))
        return HttpReply::jsonError(403, noAccess);

    switch (route) {
    case Route::Workspace:
        for (const auto &w : m_store.workspaces()) {
            if (w.id == *wid)
                return HttpReply::json(200, m_store.workspaceJson(w));
        }
        return HttpReply::jsonError(403, noAccess);
    case Route::Projects: {
        if (m == "POST")
            return createProject(request, *wid);
        const QUrlQuery query = request.urlQuery();
        const QString active = query.queryItemValue(u"active"_s).toLower();
        QJsonArray out;
        for (const auto &p : m_store.projects()) {
            if (p.workspaceId != *wid)
                continue;
            if ((active == u"true"_s && !p.active) || (active == u"false"_s && p.active))
                continue;
            out.append(m_store.projectJson(p));
        }
        return HttpReply::json(200, out);
    }
    case Route::Tags:
        return HttpReply::json(200, m_store.tagsJson(*wid));
    case Route::Clients:
        return HttpReply::json(200, m_store.clientsJson(*wid));
    case Route::Entries:
        return createEntry(request, *wid);
    case Route::Entry:
        if (m == "PUT")
            return updateEntry(request, *wid, s[3]);
        if (m == "DELETE")
            return deleteEntry(*wid, s[3]);
        return bulkPatch(request, *wid, s[3]);
    case Route::Stop:
        return stopEntry(*wid, s[3]);
    }
    return notFound();
}

// POST /workspaces/{wid}/projects: name required, unique (ignoring case) among the workspace's
// projects of the same client, archived ones included; the answer is the GET shape.
HttpReply TrackRoutes::createProject(const ApiRequest &request, qint64 workspaceId)
{
    const auto body = request.jsonObject();
    if (!body)
        return HttpReply::jsonError(400, u"JSON is not valid"_s);
    const QString name = body->value(u"name"_s).toString().trimmed();
    if (name.isEmpty())
        return HttpReply::jsonError(400, u"Project name must not be empty"_s);
    const QJsonValue clientValue = body->value(u"client_id"_s);
    const qint64 clientId = clientValue.isDouble() ? clientValue.toInteger() : 0;
    if (clientId != 0) {
        const ClientRecord *client = m_store.client(clientId);
        if (!client || client->workspaceId != workspaceId)
            return HttpReply::jsonError(400, u"Invalid client_id"_s);
    }
    for (const auto &p : m_store.projects()) {
        if (p.workspaceId == workspaceId && p.clientId == clientId &&
            p.name.compare(name, Qt::CaseInsensitive) == 0)
            return HttpReply::jsonError(400, u"Project name already exists"_s);
    }
    QString color = body->value(u"color"_s).toString();
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    if (color.isEmpty())
        color = u"#06aaf5"_s; // a colour of Toggl's palette, as the web app picks one
    else if (!hex.match(color).hasMatch())
        return HttpReply::jsonError(400, u"Invalid project color"_s);
    const qint64 id =
        m_store.addProject(workspaceId, name, color.toLower(), clientId,
                           body->value(u"billable"_s).toBool(false), body->value(u"active"_s).toBool(true));
    m_store.persist();
    return HttpReply::json(200, m_store.projectJson(*m_store.project(id)));
}

HttpReply TrackRoutes::me(const ApiRequest &request)
{
    return HttpReply::json(200, m_store.meJson(flag(request.urlQuery(), u"with_related_data"_s)));
}

HttpReply TrackRoutes::listEntries(const ApiRequest &request)
{
    const QUrlQuery query = request.urlQuery();
    const bool hasSince = query.hasQueryItem(u"since"_s);
    const bool hasBefore = query.hasQueryItem(u"before"_s);
    if (hasSince && hasBefore)
        return HttpReply::jsonError(400, u"'since' and 'before' can not be present simultaneously"_s);

    std::optional<qint64> since;
    std::optional<QDateTime> before, startDate, endDate;
    if (hasSince) {
        bool ok = false;
        since = query.queryItemValue(u"since"_s).toLongLong(&ok);
        if (!ok || *since < 0)
            return HttpReply::jsonError(400, u"Invalid since, expected a UNIX timestamp"_s);
    }
    const auto dateParam = [&query](const QString &name, std::optional<QDateTime> *out) {
        if (!query.hasQueryItem(name))
            return true;
        *out = TimeFormat::parseDateOrTimestamp(query.queryItemValue(name, QUrl::FullyDecoded));
        return out->has_value();
    };
    if (!dateParam(u"before"_s, &before))
        return HttpReply::jsonError(400, u"Invalid before, expected YYYY-MM-DD or RFC3339"_s);
    if (!dateParam(u"start_date"_s, &startDate))
        return HttpReply::jsonError(400, u"Invalid start_date, expected YYYY-MM-DD or RFC3339"_s);
    if (!dateParam(u"end_date"_s, &endDate))
        return HttpReply::jsonError(400, u"Invalid end_date, expected YYYY-MM-DD or RFC3339"_s);
    const QDate limit = QDateTime::currentDateTimeUtc().date().addMonths(-reachableMonths);
    if (startDate && startDate->date() < limit)
        return HttpReply::jsonError(400,
                                    u"start_date must not be earlier than "_s + limit.toString(Qt::ISODate));
    if (startDate && endDate && *endDate < *startDate)
        return HttpReply::jsonError(400, u"end_date must not be earlier than start_date"_s);

    // Without `since` the answer never reaches past the window: the last 9 days when no date is
    // given, else back to the 3-month limit (start_date, when given, is within it).
    const bool noDates = !startDate && !endDate && !before;
    std::optional<QDateTime> oldest;
    if (!since && noDates)
        oldest = TimeFormat::now().addSecs(-defaultWindowSecs);
    else if (!since && !startDate)
        oldest = TimeFormat::utc(limit, QTime(0, 0));

    QList<const TimeEntryRecord *> picked;
    for (const auto &e : m_store.entries()) {
        if (e.userId != m_store.user().id)
            continue;
        if (since) {
            const QDateTime changed = e.deleted() && e.deletedAt > e.at ? e.deletedAt : e.at;
            if (changed.toSecsSinceEpoch() < *since)
                continue;
        } else if (e.deleted()) {
            continue;
        }
        if (oldest && e.start < *oldest && !(noDates && e.running()))
            continue;
        if (before && !(e.start < *before))
            continue;
        if (startDate && e.start < *startDate)
            continue;
        if (endDate && !(e.start < *endDate))
            continue;
        picked.append(&e);
    }
    std::sort(picked.begin(), picked.end(), [](const TimeEntryRecord *a, const TimeEntryRecord *b) {
        return a->start != b->start ? a->start > b->start : a->id > b->id;
    });
    if (!since && picked.size() > maxListed)
        picked.resize(maxListed); // the newest 1,000 by start
    const auto options = entryOptions(request, TrackStore::EntryStyle::Listed);
    QJsonArray out;
    for (const TimeEntryRecord *e : picked)
        out.append(m_store.entryJson(*e, options));
    return HttpReply::json(200, out);
}

HttpReply TrackRoutes::currentEntry(const ApiRequest &request)
{
    const TimeEntryRecord *running = m_store.runningEntry();
    if (!running)
        return HttpReply::json(200, QJsonValue(QJsonValue::Null));
    return HttpReply::json(
        200, m_store.entryJson(*running, entryOptions(request, TrackStore::EntryStyle::Listed)));
}

HttpReply TrackRoutes::entryById(const ApiRequest &request, const QString &idText)
{
    const auto id = ApiRequest::parseId(idText);
    if (!id)
        return HttpReply::jsonError(400, u"Invalid or missing time_entry_id"_s);
    const TimeEntryRecord *e = m_store.entry(*id);
    if (!e || e->deleted())
        return HttpReply::jsonError(404, entryNotFound);
    return HttpReply::json(200,
                           m_store.entryJson(*e, entryOptions(request, TrackStore::EntryStyle::ReadById)));
}

HttpReply TrackRoutes::createEntry(const ApiRequest &request, qint64 workspaceId)
{
    const auto body = request.jsonObject();
    if (!body)
        return HttpReply::jsonError(400, u"JSON is not valid"_s);
    TimeEntryRecord entry;
    EntryEditor editor(m_store);
    if (QString error = editor.create(workspaceId, *body, &entry); !error.isEmpty()) {
        m_store.persist(); // tags created by name stay, as they would on the real server
        return HttpReply::jsonError(400, error);
    }
    const qint64 id = m_store.addEntry(entry);
    if (entry.running())
        m_store.stopRunningEntries(entry.start, id);
    m_store.persist();
    return HttpReply::json(
        200, m_store.entryJson(*m_store.entry(id), entryOptions(request, TrackStore::EntryStyle::Created)));
}

HttpReply TrackRoutes::updateEntry(const ApiRequest &request, qint64 workspaceId, const QString &idText)
{
    const auto id = ApiRequest::parseId(idText);
    if (!id)
        return HttpReply::jsonError(400, u"Invalid or missing time_entry_id"_s);
    TimeEntryRecord *e = m_store.entry(*id);
    if (!e || e->deleted() || e->workspaceId != workspaceId)
        return HttpReply::jsonError(404, entryNotFound);
    const auto body = request.jsonObject();
    if (!body)
        return HttpReply::jsonError(400, u"JSON is not valid"_s);
    EntryEditor editor(m_store);
    if (QString error = editor.update(*e, *body); !error.isEmpty())
        return HttpReply::jsonError(400, error);
    if (e->running())
        m_store.stopRunningEntries(e->start, e->id);
    m_store.persist();
    return HttpReply::json(200,
                           m_store.entryJson(*e, entryOptions(request, TrackStore::EntryStyle::Written)));
}

HttpReply TrackRoutes::bulkPatch(const ApiRequest &request, qint64 workspaceId, const QString &idsText)
{
    const auto ids = ApiRequest::parseIds(idsText.split(u','));
    if (!ids)
        return HttpReply::jsonError(400, u"Invalid time entry IDs: expected numbers separated by commas"_s);
    if (ids->size() > maxBulkIds)
        return HttpReply::jsonError(400, u"Too many time entry IDs: the limit is 100 per request"_s);
    const auto body = request.jsonArray();
    if (!body)
        return HttpReply::jsonError(400, u"JSON is not valid: expected an array of patch operations"_s);
    const QJsonArray operations = *body;
    if (QString error = EntryEditor::checkPatch(operations); !error.isEmpty())
        return HttpReply::jsonError(400, error);

    EntryEditor editor(m_store);
    QJsonArray success;
    QJsonArray failure;
    const auto fail = [&failure](qint64 id, const QString &message) {
        failure.append(QJsonObject{{u"id"_s, id}, {u"message"_s, message}});
    };
    for (qint64 id : *ids) {
        if (m_faults.rejectIds.contains(id)) {
            fail(id, m_faults.rejectIds.value(id));
            continue;
        }
        TimeEntryRecord *e = m_store.entry(id);
        if (!e || e->deleted() || e->workspaceId != workspaceId) {
            fail(id, entryNotFound);
            continue;
        }
        if (QString error = editor.patch(*e, operations); !error.isEmpty()) {
            fail(id, error);
            continue;
        }
        if (e->running())
            m_store.stopRunningEntries(e->start, e->id);
        success.append(id);
    }
    m_store.persist();
    return HttpReply::json(200, QJsonObject{{u"success"_s, success}, {u"failure"_s, failure}});
}

HttpReply TrackRoutes::deleteEntry(qint64 workspaceId, const QString &idText)
{
    const auto id = ApiRequest::parseId(idText);
    if (!id)
        return HttpReply::jsonError(400, u"Invalid or missing time_entry_id"_s);
    TimeEntryRecord *e = m_store.entry(*id);
    if (!e || e->deleted() || e->workspaceId != workspaceId)
        return HttpReply::jsonError(404, entryNotFound);
    e->deletedAt = QDateTime::currentDateTimeUtc();
    e->at = e->deletedAt;
    m_store.persist();
    return HttpReply::emptyJson(200);
}

HttpReply TrackRoutes::stopEntry(qint64 workspaceId, const QString &idText)
{
    const auto id = ApiRequest::parseId(idText);
    if (!id)
        return HttpReply::jsonError(400, u"Invalid or missing time_entry_id"_s);
    TimeEntryRecord *e = m_store.entry(*id);
    if (!e || e->deleted() || e->workspaceId != workspaceId)
        return HttpReply::jsonError(404, entryNotFound);
    if (!e->running())
        return HttpReply::jsonError(409, u"Time entry already stopped"_s);
    const QDateTime now = TimeFormat::now();
    e->stop = now < e->start ? e->start : now;
    e->at = QDateTime::currentDateTimeUtc();
    m_store.persist();
    return HttpReply::json(200, m_store.entryJson(*e, {TrackStore::EntryStyle::Written, false, false}));
}

} // namespace sandbox
