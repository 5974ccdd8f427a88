// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ReportsRoutes.h"

#include "sandbox/DetailedQuery.h"
#include "sandbox/DetailedSearch.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const QString reportsPrefix = u"/reports/"_s;
const QString v3Prefix = u"/reports/api/v3/"_s;

HttpReply notFound()
{
    HttpReply reply = HttpReply::bare(404);
    reply.setHeader("Content-Type"_ba, "text/plain; charset=utf-8"_ba);
    reply.body = "404 page not found\n"_ba;
    return reply;
}

} // namespace

bool ReportsRoutes::isReportsPath(const QString &path)
{
    return path.startsWith(reportsPrefix);
}

HttpReply ReportsRoutes::handle(const ApiRequest &request) const
{
    if (!request.path.startsWith(v3Prefix))
        return notFound();
    const QStringList s = request.path.mid(v3Prefix.size()).split(u'/', Qt::SkipEmptyParts);
    if (s.size() != 4 || s[0] != u"workspace"_s || s[2] != u"search"_s || s[3] != u"time_entries"_s)
        return notFound();
    if (request.method != "POST")
        return HttpReply::bare(405);
    const auto wid = ApiRequest::parseId(s[1]);
    if (!wid)
        return HttpReply::jsonError(400, u"Invalid workspace id"_s);
    if (!m_store.hasWorkspace(*wid))
        return HttpReply::jsonError(403, u"Workspace not found/accessible"_s);

    std::optional<QJsonObject> body = request.jsonObject();
    if (!body && request.body.trimmed().isEmpty())
        body = QJsonObject(); // no body at all: no parameter set
    if (!body)
        return HttpReply::jsonError(400, u"JSON is not valid"_s);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_store.userTimeZone()).date();
    QString error;
    const auto query = DetailedQuery::read(*body, today, &error);
    if (!query)
        return HttpReply::jsonError(400, error);
    return DetailedSearch(m_store, *wid, *query).answer();
}

} // namespace sandbox
