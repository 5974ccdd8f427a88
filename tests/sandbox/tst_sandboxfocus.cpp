// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Toggl Focus side: raw HTTP against an in-process SandboxServer.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "sandbox/TimeFormat.h"
#include "tests/support/JsonBody.h"
#include "tests/support/SandboxFixture.h"

using namespace Qt::StringLiterals;
using sandbox::SandboxServer;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    int readyReadCount = 0;   // readyRead signals that brought data
    QList<QByteArray> pieces; // what each of them brought
    QByteArray transferEncoding;
    QJsonValue json() const { return jsonOfBody(body); }
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
};

enum class Auth
{
    Key,
    None,
    Wrong,
    TrackBasic
};

} // namespace

class TestSandboxFocus : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void authentication();
    void entryLifecycle();
    void createValidation();
    void workspaceListFiltersAndPages();
    void bulkOperations();
    void tasksListing();
    void settings();
    void streamArrivesInChunks();
    void streamByTimeBlocks();
    void quotaAnswers402();
    void demoSeed();
    void persistenceAcrossRestart();

private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                Auth auth = Auth::Key);
    Answer call(const QByteArray &method, const QString &path, const QJsonValue &json)
    {
        const QByteArray body = json.isArray()
                                    ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
        return call(method, path, body);
    }
    QString ws() const
    {
        return u"/api/organizations/%1/workspaces/%2"_s.arg(server->focusOrganizationId())
            .arg(server->focusWorkspaceId());
    }
    QString taskEntries(qint64 taskId) const { return ws() + u"/tasks/%1/time-entries"_s.arg(taskId); }

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
};

Answer TestSandboxFocus::call(const QByteArray &method, const QString &path, const QByteArray &body,
                              Auth auth)
{
    QUrl url = server->baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(10000);
    if (auth == Auth::Key)
        request.setRawHeader("Authorization", "Bearer " + server->focusKey().toUtf8());
    else if (auth == Auth::Wrong)
        request.setRawHeader("Authorization", "Bearer not-the-key");
    else if (auth == Auth::TrackBasic)
        request.setRawHeader("Authorization",
                             "Basic " + QByteArray(server->token().toUtf8() + ":api_token").toBase64());

    QNetworkReply *reply = nam->sendCustomRequest(request, method, body);
    Answer answer;
    connect(reply, &QNetworkReply::readyRead, reply, [reply, &answer] {
        const QByteArray piece = reply->readAll();
        if (!piece.isEmpty()) {
            ++answer.readyReadCount;
            answer.pieces.append(piece);
            answer.body += piece;
        }
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body += reply->readAll();
    answer.transferEncoding = reply->rawHeader("Transfer-Encoding");
    reply->deleteLater();
    return answer;
}

void TestSandboxFocus::init()
{
    server = startSandbox();
    nam = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxFocus::cleanup()
{
    nam.reset();
    server.reset();
}

void TestSandboxFocus::authentication()
{
    const QString path = ws() + u"/tasks"_s;
    for (Auth auth : {Auth::None, Auth::Wrong, Auth::TrackBasic}) {
        const Answer a = call("GET", path, {}, auth);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.object().value(u"error"_s).toString(), u"unauthorized"_s);
        QVERIFY(!a.object().value(u"error_description"_s).toString().isEmpty());
    }
    QCOMPARE(call("GET", path).status, 200);
    // Track keeps its own scheme: the Focus key is no Track credential.
    QCOMPARE(call("GET", u"/api/v9/me"_s, {}, Auth::Key).status, 403);
    QCOMPARE(call("GET", u"/api/v9/me"_s, {}, Auth::TrackBasic).status, 200);
    // Another organization or an unknown workspace: 403.
    QCOMPARE(
        call("GET", u"/api/organizations/2/workspaces/%1/tasks"_s.arg(server->focusWorkspaceId())).status,
        403);
    QCOMPARE(call("GET", u"/api/organizations/1/workspaces/99/tasks"_s).status, 403);
    QCOMPARE(call("GET", ws() + u"/no-such-thing"_s).status, 404);
    QCOMPARE(server->countRequests("GET", u"/api/organizations/"_s), 7);
}

void TestSandboxFocus::entryLifecycle()
{
    const qint64 task = server->insertFocusTask({{u"name"_s, u"Write tests"_s}});
    QVERIFY(task > 0);

    Answer a = call("POST", taskEntries(task),
                    QJsonObject{{u"type"_s, u"activity"_s},
                                {u"start"_s, u"2025-03-03T09:00:00+01:00"_s},
                                {u"duration"_s, 1500},
                                {u"time_block_id"_s, 77}});
    QCOMPARE(a.status, 201);
    const qint64 id = a.object().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(a.object().value(u"task_id"_s).toInteger(), task);
    QCOMPARE(a.object().value(u"start"_s).toString(), u"2025-03-03T08:00:00Z"_s);
    QCOMPARE(a.object().value(u"duration"_s).toInteger(), 1500);
    QCOMPARE(a.object().value(u"type"_s).toString(), u"activity"_s);
    QCOMPARE(a.object().value(u"toggl_user_id"_s).toInteger(), server->userId());
    QVERIFY(a.object().value(u"archived_at"_s).isNull());
    const QString entry = taskEntries(task) + u"/%1"_s.arg(id);

    a = call("GET", entry);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(u"id"_s).toInteger(), id);
    QCOMPARE(a.object().value(u"time_block_id"_s).toInteger(), 77);

    a = call("PUT", entry, QJsonObject{{u"type"_s, u"break"_s}, {u"duration"_s, 600}});
    QCOMPARE(a.status, 204);
    QVERIFY(a.body.isEmpty());
    QCOMPARE(server->focusTimeEntry(id).value(u"type"_s).toString(), u"break"_s);
    QCOMPARE(server->focusTimeEntry(id).value(u"duration"_s).toInteger(), 600);
    QCOMPARE(call("PUT", entry, QJsonObject{{u"duration"_s, 5}}).status, 400); // type is required

    a = call("PATCH", entry, QJsonObject{{u"type"_s, u"activity"_s}, {u"time_block_id"_s, QJsonValue()}});
    QCOMPARE(a.status, 204);
    QCOMPARE(server->focusTimeEntry(id).value(u"type"_s).toString(), u"activity"_s);
    QVERIFY(server->focusTimeEntry(id).value(u"time_block_id"_s).isNull());
    QCOMPARE(server->focusTimeEntry(id).value(u"duration"_s).toInteger(), 600);

    QCOMPARE(call("POST", entry + u"/archive"_s).status, 204);
    QVERIFY(server->focusTimeEntry(id).value(u"archived_at"_s).isString());
    QCOMPARE(call("GET", entry).object().value(u"archived_at"_s).isString(), true);
    QCOMPARE(call("POST", entry + u"/unarchive"_s).status, 204);
    QVERIFY(server->focusTimeEntry(id).value(u"archived_at"_s).isNull());

    QCOMPARE(call("DELETE", entry).status, 204);
    QCOMPARE(call("GET", entry).status, 404);
    QCOMPARE(call("GET", entry).object().value(u"error"_s).toString(), u"not_found"_s);
    QVERIFY(server->focusTimeEntry(id).value(u"deleted_at"_s).isString());
    QCOMPARE(call("PATCH", entry + u"/restore"_s).status, 204);
    QCOMPARE(call("GET", entry).status, 200);
    QVERIFY(server->focusTimeEntry(id).value(u"deleted_at"_s).isNull());
    QCOMPARE(call("DELETE", entry).status, 204);
    QCOMPARE(call("DELETE", entry).status, 404);
    QCOMPARE(call("GET", entry).status, 404);

    // The entry is reachable only under its own task.
    const qint64 other = server->insertFocusTask({{u"name"_s, u"Other"_s}});
    const qint64 live = server->insertFocusTimeEntry({{u"task_id"_s, task}, {u"duration"_s, 60}});
    QCOMPARE(call("GET", taskEntries(other) + u"/%1"_s.arg(live)).status, 404);
    QCOMPARE(call("GET", taskEntries(task) + u"/%1"_s.arg(live)).status, 200);

    // Without duration an entry runs (duration null); starting another stops it.
    a = call("POST", taskEntries(task),
             QJsonObject{{u"type"_s, u"activity"_s}, {u"start"_s, u"2025-03-04T08:00:00Z"_s}});
    QCOMPARE(a.status, 201);
    QVERIFY(a.object().value(u"duration"_s).isNull());
    const qint64 running = a.object().value(u"id"_s).toInteger();
    a = call("POST", taskEntries(other),
             QJsonObject{{u"type"_s, u"activity"_s}, {u"start"_s, u"2025-03-04T08:30:00Z"_s}});
    QCOMPARE(a.status, 201);
    QCOMPARE(server->focusTimeEntry(running).value(u"duration"_s).toInteger(), 1800);

    // The per-task list.
    a = call("GET", taskEntries(task) + u"?per_page=10&order_by=start"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(u"page"_s).toInt(), 1);
    QCOMPARE(a.object().value(u"per_page"_s).toInt(), 10);
    const QJsonArray data = a.object().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2); // the deleted one is gone
    QVERIFY(data.at(0).toObject().value(u"start"_s).toString() <=
            data.at(1).toObject().value(u"start"_s).toString());
    QCOMPARE(call("GET", taskEntries(task) + u"?type=break"_s).object().value(u"data"_s).toArray().size(), 0);
    QCOMPARE(call("GET", taskEntries(task) + u"?type=nap"_s).status, 400);
    QCOMPARE(call("GET", taskEntries(987654)).status, 404);
}

void TestSandboxFocus::createValidation()
{
    const qint64 task = server->insertFocusTask({{u"name"_s, u"Validate"_s}});
    const auto create = [&](const QJsonObject &body) { return call("POST", taskEntries(task), body); };
    Answer a = create({{u"start"_s, u"2025-03-03T09:00:00Z"_s}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.object().value(u"error"_s).toString(), u"invalid_request"_s);
    QVERIFY(a.object().contains(u"error_description"_s));
    QCOMPARE(create({{u"type"_s, u"nap"_s}}).status, 400);
    QCOMPARE(create({{u"type"_s, u"activity"_s}, {u"start"_s, u"yesterday"_s}}).status, 400);
    QCOMPARE(create({{u"type"_s, u"activity"_s}, {u"duration"_s, -5}}).status, 400);
    QCOMPARE(create({{u"type"_s, u"activity"_s}, {u"user_id"_s, 42}}).status, 403);
    QCOMPARE(call("POST", taskEntries(task), "not json"_ba).status, 400);
    QCOMPARE(create({{u"type"_s, u"break"_s}, {u"duration"_s, 300}}).status, 201);
}

void TestSandboxFocus::workspaceListFiltersAndPages()
{
    const qint64 a = server->insertFocusTask({{u"name"_s, u"Alpha"_s}, {u"status"_s, u"in_progress"_s}});
    const qint64 b = server->insertFocusTask({{u"name"_s, u"Beta"_s}});
    // 25 entries on 2025-02-10, one per 10 minutes from 08:00Z; every fifth a break on B.
    for (int i = 0; i < 25; ++i) {
        const QDateTime start = sandbox::TimeFormat::utc(QDate(2025, 2, 10), QTime(8, 0)).addSecs(i * 600);
        QVERIFY(server->insertFocusTimeEntry({{u"task_id"_s, i % 5 == 0 ? b : a},
                                              {u"type"_s, i % 5 == 0 ? u"break"_s : u"activity"_s},
                                              {u"start"_s, start.toString(Qt::ISODate)},
                                              {u"duration"_s, 300}}) > 0);
    }
    // Outside the range, and a deleted one inside.
    server->insertFocusTimeEntry(
        {{u"task_id"_s, a}, {u"start"_s, u"2025-02-09T12:00:00Z"_s}, {u"duration"_s, 60}});
    server->insertFocusTimeEntry({{u"task_id"_s, a},
                                  {u"start"_s, u"2025-02-10T09:05:00Z"_s},
                                  {u"duration"_s, 60},
                                  {u"deleted_at"_s, u"2025-02-11T00:00:00Z"_s}});

    const QString base =
        ws() + u"/time-entries?date_from=2025-02-10T00:00:00Z&date_to=2025-02-11T00:00:00Z"_s;
    QSet<qint64> seen;
    QString previousStart = u"9999"_s;
    for (int page = 1; page <= 3; ++page) {
        const Answer r = call("GET", base + u"&per_page=10&page=%1"_s.arg(page));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"page"_s).toInt(), page);
        QCOMPARE(r.object().value(u"per_page"_s).toInt(), 10);
        const QJsonArray data = r.object().value(u"data"_s).toArray();
        QCOMPARE(data.size(), page < 3 ? 10 : 5);
        for (const QJsonValue &v : data) {
            const QJsonObject e = v.toObject();
            QVERIFY(!seen.contains(e.value(u"id"_s).toInteger()));
            seen.insert(e.value(u"id"_s).toInteger());
            QVERIFY(e.value(u"start"_s).toString() < previousStart); // newest first by default
            previousStart = e.value(u"start"_s).toString();
            QVERIFY(e.value(u"task"_s).isObject());
            QCOMPARE(e.value(u"task"_s).toObject().value(u"id"_s).toInteger(),
                     e.value(u"task_id"_s).toInteger());
        }
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(call("GET", base + u"&per_page=10&page=4"_s).object().value(u"data"_s).toArray().size(), 0);

    QCOMPARE(call("GET", base + u"&type=break"_s).object().value(u"data"_s).toArray().size(), 5);
    QCOMPARE(call("GET", base + u"&task_id=%1"_s.arg(a)).object().value(u"data"_s).toArray().size(), 20);
    const qint64 inProgress = server->focusTasks().at(0).toObject().value(u"status_id"_s).toInteger();
    QCOMPARE(
        call("GET", base + u"&status_id=%1"_s.arg(inProgress)).object().value(u"data"_s).toArray().size(),
        20);
    // date_from inclusive, date_to exclusive.
    const Answer narrow =
        call("GET", ws() + u"/time-entries?date_from=2025-02-10T08:00:00Z&date_to=2025-02-10T08:20:00Z"_s);
    QCOMPARE(narrow.object().value(u"data"_s).toArray().size(), 2);
    // Offsets are honoured: 09:00+01:00 is 08:00Z.
    const Answer offset = call("GET", ws() + u"/time-entries?date_from=2025-02-10T09:00:00%2B01:00"
                                             u"&date_to=2025-02-10T09:10:00%2B01:00"_s);
    QCOMPARE(offset.object().value(u"data"_s).toArray().size(), 1);

    QCOMPARE(call("GET", ws() + u"/time-entries?date_from=2025-02-10T00:00:00Z"_s).status, 400);
    QCOMPARE(call("GET", ws() + u"/time-entries"_s).status, 400);
    QCOMPARE(call("GET", base + u"&page=0"_s).status, 400);
    QCOMPARE(call("GET", base + u"&order_by=colour"_s).status, 400);
    const Answer ascending = call("GET", base + u"&order_by=start&per_page=2"_s);
    QCOMPARE(ascending.object().value(u"data"_s).toArray().at(0).toObject().value(u"start"_s).toString(),
             u"2025-02-10T08:00:00Z"_s);
}

void TestSandboxFocus::bulkOperations()
{
    const qint64 task = server->insertFocusTask({{u"name"_s, u"Bulk"_s}});
    const QString bulk = ws() + u"/time-entries/bulk"_s;
    Answer a = call("POST", bulk,
                    QJsonArray{QJsonObject{{u"type"_s, u"activity"_s},
                                           {u"task_id"_s, task},
                                           {u"start"_s, u"2025-01-06T09:00:00Z"_s},
                                           {u"duration"_s, 600}},
                               QJsonObject{{u"type"_s, u"break"_s},
                                           {u"task_id"_s, task},
                                           {u"start"_s, u"2025-01-06T09:10:00Z"_s},
                                           {u"duration"_s, 300}},
                               QJsonObject{{u"type"_s, u"activity"_s},
                                           {u"task_id"_s, task},
                                           {u"start"_s, u"2025-01-06T09:15:00Z"_s},
                                           {u"duration"_s, 900}}});
    QCOMPARE(a.status, 204);
    QJsonArray all = server->focusTimeEntries();
    QCOMPARE(all.size(), 3);
    QList<qint64> ids;
    for (const QJsonValue &v : all)
        ids.append(v.toObject().value(u"id"_s).toInteger());

    // One invalid item: nothing is created.
    a = call("POST", bulk,
             QJsonArray{QJsonObject{{u"type"_s, u"activity"_s}, {u"task_id"_s, task}},
                        QJsonObject{{u"task_id"_s, task}}});
    QCOMPARE(a.status, 400);
    QCOMPARE(server->focusTimeEntries().size(), 3);

    a = call("PATCH", bulk,
             QJsonArray{QJsonObject{{u"id"_s, ids[0]}, {u"duration"_s, 1200}},
                        QJsonObject{{u"id"_s, ids[1]}, {u"type"_s, u"break"_s}, {u"time_block_id"_s, 9}}});
    QCOMPARE(a.status, 204);
    QCOMPARE(server->focusTimeEntry(ids[0]).value(u"duration"_s).toInteger(), 1200);
    QCOMPARE(server->focusTimeEntry(ids[1]).value(u"time_block_id"_s).toInteger(), 9);
    a = call("PATCH", bulk,
             QJsonArray{QJsonObject{{u"id"_s, ids[0]}, {u"duration"_s, 1}},
                        QJsonObject{{u"id"_s, 123456789}, {u"duration"_s, 1}}});
    QCOMPARE(a.status, 404);
    QCOMPARE(server->focusTimeEntry(ids[0]).value(u"duration"_s).toInteger(), 1200); // all or nothing

    a = call("DELETE", bulk + u"?ids=%1,%2"_s.arg(ids[0]).arg(ids[1]));
    QCOMPARE(a.status, 204);
    QVERIFY(server->focusTimeEntry(ids[0]).value(u"deleted_at"_s).isString());
    QVERIFY(server->focusTimeEntry(ids[1]).value(u"deleted_at"_s).isString());
    QVERIFY(server->focusTimeEntry(ids[2]).value(u"deleted_at"_s).isNull());
    QCOMPARE(call("DELETE", bulk + u"?ids=%1"_s.arg(ids[0])).status, 404);
    QCOMPARE(call("DELETE", bulk).status, 400);
    QCOMPARE(call("DELETE", bulk + u"?ids=a,b"_s).status, 400);

    a = call("PATCH", bulk + u"/restore?ids=%1,%2"_s.arg(ids[0]).arg(ids[1]));
    QCOMPARE(a.status, 204);
    QVERIFY(server->focusTimeEntry(ids[0]).value(u"deleted_at"_s).isNull());
    QVERIFY(server->focusTimeEntry(ids[1]).value(u"deleted_at"_s).isNull());
    QCOMPARE(call("PATCH", bulk + u"/restore?ids=123456789"_s).status, 404);
}

void TestSandboxFocus::tasksListing()
{
    const qint64 project =
        server->insertProject(u"Focus project"_s, u"#123456"_s, server->insertClient(u"Client Co"_s));
    const qint64 tag = server->insertTag(u"deep-work"_s);
    const qint64 t1 = server->insertFocusTask({{u"name"_s, u"Write report"_s},
                                               {u"project_id"_s, project},
                                               {u"priority"_s, u"high"_s},
                                               {u"estimated_mins"_s, 90},
                                               {u"color"_s, u"#ff0000"_s},
                                               {u"tag_ids"_s, QJsonArray{tag}},
                                               {u"status"_s, u"in_progress"_s}});
    const qint64 t2 = server->insertFocusTask({{u"name"_s, u"Inbox zero"_s}, {u"priority"_s, u"low"_s}});
    server->insertFocusTask({{u"name"_s, u"Old"_s}, {u"archived_at"_s, u"2025-01-01T00:00:00Z"_s}});
    QVERIFY(t1 && t2);

    Answer a = call("GET", ws() + u"/tasks"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(u"total"_s).toInt(), 3);
    QCOMPARE(a.object().value(u"page"_s).toInt(), 1);
    const QJsonObject first = a.object().value(u"data"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"id"_s).toInteger(), t1);
    QCOMPARE(first.value(u"name"_s).toString(), u"Write report"_s);
    QCOMPARE(first.value(u"project"_s).toObject().value(u"name"_s).toString(), u"Focus project"_s);
    QCOMPARE(first.value(u"client"_s).toObject().value(u"name"_s).toString(), u"Client Co"_s);
    QCOMPARE(first.value(u"status"_s).toObject().value(u"type"_s).toString(), u"in_progress"_s);
    QCOMPARE(first.value(u"priority"_s).toString(), u"high"_s);
    QCOMPARE(first.value(u"estimated_mins"_s).toInt(), 90);
    QCOMPARE(first.value(u"color"_s).toString(), u"#ff0000"_s);
    QCOMPARE(first.value(u"tags"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"deep-work"_s);

    a = call("GET", ws() + u"/tasks?priority=high,medium"_s);
    QCOMPARE(a.object().value(u"total"_s).toInt(), 1);
    a = call("GET", ws() + u"/tasks?name=client%20co"_s); // matches the client name
    QCOMPARE(a.object().value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toInteger(), t1);
    a = call("GET", ws() + u"/tasks?archived=false&order_by=-name"_s);
    QCOMPARE(a.object().value(u"total"_s).toInt(), 2);
    QCOMPARE(a.object().value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toInteger(), t1);
    a = call("GET", ws() + u"/tasks?project_id="_s); // tasks without a project
    QCOMPARE(a.object().value(u"total"_s).toInt(), 2);
    a = call("GET", ws() + u"/tasks?per_page=2&page=2"_s);
    QCOMPARE(a.object().value(u"data"_s).toArray().size(), 1);
    QCOMPARE(a.object().value(u"total"_s).toInt(), 3);
    QCOMPARE(call("GET", ws() + u"/tasks?priority=urgent"_s).status, 400);
    QCOMPARE(call("POST", ws() + u"/tasks"_s).status, 405);
}

void TestSandboxFocus::settings()
{
    const Answer a = call("GET", u"/api/users/me/settings"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(u"current_workspace_id"_s).toInteger(), server->focusWorkspaceId());
    QVERIFY(!a.object().value(u"theme"_s).toString().isEmpty());
    QCOMPARE(call("GET", u"/api/users/me/settings"_s, {}, Auth::None).status, 401);
}

void TestSandboxFocus::streamArrivesInChunks()
{
    const qint64 task = server->insertFocusTask({{u"name"_s, u"Stream"_s}});
    for (int i = 0; i < 30; ++i) {
        server->insertFocusTimeEntry({{u"task_id"_s, task},
                                      {u"start"_s, sandbox::TimeFormat::utc(QDate(2025, 2, 3), QTime(8, 0))
                                                       .addSecs(i * 900)
                                                       .toString(Qt::ISODate)},
                                      {u"duration"_s, 600}});
    }
    const Answer a = call(
        "GET", ws() + u"/time-entries/stream?date_from=2025-02-03T00:00:00Z&date_to=2025-02-04T00:00:00Z"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.transferEncoding.toLower(), "chunked"_ba);
    QVERIFY2(a.readyReadCount > 1, qPrintable(u"readyRead count %1"_s.arg(a.readyReadCount)));
    QVERIFY(a.pieces.first().startsWith('['));
    const QJsonArray items = a.array();
    QCOMPARE(items.size(), 30);
    QCOMPARE(items.at(0).toObject().value(u"task"_s).toObject().value(u"id"_s).toInteger(), task);
    QVERIFY(items.at(0).toObject().value(u"start"_s).toString() >
            items.at(29).toObject().value(u"start"_s).toString());

    const Answer empty = call(
        "GET", ws() + u"/time-entries/stream?date_from=2020-01-01T00:00:00Z&date_to=2020-01-02T00:00:00Z"_s);
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json().isArray());
    QCOMPARE(empty.array().size(), 0);
    QCOMPARE(call("GET", ws() + u"/time-entries/stream"_s).status, 400);

    // Malformed fault: the stream ends early, without its closing bracket.
    server->faults().malformedBodies = 1;
    const Answer cut = call(
        "GET", ws() + u"/time-entries/stream?date_from=2025-02-03T00:00:00Z&date_to=2025-02-04T00:00:00Z"_s);
    QCOMPARE(cut.status, 200);
    QVERIFY(cut.json().isUndefined());
}

void TestSandboxFocus::streamByTimeBlocks()
{
    const qint64 task = server->insertFocusTask({{u"name"_s, u"Blocks"_s}});
    for (int i = 0; i < 6; ++i)
        server->insertFocusTimeEntry({{u"task_id"_s, task},
                                      {u"start"_s, u"2025-02-03T0%1:00:00Z"_s.arg(i + 1)},
                                      {u"duration"_s, 600},
                                      {u"time_block_id"_s, 100 + i % 3}});
    const Answer a = call("GET", ws() + u"/time-entries/time-block-ids/stream?time_block_id=100,102"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.transferEncoding.toLower(), "chunked"_ba);
    const QJsonArray items = a.array();
    QCOMPARE(items.size(), 4);
    for (const QJsonValue &v : items) {
        const qint64 block = v.toObject().value(u"time_block_id"_s).toInteger();
        QVERIFY(block == 100 || block == 102);
        QVERIFY(!v.toObject().contains(u"task"_s));
    }
    QCOMPARE(call("GET", ws() + u"/time-entries/time-block-ids/stream"_s).status, 400);
}

void TestSandboxFocus::quotaAnswers402()
{
    server->faults().quotaPerHour = 2;
    QCOMPARE(call("GET", u"/api/users/me/settings"_s).status, 200);
    QCOMPARE(call("GET", u"/api/users/me/settings"_s).status, 200);
    const Answer a = call("GET", u"/api/users/me/settings"_s);
    QCOMPARE(a.status, 402);
    QCOMPARE(a.object().value(u"error"_s).toString(), u"quota_exceeded"_s);

    server->faults().quotaPerHour = 0;
    server->faults().burst429 = 1;
    const Answer limited = call("GET", u"/api/users/me/settings"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.object().value(u"error"_s).toString(), u"too_many_requests"_s);
    QCOMPARE(call("GET", u"/api/users/me/settings"_s).status, 200);
}

void TestSandboxFocus::demoSeed()
{
    SandboxServer::Options options;
    options.seedDemo = true;
    options.focusKey = u"other-key"_s;
    server = startSandbox(options);
    QCOMPARE(server->focusKey(), u"other-key"_s);
    QCOMPARE(server->focusOrganizationId(), 1);
    const QJsonArray tasks = server->focusTasks();
    QVERIFY(tasks.size() >= 8 && tasks.size() <= 12);
    const QJsonArray entries = server->focusTimeEntries();
    QVERIFY2(entries.size() >= 40 && entries.size() <= 80, qPrintable(QString::number(entries.size())));
    int running = 0;
    for (const QJsonValue &v : entries)
        running += v.toObject().value(u"duration"_s).isNull() ? 1 : 0;
    QCOMPARE(running, 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Answer a = call("GET", ws() + u"/time-entries?include_taskless=true&per_page=200&date_from="_s +
                                     now.addDays(-15).toString(Qt::ISODate) + u"&date_to="_s +
                                     now.addDays(1).toString(Qt::ISODate));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(u"data"_s).toArray().size(), entries.size());
}

void TestSandboxFocus::persistenceAcrossRestart()
{
    QTemporaryDir dir;
    SandboxServer::Options options;
    options.dataFile = dir.filePath(u"data.json"_s);
    server = startSandbox(options);
    const qint64 task = server->insertFocusTask({{u"name"_s, u"Kept"_s}, {u"priority"_s, u"medium"_s}});
    const Answer a = call(
        "POST", taskEntries(task),
        QJsonObject{{u"type"_s, u"break"_s}, {u"start"_s, u"2025-02-03T10:00:00Z"_s}, {u"duration"_s, 300}});
    QCOMPARE(a.status, 201);
    const qint64 id = a.object().value(u"id"_s).toInteger();
    server->insertTimeEntry({{u"start"_s, u"2025-02-03T10:00:00Z"_s}, {u"duration"_s, 60}}); // Track too
    server.reset();

    server = startSandbox(options);
    QCOMPARE(server->focusTasks().size(), 1);
    QCOMPARE(server->focusTasks().at(0).toObject().value(u"priority"_s).toString(), u"medium"_s);
    QCOMPARE(server->focusTimeEntry(id).value(u"type"_s).toString(), u"break"_s);
    QCOMPARE(server->focusTimeEntry(id).value(u"duration"_s).toInteger(), 300);
    QCOMPARE(server->timeEntries().size(), 1);
    const qint64 next = server->insertFocusTimeEntry({{u"task_id"_s, task}, {u"duration"_s, 5}});
    QVERIFY(next > id); // IDs keep counting across restarts
}

QTEST_GUILESS_MAIN(TestSandboxFocus)
#include "tst_sandboxfocus.moc"
