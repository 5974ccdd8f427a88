// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's own test: raw HTTP against an in-process SandboxServer.
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include "sandbox/TimeFormat.h"
#include "tests/support/JsonBody.h"
#include "tests/support/SandboxFixture.h"

using namespace Qt::StringLiterals;
using sandbox::SandboxServer;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonValue json() const { return jsonOfBody(body); }
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
};

enum class Auth
{
    Token,
    Password,
    None,
    Wrong
};

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void authentication();
    void commonHeaders();
    void meAndRelatedData();
    void createGetCurrentListStop();
    void startingAnotherStopsTheRunningOne();
    void createValidation();
    void createWithoutDurationIsStoppedZeroLength();
    void putUpdatesAndCreatesTagsByName();
    void deleteAndSince();
    void listFilters();
    void listWithoutDatesIsTheLastNineDays();
    void listDatesReachThreeMonths();
    void listHoldsAtMostAThousand();
    void wrongWorkspaceMethodAndUnknown();
    void bulkPatchPartialFailure();
    void bulkPatchTooManyIds();
    void quotaExhaustion();
    void burst429();
    void failureRateAndHtmlErrors();
    void malformedBodies();
    void droppedConnection();
    void hungRequest();
    void latencyDoesNotBlock();
    void persistenceAcrossRestart();
    void workspaceLastModified();
    void seedDemo();

private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                Auth auth = Auth::Token, int timeoutMs = 5000);
    Answer post(const QJsonObject &body)
    {
        return call("POST", wsPath(u"/time_entries"_s), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QString wsPath(const QString &rest) const
    {
        return u"/api/v9/workspaces/"_s + QString::number(server->defaultWorkspaceId()) + rest;
    }
    QJsonObject entryBody(const QString &description, qint64 duration, const QDateTime &start) const
    {
        return {{u"created_with"_s, u"tst_sandboxserver"_s},
                {u"description"_s, description},
                {u"workspace_id"_s, server->defaultWorkspaceId()},
                {u"start"_s, start.toString(Qt::ISODate)},
                {u"duration"_s, duration}};
    }

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
};

Answer TestSandboxServer::call(const QByteArray &method, const QString &path, const QByteArray &body,
                               Auth auth, int timeoutMs)
{
    QUrl url = server->baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(timeoutMs);
    QByteArray credentials;
    if (auth == Auth::Token)
        credentials = server->token().toUtf8() + ":api_token";
    else if (auth == Auth::Password)
        credentials = "demo@example.com:demo-password";
    else if (auth == Auth::Wrong)
        credentials = "not-the-token:api_token";
    if (!credentials.isEmpty())
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());

    QNetworkReply *reply = nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 5000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

void TestSandboxServer::init()
{
    server = startSandbox();
    nam = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxServer::cleanup()
{
    nam.reset();
    server.reset();
}

void TestSandboxServer::authentication()
{
    const Answer none = call("GET", u"/api/v9/me"_s, {}, Auth::None);
    QCOMPARE(none.status, 401);
    QVERIFY(none.body.isEmpty());
    QVERIFY(!none.hasHeader("Content-Type"));
    QCOMPARE(none.header("X-Authorization-Missing"), "true"_ba);

    const Answer wrong = call("GET", u"/api/v9/me"_s, {}, Auth::Wrong);
    QCOMPARE(wrong.status, 403);
    QVERIFY(wrong.json().isString());

    QCOMPARE(call("GET", u"/api/v9/me"_s, {}, Auth::Token).status, 200);
    QCOMPARE(call("GET", u"/api/v9/me"_s, {}, Auth::Password).status, 200);

    // The request log keeps the raw Authorization header and the status.
    const auto log = server->requests();
    QCOMPARE(log.size(), 4);
    QVERIFY(log[0].authorization.isEmpty());
    QCOMPARE(log[0].status, 401);
    QVERIFY(log[2].authorization.startsWith("Basic "));
    QCOMPARE(log[3].path, u"/api/v9/me"_s);
    QCOMPARE(server->countRequests("GET", u"/me"_s), 4);
    server->clearRequests();
    QCOMPARE(server->requests().size(), 0);
}

void TestSandboxServer::commonHeaders()
{
    for (const Auth auth : {Auth::Token, Auth::None}) {
        const Answer a = call("GET", u"/api/v9/me"_s, {}, auth);
        static const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
        QVERIFY2(uuid.match(QString::fromLatin1(a.header("X-Toggl-Request-Id"))).hasMatch(),
                 a.header("X-Toggl-Request-Id").constData());
        QVERIFY(a.header("Cache-Control").startsWith("no-cache, private, no-store"));
        QVERIFY(!a.hasHeader("X-Toggl-Quota-Remaining"));
    }
    const Answer ok = call("GET", u"/api/v9/me"_s);
    QCOMPARE(ok.header("Content-Type"), "application/json; charset=utf-8"_ba);
}

void TestSandboxServer::meAndRelatedData()
{
    const QJsonObject me = call("GET", u"/api/v9/me"_s).object();
    QCOMPARE(me[u"id"_s].toInteger(), server->userId());
    QCOMPARE(me[u"default_workspace_id"_s].toInteger(), server->defaultWorkspaceId());
    QCOMPARE(me[u"api_token"_s].toString(), server->token());
    QVERIFY(!me[u"email"_s].toString().isEmpty());
    QVERIFY(!me.contains(u"workspaces"_s));

    const QJsonObject bare = call("GET", u"/api/v9/me?with_related_data=true"_s).object();
    QCOMPARE(bare[u"workspaces"_s].toArray().size(), 1);
    QVERIFY(!bare.contains(u"clients"_s)); // empty related arrays are omitted
    QVERIFY(!bare.contains(u"projects"_s));
    QVERIFY(!bare.contains(u"tags"_s));

    const qint64 client = server->insertClient(u"Acme"_s);
    server->insertProject(u"Site"_s, u"#06aaf5"_s, client);
    server->insertTag(u"urgent"_s);
    const QJsonObject full = call("GET", u"/api/v9/me?with_related_data=true"_s).object();
    QCOMPARE(full[u"clients"_s].toArray().size(), 1);
    QCOMPARE(full[u"projects"_s].toArray().at(0)[u"client_id"_s].toInteger(), client);
    QCOMPARE(full[u"tags"_s].toArray().at(0)[u"name"_s].toString(), u"urgent"_s);

    QCOMPARE(call("GET", u"/api/v9/me/workspaces"_s).array().size(), 1);
    QCOMPARE(call("GET", wsPath(u"/projects"_s)).array().size(), 1);
    QCOMPARE(call("GET", wsPath(u"/tags"_s)).array().size(), 1);
    QCOMPARE(call("GET", wsPath(u"/clients"_s)).array().at(0)[u"name"_s].toString(), u"Acme"_s);

    // Fields real answers carry (last_modified: workspaceLastModified).
    const QJsonObject project = full[u"projects"_s].toArray().at(0).toObject();
    QVERIFY(project.contains(u"template_id"_s));
    QVERIFY(project[u"template_id"_s].isNull());
    const QJsonObject workspace = call("GET", wsPath(QString())).object();
    QCOMPARE(workspace[u"projects_private_by_default"_s], QJsonValue(true));
    QCOMPARE(project[u"is_private"_s], QJsonValue(true));
}

void TestSandboxServer::createGetCurrentListStop()
{
    const Answer none = call("GET", u"/api/v9/me/time_entries/current"_s);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.body.trimmed(), "null"_ba);

    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
    const Answer created = post(entryBody(u"Writing tests"_s, -1, start));
    QCOMPARE(created.status, 200);
    const QJsonObject c = created.object();
    const qint64 id = c[u"id"_s].toInteger();
    QVERIFY(id > 0);
    QCOMPARE(c[u"duration"_s].toInteger(), -1);
    QVERIFY(c[u"stop"_s].isNull());
    QVERIFY(c[u"start"_s].toString().endsWith(u'Z'));
    QCOMPARE(c[u"workspace_id"_s].toInteger(), server->defaultWorkspaceId());
    QCOMPARE(c[u"wid"_s].toInteger(), server->defaultWorkspaceId());
    QVERIFY(!c.contains(u"pid"_s)); // omitted without a project
    QVERIFY(c[u"project_id"_s].isNull());
    QCOMPARE(c[u"duronly"_s].toBool(), true);

    const QJsonObject current = call("GET", u"/api/v9/me/time_entries/current"_s).object();
    QCOMPARE(current[u"id"_s].toInteger(), id);
    const qint64 startSecs = start.toSecsSinceEpoch();
    QCOMPARE(current[u"duration"_s].toInteger(), -startSecs);
    QVERIFY(current[u"start"_s].toString().endsWith(u"+00:00"_s));

    const Answer byId = call("GET", u"/api/v9/me/time_entries/"_s + QString::number(id));
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.object()[u"description"_s].toString(), u"Writing tests"_s);
    QCOMPARE(call("GET", u"/api/v9/me/time_entries/999"_s).status, 404);

    const Answer older = post(entryBody(u"Earlier"_s, 300, start.addSecs(-3600)));
    QCOMPARE(older.status, 200);
    const QJsonArray list = call("GET", u"/api/v9/me/time_entries"_s).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0][u"id"_s].toInteger(), id); // newest first
    QCOMPARE(list[1][u"duration"_s].toInteger(), 300);

    const QString stopPath = wsPath(u"/time_entries/"_s + QString::number(id) + u"/stop"_s);
    const Answer stopped = call("PATCH", stopPath);
    QCOMPARE(stopped.status, 200);
    QVERIFY(stopped.object()[u"stop"_s].toString().endsWith(u'Z'));
    QVERIFY(stopped.object()[u"duration"_s].toInteger() >= 600);
    const Answer again = call("PATCH", stopPath);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().toString(), u"Time entry already stopped"_s);
    QCOMPARE(call("GET", u"/api/v9/me/time_entries/current"_s).body.trimmed(), "null"_ba);
    QCOMPARE(call("PATCH", wsPath(u"/time_entries/12345/stop"_s)).status, 404);
}

void TestSandboxServer::startingAnotherStopsTheRunningOne()
{
    const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const qint64 a = post(entryBody(u"A"_s, -1, first)).object()[u"id"_s].toInteger();
    const QDateTime second = first.addSecs(1200);
    const qint64 b = post(entryBody(u"B"_s, -1, second)).object()[u"id"_s].toInteger();
    const QJsonObject old = server->timeEntry(a);
    QCOMPARE(old[u"duration"_s].toInteger(), 1200);
    QCOMPARE(QDateTime::fromString(old[u"stop"_s].toString(), Qt::ISODate).toSecsSinceEpoch(),
             second.toSecsSinceEpoch());
    QCOMPARE(call("GET", u"/api/v9/me/time_entries/current"_s).object()[u"id"_s].toInteger(), b);
}

void TestSandboxServer::createValidation()
{
    QJsonObject body = entryBody(u"x"_s, 60, QDateTime::currentDateTimeUtc());
    body.remove(u"start"_s);
    Answer a = post(body);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json().toString(), u"start is required for time entry creation"_s);

    body = entryBody(u"x"_s, 60, QDateTime::currentDateTimeUtc());
    body.remove(u"created_with"_s);
    a = post(body);
    QCOMPARE(a.status, 400);
    QVERIFY(a.json().isString());

    body = entryBody(u"x"_s, 60, QDateTime::currentDateTimeUtc());
    body.remove(u"workspace_id"_s);
    QCOMPARE(post(body).status, 400);

    body = entryBody(u"x"_s, 60, sandbox::TimeFormat::utc(QDate(2031, 1, 1), QTime(9, 0)));
    a = post(body);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json().toString(), u"Start time year must be between 2006 and 2030"_s);

    a = call("POST", wsPath(u"/time_entries"_s), "{not json");
    QCOMPARE(a.status, 400);
    QVERIFY(a.json().isString());

    // Any offset and fractions are accepted; stored as UTC whole seconds.
    body = entryBody(u"offset"_s, 60, QDateTime::currentDateTimeUtc());
    body[u"start"_s] = u"2024-12-16T04:18:20.654321+02:00"_s;
    a = post(body);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object()[u"start"_s].toString(), u"2024-12-16T02:18:20Z"_s);
    QCOMPARE(a.object()[u"stop"_s].toString(), u"2024-12-16T02:19:20Z"_s);
    QCOMPARE(server->timeEntries().size(), 1);
}

void TestSandboxServer::createWithoutDurationIsStoppedZeroLength()
{
    QJsonObject body = entryBody(u"zero"_s, 0, QDateTime::currentDateTimeUtc().addSecs(-60));
    body.remove(u"duration"_s);
    body[u"tags"_s] = QJsonArray();
    const Answer a = post(body);
    QCOMPARE(a.status, 200);
    const QJsonObject c = a.object();
    QVERIFY(c[u"stop"_s].isNull());
    QCOMPARE(c[u"duration"_s].toInteger(), 0);
    QVERIFY(c[u"tags"_s].isNull());
    QCOMPARE(c[u"tag_ids"_s].toArray().size(), 0);
    const QJsonObject read =
        call("GET", u"/api/v9/me/time_entries/"_s + QString::number(c[u"id"_s].toInteger())).object();
    QCOMPARE(read[u"stop"_s].toString(), read[u"start"_s].toString());
    QCOMPARE(read[u"duration"_s].toInteger(), 0);
    QVERIFY(read[u"tags"_s].isArray());
    QCOMPARE(call("GET", u"/api/v9/me/time_entries/current"_s).body.trimmed(), "null"_ba);
}

void TestSandboxServer::putUpdatesAndCreatesTagsByName()
{
    const qint64 project = server->insertProject(u"Punchclock"_s, u"#c56bff"_s);
    const qint64 id = post(entryBody(u"before"_s, 1800, QDateTime::currentDateTimeUtc().addSecs(-7200)))
                          .object()[u"id"_s]
                          .toInteger();
    const QJsonObject change{{u"description"_s, u"after"_s},
                             {u"project_id"_s, project},
                             {u"billable"_s, true},
                             {u"tags"_s, QJsonArray{u"focus"_s, u"deep work"_s}}};
    const Answer a = call("PUT", wsPath(u"/time_entries/"_s + QString::number(id)),
                          QJsonDocument(change).toJson(QJsonDocument::Compact));
    QCOMPARE(a.status, 200);
    const QJsonObject e = a.object();
    QCOMPARE(e[u"description"_s].toString(), u"after"_s);
    QCOMPARE(e[u"project_id"_s].toInteger(), project);
    QCOMPARE(e[u"pid"_s].toInteger(), project);
    QCOMPARE(e[u"billable"_s].toBool(), true);
    QCOMPARE(e[u"duration"_s].toInteger(), 1800);
    QCOMPARE(e[u"tags"_s].toArray().size(), 2);
    QCOMPARE(call("GET", wsPath(u"/tags"_s)).array().size(), 2); // created by name

    const QJsonObject meta =
        call("GET", u"/api/v9/me/time_entries/"_s + QString::number(id) + u"?meta=true"_s).object();
    QCOMPARE(meta[u"project_name"_s].toString(), u"Punchclock"_s);
    QCOMPARE(meta[u"project_color"_s].toString(), u"#c56bff"_s);
    QVERIFY(meta.contains(u"user_name"_s));

    QCOMPARE(call("PUT", wsPath(u"/time_entries/424242"_s), "{}").status, 404);
    const Answer bad = call("PUT", wsPath(u"/time_entries/"_s + QString::number(id)), R"({"project_id": 1})");
    QCOMPARE(bad.status, 400);
}

void TestSandboxServer::deleteAndSince()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const qint64 id = post(entryBody(u"doomed"_s, 60, QDateTime::currentDateTimeUtc().addSecs(-3600)))
                          .object()[u"id"_s]
                          .toInteger();
    const Answer del = call("DELETE", wsPath(u"/time_entries/"_s + QString::number(id)));
    QCOMPARE(del.status, 200);
    QVERIFY(del.body.isEmpty());
    QVERIFY(del.header("Content-Type").startsWith("application/json"));
    QCOMPARE(call("GET", u"/api/v9/me/time_entries/"_s + QString::number(id)).status, 404);
    QCOMPARE(call("DELETE", wsPath(u"/time_entries/"_s + QString::number(id))).status, 404);
    QCOMPARE(call("GET", u"/api/v9/me/time_entries"_s).array().size(), 0);
    QVERIFY(server->timeEntry(id).isEmpty());

    const QJsonArray since =
        call("GET", u"/api/v9/me/time_entries?since="_s + QString::number(before.toSecsSinceEpoch())).array();
    QCOMPARE(since.size(), 1);
    QVERIFY(since[0][u"server_deleted_at"_s].isString());

    const Answer both = call("GET", u"/api/v9/me/time_entries?since=1&before=2024-01-01"_s);
    QCOMPARE(both.status, 400);
    QCOMPARE(both.json().toString(), u"'since' and 'before' can not be present simultaneously"_s);
}

void TestSandboxServer::listFilters()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime recent = now.addSecs(-600);
    post(entryBody(u"today"_s, 60, recent));
    post(entryBody(u"three days ago"_s, 60, now.addDays(-3)));
    // The day of that entry, not of `now`: just after midnight (UTC) they differ.
    const QString today = recent.date().toString(Qt::ISODate);
    const QString tomorrow = recent.date().addDays(1).toString(Qt::ISODate);
    QJsonArray list =
        call("GET", u"/api/v9/me/time_entries?start_date="_s + today + u"&end_date="_s + tomorrow).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][u"description"_s].toString(), u"today"_s);
    list = call("GET", u"/api/v9/me/time_entries?before="_s + today).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][u"description"_s].toString(), u"three days ago"_s);

    const Answer old = call("GET", u"/api/v9/me/time_entries?start_date=2020-01-01&end_date=2020-02-01"_s);
    QCOMPARE(old.status, 400);
    QVERIFY(old.json().toString().startsWith(u"start_date must not be earlier than "_s));
    QCOMPARE(call("GET", u"/api/v9/me/time_entries?since=yesterday"_s).status, 400);
}

void TestSandboxServer::listWithoutDatesIsTheLastNineDays()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto insert = [this](const QString &description, const QDateTime &start, qint64 duration) {
        return server->insertTimeEntry({{u"description"_s, description},
                                        {u"start"_s, start.toString(Qt::ISODate)},
                                        {u"duration"_s, duration}});
    };
    const qint64 yesterday = insert(u"yesterday"_s, now.addDays(-1), 600);
    const qint64 eightDays = insert(u"eight days"_s, now.addDays(-8), 600);
    insert(u"ten days"_s, now.addDays(-10), 600);
    insert(u"forty days"_s, now.addDays(-40), 600);
    const qint64 running = insert(u"running since long"_s, now.addDays(-20), -1); // always listed

    const QJsonArray list = call("GET", u"/api/v9/me/time_entries"_s).array();
    QList<qint64> ids;
    for (const QJsonValue &e : list)
        ids.append(e[u"id"_s].toInteger());
    QCOMPARE(ids, (QList<qint64>{yesterday, eightDays, running})); // newest start first
    QVERIFY(list.last()[u"stop"_s].isNull());

    // `since` is no window: every change since then, whatever the start (deleted ones too).
    const QJsonArray since =
        call("GET", u"/api/v9/me/time_entries?since="_s + QString::number(now.toSecsSinceEpoch() - 60))
            .array();
    QCOMPARE(since.size(), 5);
}

void TestSandboxServer::listDatesReachThreeMonths()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A week five weeks back, Monday to Monday (UTC), and an entry on either side of it.
    const QDate monday = now.date().addDays(-35).addDays(1 - now.date().addDays(-35).dayOfWeek());
    const auto insert = [this](const QString &description, const QDate &day) {
        return server->insertTimeEntry(
            {{u"description"_s, description},
             {u"start"_s, QDateTime(day, QTime(10, 0), QTimeZone::utc()).toString(Qt::ISODate)},
             {u"duration"_s, 1800}});
    };
    const qint64 wednesday = insert(u"wednesday"_s, monday.addDays(2));
    const qint64 mondayEntry = insert(u"monday"_s, monday);
    insert(u"sunday before"_s, monday.addDays(-1));
    insert(u"monday after"_s, monday.addDays(7));
    const qint64 fourMonths = insert(u"four months"_s, now.date().addMonths(-4));

    const QJsonArray week =
        call("GET", u"/api/v9/me/time_entries?start_date="_s + monday.toString(Qt::ISODate) +
                        u"&end_date="_s + monday.addDays(7).toString(Qt::ISODate))
            .array();
    QCOMPARE(week.size(), 2);
    QCOMPARE(week[0][u"id"_s].toInteger(), wednesday);
    QCOMPARE(week[1][u"id"_s].toInteger(), mondayEntry);
    QCOMPARE(call("GET", u"/api/v9/me/time_entries"_s).array().size(), 0); // none in the last 9 days

    // Older than about three months: 400 with the date the limit is.
    const QDate limit = now.date().addMonths(-3);
    const Answer tooOld = call("GET", u"/api/v9/me/time_entries?start_date="_s +
                                          now.date().addMonths(-5).toString(Qt::ISODate) + u"&end_date="_s +
                                          now.date().addMonths(-5).addDays(7).toString(Qt::ISODate));
    QCOMPARE(tooOld.status, 400);
    QCOMPARE(tooOld.json().toString(),
             u"start_date must not be earlier than "_s + limit.toString(Qt::ISODate));
    QCOMPARE(call("GET", u"/api/v9/me/time_entries?start_date="_s + limit.toString(Qt::ISODate)).status, 200);
    // Without start_date, before / end_date do not reach past the limit either.
    for (const QString &param : {u"before"_s, u"end_date"_s}) {
        const QJsonArray older =
            call("GET", u"/api/v9/me/time_entries?"_s + param + u"="_s + now.date().toString(Qt::ISODate))
                .array();
        QCOMPARE(older.size(), 4);
        for (const QJsonValue &e : older)
            QVERIFY(e[u"id"_s].toInteger() != fourMonths);
    }
    QVERIFY(!server->timeEntry(fourMonths).isEmpty()); // still there, only beyond the list's reach
}

void TestSandboxServer::listHoldsAtMostAThousand()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    for (int i = 0; i < 1005; ++i) // every 10 minutes back from now: about 7 days
        ids.append(server->insertTimeEntry(
            {{u"start"_s, now.addSecs(-600 * (i + 1)).toString(Qt::ISODate)}, {u"duration"_s, 60}}));
    const QJsonArray list = call("GET", u"/api/v9/me/time_entries"_s).array();
    QCOMPARE(list.size(), 1000);
    QCOMPARE(list.first()[u"id"_s].toInteger(), ids.first()); // the newest 1,000
    QCOMPARE(list.last()[u"id"_s].toInteger(), ids.at(999));
    const QJsonArray dated =
        call("GET", u"/api/v9/me/time_entries?start_date="_s + now.date().addDays(-10).toString(Qt::ISODate))
            .array();
    QCOMPARE(dated.size(), 1000);
    const QJsonArray since = call("GET", u"/api/v9/me/time_entries?since=1"_s).array();
    QCOMPARE(since.size(), 1005);
}

void TestSandboxServer::wrongWorkspaceMethodAndUnknown()
{
    QJsonObject body = entryBody(u"x"_s, 60, QDateTime::currentDateTimeUtc());
    body[u"workspace_id"_s] = 1;
    const Answer forbidden = call("POST", u"/api/v9/workspaces/1/time_entries"_s,
                                  QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(forbidden.status, 403);
    QVERIFY(forbidden.json().isString());

    const Answer wrongMethod = call("DELETE", u"/api/v9/me"_s);
    QCOMPARE(wrongMethod.status, 405);
    QVERIFY(wrongMethod.body.isEmpty());
    QCOMPARE(call("GET", wsPath(u"/time_entries"_s)).status, 405);
    QCOMPARE(call("GET", u"/api/v9/nothing/here"_s).status, 404);
}

void TestSandboxServer::bulkPatchPartialFailure()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(post(entryBody(u"bulk"_s, 600, QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1))))
                       .object()[u"id"_s]
                       .toInteger());
    server->faults().rejectIds.insert(ids[1], u"Time entry is locked"_s);
    const QString idList = QString::number(ids[0]) + u","_s + QString::number(ids[1]) + u","_s +
                           QString::number(ids[2]) + u",77"_s;
    const QByteArray ops = R"([{"op":"replace","path":"/description","value":"patched"},
                               {"op":"add","path":"/tags","value":["bulk-tag"]},
                               {"op":"replace","path":"/billable","value":true}])";
    const Answer a = call("PATCH", wsPath(u"/time_entries/"_s + idList), ops);
    QCOMPARE(a.status, 200);
    const QJsonObject result = a.object();
    const QJsonArray success = result[u"success"_s].toArray();
    const QJsonArray failure = result[u"failure"_s].toArray();
    QCOMPARE(success.size(), 2);
    QCOMPARE(success[0].toInteger(), ids[0]);
    QCOMPARE(success[1].toInteger(), ids[2]);
    QCOMPARE(failure.size(), 2);
    QCOMPARE(failure[0][u"id"_s].toInteger(), ids[1]);
    QCOMPARE(failure[0][u"message"_s].toString(), u"Time entry is locked"_s);
    QCOMPARE(failure[1][u"id"_s].toInteger(), 77);

    QCOMPARE(server->timeEntry(ids[0])[u"description"_s].toString(), u"patched"_s);
    QCOMPARE(server->timeEntry(ids[0])[u"tags"_s].toArray().at(0).toString(), u"bulk-tag"_s);
    QCOMPARE(server->timeEntry(ids[0])[u"billable"_s].toBool(), true);
    QCOMPARE(server->timeEntry(ids[1])[u"description"_s].toString(), u"bulk"_s); // rejected: untouched
    QCOMPARE(server->timeEntry(ids[2])[u"description"_s].toString(), u"patched"_s);

    const QByteArray removeTags = R"([{"op":"remove","path":"/tags","value":["bulk-tag"]}])";
    QCOMPARE(call("PATCH", wsPath(u"/time_entries/"_s + QString::number(ids[0])), removeTags).status, 200);
    QCOMPARE(server->timeEntry(ids[0])[u"tags"_s].toArray().size(), 0);

    QCOMPARE(call("PATCH", wsPath(u"/time_entries/"_s + QString::number(ids[0])),
                  R"([{"op":"move","path":"/description","value":"x"}])")
                 .status,
             400);
}

void TestSandboxServer::bulkPatchTooManyIds()
{
    QStringList ids;
    for (int i = 1; i <= 101; ++i)
        ids.append(QString::number(i));
    const QByteArray ops = R"([{"op":"replace","path":"/description","value":"x"}])";
    const Answer tooMany = call("PATCH", wsPath(u"/time_entries/"_s + ids.join(u',')), ops);
    QCOMPARE(tooMany.status, 400);
    QVERIFY(tooMany.json().isString());
    ids.removeLast();
    const Answer hundred = call("PATCH", wsPath(u"/time_entries/"_s + ids.join(u',')), ops);
    QCOMPARE(hundred.status, 200);
    QCOMPARE(hundred.object()[u"failure"_s].toArray().size(), 100);
}

void TestSandboxServer::quotaExhaustion()
{
    server->faults().quotaPerHour = 3;
    for (int expected = 2; expected >= 0; --expected) {
        const Answer a = call("GET", u"/api/v9/me"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("X-Toggl-Quota-Remaining").toInt(), expected);
        const int resets = a.header("X-Toggl-Quota-Resets-In").toInt();
        QVERIFY(resets > 3500 && resets <= 3600);
    }
    const Answer blocked = call("GET", u"/api/v9/me/time_entries"_s);
    QCOMPARE(blocked.status, 402);
    QVERIFY(blocked.json().isString());
    QCOMPARE(blocked.header("X-Toggl-Quota-Remaining"), "0"_ba);
    QVERIFY(blocked.header("X-Toggl-Quota-Resets-In").toInt() > 0);
    QCOMPARE(call("GET", u"/api/v9/me"_s).status, 402);

    server->faults().quotaPerHour = 0;
    const Answer free = call("GET", u"/api/v9/me"_s);
    QCOMPARE(free.status, 200);
    QVERIFY(!free.hasHeader("X-Toggl-Quota-Remaining"));
}

void TestSandboxServer::burst429()
{
    server->faults().burst429 = 2;
    for (int i = 0; i < 2; ++i) {
        const Answer a = call("GET", u"/api/v9/me"_s);
        QCOMPARE(a.status, 429);
        QCOMPARE(a.header("Retry-After"), "1"_ba);
    }
    QCOMPARE(call("GET", u"/api/v9/me"_s).status, 200);
    QCOMPARE(server->faults().burst429, 0);
}

void TestSandboxServer::failureRateAndHtmlErrors()
{
    server->faults().failureRate = 1.0;
    const Answer failed = call("GET", u"/api/v9/me"_s);
    QCOMPARE(failed.status, 500);
    QVERIFY(failed.json().isString());
    server->faults().failureRate = 0.0;

    server->faults().htmlErrors = 1;
    const Answer html = call("GET", u"/api/v9/me"_s);
    QCOMPARE(html.status, 502);
    QVERIFY(html.header("Content-Type").startsWith("text/html"));
    QVERIFY(html.body.contains("<html>"));
    QCOMPARE(call("GET", u"/api/v9/me"_s).status, 200);
}

void TestSandboxServer::malformedBodies()
{
    server->faults().malformedBodies = 1;
    const Answer broken = call("GET", u"/api/v9/me"_s);
    QCOMPARE(broken.status, 200);
    QVERIFY(!broken.body.isEmpty());
    QVERIFY(broken.json().isUndefined()); // not parseable
    const Answer fine = call("GET", u"/api/v9/me"_s);
    QVERIFY(fine.json().isObject());
}

void TestSandboxServer::droppedConnection()
{
    // Qt may retry a request whose connection closed without an answer: drop more than it retries.
    server->faults().dropConnections = 5;
    const Answer a = call("GET", u"/api/v9/me"_s);
    QVERIFY(a.error != QNetworkReply::NoError);
    QCOMPARE(a.status, 0);
    bool sawDropped = false;
    for (const auto &r : server->requests())
        sawDropped |= r.status == 0 && r.path == u"/api/v9/me"_s;
    QVERIFY(sawDropped);
    server->faults().dropConnections = 0;
    QCOMPARE(call("GET", u"/api/v9/me"_s).status, 200);
}

void TestSandboxServer::hungRequest()
{
    server->faults().hangRequests = 1;
    const Answer a = call("GET", u"/api/v9/me"_s, {}, Auth::Token, 500);
    QVERIFY(a.error != QNetworkReply::NoError);
    QCOMPARE(server->requests().size(), 1);
    QCOMPARE(server->requests().at(0).status, 0);
    QCOMPARE(call("GET", u"/api/v9/me"_s).status, 200);
}

void TestSandboxServer::latencyDoesNotBlock()
{
    server->faults().latencyMs = 300;
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(call("GET", u"/api/v9/me"_s).status, 200);
    QVERIFY(clock.elapsed() >= 290);
    QVERIFY2(ticks >= 5, "the event loop must keep running while an answer is delayed");
}

void TestSandboxServer::persistenceAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxServer::Options options;
    options.dataFile = dir.filePath(u"sandbox.json"_s);
    server = startSandbox(options);
    const qint64 tag = server->insertTag(u"kept"_s);
    const qint64 id = post(entryBody(u"survives"_s, 900, QDateTime::currentDateTimeUtc().addSecs(-3600)))
                          .object()[u"id"_s]
                          .toInteger();
    const qint64 gone = post(entryBody(u"deleted"_s, 60, QDateTime::currentDateTimeUtc().addSecs(-7200)))
                            .object()[u"id"_s]
                            .toInteger();
    QCOMPARE(call("DELETE", wsPath(u"/time_entries/"_s + QString::number(gone))).status, 200);
    nam = std::make_unique<QNetworkAccessManager>();
    server.reset();

    options.seedDemo = true; // must not reseed a file that has data
    server = startSandbox(options);
    const QJsonArray all = server->timeEntries();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0][u"id"_s].toInteger(), id);
    QCOMPARE(all[0][u"duration"_s].toInteger(), 900);
    QCOMPARE(call("GET", u"/api/v9/me/time_entries/"_s + QString::number(id)).status, 200);
    QCOMPARE(call("GET", wsPath(u"/tags"_s)).array().at(0)[u"id"_s].toInteger(), tag);
    // New IDs keep counting after the restart.
    const qint64 next = server->insertTimeEntry({{u"description"_s, u"new"_s}, {u"duration"_s, 60}});
    QVERIFY(next > gone);
}

void TestSandboxServer::workspaceLastModified()
{
    // A data file with known times: the newest change in a workspace is its last_modified, a
    // delete counts, another workspace's changes do not.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxServer::Options options;
    options.dataFile = dir.filePath(u"sandbox.json"_s);
    const QJsonObject file{
        {u"format"_s, u"punchclock-sandbox/1"_s},
        {u"workspaces"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, 8200001}, {u"name"_s, u"Own"_s}, {u"at"_s, u"2024-01-01T00:00:00.000Z"_s}},
             QJsonObject{
                 {u"id"_s, 8200002}, {u"name"_s, u"Other"_s}, {u"at"_s, u"2024-01-01T00:00:00.000Z"_s}}}},
        {u"projects"_s, QJsonArray{QJsonObject{{u"id"_s, 201000001},
                                               {u"wid"_s, 8200001},
                                               {u"name"_s, u"P"_s},
                                               {u"at"_s, u"2025-03-01T00:00:00.000Z"_s}},
                                   QJsonObject{{u"id"_s, 201000002},
                                               {u"wid"_s, 8200002},
                                               {u"name"_s, u"Q"_s},
                                               {u"at"_s, u"2026-01-01T00:00:00.000Z"_s}}}},
        {u"time_entries"_s, QJsonArray{QJsonObject{{u"id"_s, qint64(3600000001)},
                                                   {u"wid"_s, 8200001},
                                                   {u"uid"_s, 5123456},
                                                   {u"start"_s, u"2025-06-01T08:00:00.000Z"_s},
                                                   {u"stop"_s, u"2025-06-01T09:00:00.000Z"_s},
                                                   {u"at"_s, u"2025-06-01T12:00:00.000Z"_s},
                                                   {u"deleted_at"_s, u"2025-06-01T12:00:00.000Z"_s}}}}};
    QFile out(options.dataFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(file).toJson());
    out.close();
    server = startSandbox(options);

    QCOMPARE(call("GET", u"/api/v9/workspaces/8200001"_s).object()[u"last_modified"_s].toString(),
             u"2025-06-01T12:00:00Z"_s);
    QCOMPARE(call("GET", u"/api/v9/workspaces/8200002"_s).object()[u"last_modified"_s].toString(),
             u"2026-01-01T00:00:00Z"_s);
    const QJsonArray listed = call("GET", u"/api/v9/me/workspaces"_s).array();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0)[u"last_modified"_s].toString(), u"2025-06-01T12:00:00Z"_s);
}

void TestSandboxServer::seedDemo()
{
    SandboxServer::Options options;
    options.seedDemo = true;
    QElapsedTimer seeding;
    seeding.start();
    server = startSandbox(options);
    qInfo("demo seeded in %lld ms", seeding.elapsed());
    // The list answers the last 9 days: a working week and a half of entries.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonArray recent = call("GET", u"/api/v9/me/time_entries"_s).array();
    QVERIFY2(recent.size() >= 30 && recent.size() <= 110, qPrintable(QString::number(recent.size())));
    int running = 0;
    for (const auto &e : recent) {
        running += e[u"stop"_s].isNull() ? 1 : 0;
        QVERIFY(QDateTime::fromString(e[u"start"_s].toString(), Qt::ISODate) >= now.addDays(-9).addSecs(-5));
    }
    QCOMPARE(running, 1);
    // The store reaches about six months back: every week has entries on several weekdays.
    const QJsonArray all = server->timeEntries();
    QVERIFY2(all.size() >= 800 && all.size() <= 1500, qPrintable(QString::number(all.size())));
    const QDateTime oldest = QDateTime::fromString(all.last()[u"start"_s].toString(), Qt::ISODate);
    QVERIFY2(oldest <= now.addDays(-175), qPrintable(oldest.toString(Qt::ISODate)));
    QHash<qint64, QSet<int>> weekdaysByWeek;
    for (const auto &e : all) {
        const QDateTime start = QDateTime::fromString(e[u"start"_s].toString(), Qt::ISODate);
        if (start.date().dayOfWeek() <= 5)
            weekdaysByWeek[start.daysTo(now) / 7].insert(start.date().dayOfWeek());
    }
    for (qint64 week = 1; week < 25; ++week)
        QVERIFY2(weekdaysByWeek.value(week).size() >= 4, qPrintable(QString::number(week)));
    // Deterministic: a second seeding the same day holds the same entries before today.
    const auto beforeToday = [&now](const QJsonArray &entries) {
        QStringList out;
        for (const auto &e : entries) {
            if (QDateTime::fromString(e[u"start"_s].toString(), Qt::ISODate).date() < now.date().addDays(-1))
                out.append(e[u"start"_s].toString() + e[u"description"_s].toString() +
                           QString::number(e[u"duration"_s].toInteger()));
        }
        return out;
    };
    const auto again = startSandbox(options);
    QCOMPARE(beforeToday(again->timeEntries()), beforeToday(all));
    const QJsonObject current = call("GET", u"/api/v9/me/time_entries/current"_s).object();
    QVERIFY(current[u"duration"_s].toInteger() < -1);
    const QJsonObject related = call("GET", u"/api/v9/me?with_related_data=true"_s).object();
    QVERIFY(related[u"projects"_s].toArray().size() >= 6);
    QVERIFY(related[u"tags"_s].toArray().size() >= 8);
    QCOMPARE(related[u"clients"_s].toArray().size(), 3);
    const QJsonObject withMeta = call("GET", u"/api/v9/me/time_entries/current?meta=true"_s).object();
    QVERIFY(!withMeta[u"client_name"_s].toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
