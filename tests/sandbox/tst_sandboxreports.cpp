// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Reports API v3 detailed search (POST /reports/api/v3/workspace/{wid}/search/
// time_entries): raw HTTP against an in-process SandboxServer, no app/ client.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include "tests/support/JsonBody.h"
#include "tests/support/SandboxFixture.h"

using namespace Qt::StringLiterals;
using sandbox::SandboxServer;

namespace {

struct Answer
{
    int status = 0;
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
    QJsonArray rows() const { return json().toArray(); }
};

enum class Auth
{
    Token,
    None,
    Wrong
};

// A day `daysAgo` days before today (UTC) at `hour`:00 UTC; hours 6..20 keep the same day in Berlin.
QDateTime at(int daysAgo, int hour, int minute = 0)
{
    const QDate day = QDateTime::currentDateTimeUtc().date().addDays(-daysAgo);
    return QDateTime(day, QTime(hour, minute), QTimeZone::utc());
}

QString day(int daysAgo)
{
    return QDateTime::currentDateTimeUtc().date().addDays(-daysAgo).toString(Qt::ISODate);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

class TestSandboxReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fiveMonthsBackReturnsTheEntries();
    void pagingByRowNumber();
    void pagingByKeysetCursor();
    void firstIdWithoutTimestampFindsNothing();
    void filtersAndOrder();
    void groupedRows();
    void onlyFinishedEntriesOfTheWorkspace();
    void rangeDefaultsAndCut();
    void badBodies();
    void authenticationAndRouting();
    void quotaIsShared();
    void demoDataReachesFiveMonthsBack();

private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body,
                Auth auth = Auth::Token);
    Answer search(const QJsonObject &body, Auth auth = Auth::Token)
    {
        return call("POST", searchPath(server->defaultWorkspaceId()),
                    QJsonDocument(body).toJson(QJsonDocument::Compact), auth);
    }
    static QString searchPath(qint64 workspaceId)
    {
        return u"/reports/api/v3/workspace/"_s + QString::number(workspaceId) + u"/search/time_entries"_s;
    }
    qint64 insert(const QString &description, const QDateTime &start, qint64 seconds, QJsonObject more = {})
    {
        more[u"description"_s] = description;
        more[u"start"_s] = iso(start);
        more[u"duration"_s] = seconds;
        const qint64 id = server->insertTimeEntry(more);
        if (id == 0)
            qFatal("insertTimeEntry refused the entry");
        return id;
    }
    // Every row of a search, page after page: first_row_number from the headers, and the keyset
    // cursor too when `keyset`.
    QJsonArray allPages(QJsonObject body, bool keyset, int *pages);

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
};

Answer TestSandboxReports::call(const QByteArray &method, const QString &path, const QByteArray &body,
                                Auth auth)
{
    QUrl url = server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(5000);
    if (auth != Auth::None) {
        const QByteArray user = auth == Auth::Token ? server->token().toUtf8() : "not-the-token"_ba;
        request.setRawHeader("Authorization", "Basic " + QByteArray(user + ":api_token").toBase64());
    }
    QNetworkReply *reply = nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

QJsonArray TestSandboxReports::allPages(QJsonObject body, bool keyset, int *pages)
{
    QJsonArray out;
    *pages = 0;
    for (;;) {
        const Answer a = search(body);
        if (a.status != 200)
            qFatal("search page answered %d: %s", a.status, a.body.constData());
        ++*pages;
        for (const QJsonValue &row : a.rows())
            out.append(row);
        if (!a.hasHeader("X-Next-Row-Number") || *pages > 50)
            return out;
        body[u"first_row_number"_s] = a.header("X-Next-Row-Number").toLongLong();
        if (keyset) {
            body[u"first_id"_s] = a.header("X-Next-ID").toLongLong();
            body[u"first_timestamp"_s] = a.header("X-Next-Timestamp").toLongLong();
        }
    }
}

void TestSandboxReports::init()
{
    server = startSandbox();
    nam = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxReports::cleanup()
{
    nam.reset();
    server.reset();
}

void TestSandboxReports::fiveMonthsBackReturnsTheEntries()
{
    const qint64 project = server->insertProject(u"Archive"_s);
    const qint64 first =
        insert(u"Morning"_s, at(150, 8), 3600, {{u"project_id"_s, project}, {u"billable"_s, true}});
    const qint64 second = insert(u"Noon"_s, at(150, 12, 30), 1800, {{u"tags"_s, QJsonArray{u"old"_s}}});
    const qint64 third = insert(u"Evening"_s, at(150, 16), 600);
    insert(u"Next day"_s, at(149, 9), 600);
    insert(u"Day before"_s, at(151, 9), 600);

    // /me/time_entries cannot reach it any more.
    QCOMPARE(call("GET", u"/api/v9/me/time_entries"_s, {}).rows().size(), 0);

    const Answer a = search({{u"start_date"_s, day(150)}, {u"end_date"_s, day(150)}});
    QCOMPARE(a.status, 200);
    QVERIFY(a.header("Content-Type").startsWith("application/json"));
    const QJsonArray rows = a.rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(a.header("X-Page-Size"), "50"_ba);
    QCOMPARE(a.header("X-Range-Start"), day(150).toLatin1());
    QCOMPARE(a.header("X-Range-End"), day(150).toLatin1());
    QVERIFY(!a.hasHeader("X-Next-ID"));
    QVERIFY(!a.hasHeader("X-Next-Row-Number"));
    QVERIFY(!a.hasHeader("X-Next-Timestamp"));

    // Newest first, one entry per row, numbered from 1.
    const QList<qint64> ids{third, second, first};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row[u"row_number"_s].toInteger(), i + 1);
        QCOMPARE(row[u"user_id"_s].toInteger(), server->userId());
        QCOMPARE(row[u"username"_s].toString(), u"Dana Demo"_s);
        QVERIFY(row.contains(u"task_id"_s) && row[u"task_id"_s].isNull());
        const QJsonArray entries = row[u"time_entries"_s].toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0)[u"id"_s].toInteger(), ids.at(i));
    }
    const QJsonObject morning = rows.at(2).toObject();
    QCOMPARE(morning[u"description"_s].toString(), u"Morning"_s);
    QCOMPARE(morning[u"project_id"_s].toInteger(), project);
    QCOMPARE(morning[u"billable"_s].toBool(), true);
    QCOMPARE(morning[u"tag_ids"_s].toArray().size(), 0);
    QVERIFY(rows.at(2)[u"hourly_rate_in_cents"_s].isNull());
    QCOMPARE(rows.at(2)[u"currency"_s].toString(), u"EUR"_s);
    QVERIFY(rows.at(0)[u"project_id"_s].isNull());
    QCOMPARE(rows.at(1)[u"tag_ids"_s].toArray().size(), 1);

    // The entry: seconds, and start/stop/at as RFC 3339 with the user's offset (Europe/Berlin).
    const QJsonObject entry = morning[u"time_entries"_s].toArray().at(0).toObject();
    QCOMPARE(entry[u"seconds"_s].toInteger(), 3600);
    const QString start = entry[u"start"_s].toString();
    QCOMPARE(QDateTime::fromString(start, Qt::ISODate).toUTC(), at(150, 8));
    QCOMPARE(QDateTime::fromString(entry[u"stop"_s].toString(), Qt::ISODate).toUTC(), at(150, 9));
    QVERIFY(QDateTime::fromString(entry[u"at"_s].toString(), Qt::ISODate).isValid());
    const int offset = QTimeZone("Europe/Berlin").offsetFromUtc(at(150, 8));
    QVERIFY2(start.endsWith(offset == 7200 ? u"+02:00"_s : u"+01:00"_s), qPrintable(start));
}

void TestSandboxReports::pagingByRowNumber()
{
    QList<qint64> newestFirst;
    for (int i = 0; i < 7; ++i)
        newestFirst.prepend(insert(u"Entry %1"_s.arg(i), at(120 - i / 3, 8 + i), 900)); // three days
    const QJsonObject body{{u"start_date"_s, day(125)}, {u"end_date"_s, day(110)}, {u"page_size"_s, 3}};

    const Answer first = search(body);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.rows().size(), 3);
    QCOMPARE(first.header("X-Page-Size"), "3"_ba);
    QCOMPARE(first.header("X-Next-Row-Number"), "4"_ba);
    QCOMPARE(first.header("X-Next-ID").toLongLong(), newestFirst.at(3));
    QCOMPARE(first.header("X-Next-Timestamp").toLongLong(),
             QDateTime::fromString(server->timeEntry(newestFirst.at(3))[u"start"_s].toString(), Qt::ISODate)
                 .toSecsSinceEpoch());

    int pages = 0;
    const QJsonArray all = allPages(body, false, &pages);
    QCOMPARE(pages, 3);
    QCOMPARE(all.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(all.at(i)[u"row_number"_s].toInteger(), i + 1);
        QCOMPARE(all.at(i)[u"time_entries"_s].toArray().at(0)[u"id"_s].toInteger(), newestFirst.at(i));
    }

    // A page past the end is empty, without next headers.
    QJsonObject past = body;
    past[u"first_row_number"_s] = 8;
    const Answer end = search(past);
    QCOMPARE(end.status, 200);
    QCOMPARE(end.rows().size(), 0);
    QVERIFY(!end.hasHeader("X-Next-Row-Number"));
}

void TestSandboxReports::pagingByKeysetCursor()
{
    QList<qint64> newestFirst;
    for (int i = 0; i < 5; ++i)
        newestFirst.prepend(insert(u"Entry %1"_s.arg(i), at(100, 8 + i), 900));
    const QJsonObject body{{u"start_date"_s, day(100)}, {u"end_date"_s, day(100)}, {u"page_size"_s, 2}};
    int pages = 0;
    const QJsonArray all = allPages(body, true, &pages);
    QCOMPARE(pages, 3);
    QCOMPARE(all.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(all.at(i)[u"time_entries"_s].toArray().at(0)[u"id"_s].toInteger(), newestFirst.at(i));
        QCOMPARE(all.at(i)[u"row_number"_s].toInteger(), i + 1);
    }

    // The cursor holds when an entry is added on a page already read: nothing is repeated.
    const Answer first = search(body);
    insert(u"Late addition"_s, at(100, 20), 60); // newer than everything, so before the cursor
    QJsonObject next = body;
    next[u"first_id"_s] = first.header("X-Next-ID").toLongLong();
    next[u"first_timestamp"_s] = first.header("X-Next-Timestamp").toLongLong();
    next[u"first_row_number"_s] = first.header("X-Next-Row-Number").toLongLong();
    const QJsonArray second = search(next).rows();
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(0)[u"time_entries"_s].toArray().at(0)[u"id"_s].toInteger(), newestFirst.at(2));
}

void TestSandboxReports::firstIdWithoutTimestampFindsNothing()
{
    for (int i = 0; i < 4; ++i)
        insert(u"Entry %1"_s.arg(i), at(95, 8 + i), 900);
    QJsonObject body{{u"start_date"_s, day(95)}, {u"end_date"_s, day(95)}, {u"page_size"_s, 2}};
    const Answer first = search(body);
    QCOMPARE(first.rows().size(), 2);
    // Recorded from the real service: first_id with first_row_number but no first_timestamp
    // answers no rows at all, so a client must send all three or only first_row_number.
    body[u"first_id"_s] = first.header("X-Next-ID").toLongLong();
    body[u"first_row_number"_s] = first.header("X-Next-Row-Number").toLongLong();
    const Answer broken = search(body);
    QCOMPARE(broken.status, 200);
    QCOMPARE(broken.rows().size(), 0);
}

void TestSandboxReports::filtersAndOrder()
{
    const qint64 client = server->insertClient(u"Acme"_s);
    const qint64 withClient = server->insertProject(u"Client work"_s, u"#0b83d9"_s, client);
    const qint64 other = server->insertProject(u"Other"_s);
    const qint64 a = insert(u"Write the REPORT"_s, at(80, 8), 3600,
                            {{u"project_id"_s, withClient}, {u"billable"_s, true}});
    const qint64 b =
        insert(u"Call"_s, at(80, 10), 600, {{u"project_id"_s, other}, {u"tags"_s, QJsonArray{u"x"_s}}});
    const qint64 c = insert(u"No project"_s, at(80, 12), 1800);
    const QJsonObject range{{u"start_date"_s, day(80)}, {u"end_date"_s, day(80)}};
    const auto ids = [](const QJsonArray &rows) {
        QList<qint64> out;
        for (const QJsonValue &row : rows)
            out.append(row[u"time_entries"_s].toArray().at(0)[u"id"_s].toInteger());
        return out;
    };
    const auto with = [&range](const QString &key, const QJsonValue &value) {
        QJsonObject body = range;
        body[key] = value;
        return body;
    };
    QCOMPARE(ids(search(range).rows()), (QList<qint64>{c, b, a}));
    QCOMPARE(ids(search(with(u"project_ids"_s, QJsonArray{withClient})).rows()), QList<qint64>{a});
    QCOMPARE(ids(search(with(u"project_ids"_s, QJsonArray{QJsonValue::Null})).rows()), QList<qint64>{c});
    QCOMPARE(ids(search(with(u"client_ids"_s, QJsonArray{client})).rows()), QList<qint64>{a});
    QCOMPARE(ids(search(with(u"description"_s, u"report"_s)).rows()), QList<qint64>{a});
    QCOMPARE(ids(search(with(u"billable"_s, false)).rows()), (QList<qint64>{c, b}));
    QCOMPARE(ids(search(with(u"tag_ids"_s, QJsonArray{QJsonValue::Null})).rows()), (QList<qint64>{c, a}));
    QCOMPARE(ids(search(with(u"order_dir"_s, u"ASC"_s)).rows()), (QList<qint64>{a, b, c}));
    QCOMPARE(ids(search(with(u"order_by"_s, u"duration"_s)).rows()), (QList<qint64>{a, c, b}));

    const QJsonObject enriched = search(with(u"enrich_response"_s, true)).rows().last().toObject();
    QCOMPARE(enriched[u"project_name"_s].toString(), u"Client work"_s);
    QCOMPARE(enriched[u"client_name"_s].toString(), u"Acme"_s);
    QVERIFY(!search(range).rows().last().toObject().contains(u"project_name"_s));
}

void TestSandboxReports::groupedRows()
{
    const qint64 first = insert(u"Standup"_s, at(70, 8), 900);
    insert(u"Review"_s, at(70, 9), 900);
    const qint64 second = insert(u"Standup"_s, at(70, 10), 900);
    const QJsonArray rows =
        search({{u"start_date"_s, day(70)}, {u"end_date"_s, day(70)}, {u"grouped"_s, true}}).rows();
    QCOMPARE(rows.size(), 2);
    const QJsonArray standups = rows.at(0)[u"time_entries"_s].toArray();
    QCOMPARE(rows.at(0)[u"description"_s].toString(), u"Standup"_s);
    QCOMPARE(standups.size(), 2);
    QCOMPARE(standups.at(0)[u"id"_s].toInteger(), second);
    QCOMPARE(standups.at(1)[u"id"_s].toInteger(), first);
    QCOMPARE(rows.at(1)[u"row_number"_s].toInteger(), 2);
}

void TestSandboxReports::onlyFinishedEntriesOfTheWorkspace()
{
    const qint64 kept = insert(u"Kept"_s, at(60, 8), 600);
    const qint64 gone = insert(u"Deleted"_s, at(60, 9), 600);
    QCOMPARE(call("DELETE",
                  u"/api/v9/workspaces/"_s + QString::number(server->defaultWorkspaceId()) +
                      u"/time_entries/"_s + QString::number(gone),
                  {})
                 .status,
             200);
    const qint64 side = server->insertWorkspace(u"Side"_s);
    insert(u"Elsewhere"_s, at(60, 10), 600, {{u"workspace_id"_s, side}});
    server->insertTimeEntry({{u"description"_s, u"Running"_s},
                             {u"start"_s, iso(QDateTime::currentDateTimeUtc())},
                             {u"duration"_s, -1}});
    const QJsonArray rows = search({{u"start_date"_s, day(60)}}).rows(); // up to today
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[u"time_entries"_s].toArray().at(0)[u"id"_s].toInteger(), kept);

    const Answer sideSearch =
        call("POST", searchPath(side), QJsonDocument(QJsonObject{{u"start_date"_s, day(60)}}).toJson());
    QCOMPARE(sideSearch.status, 200);
    QCOMPARE(sideSearch.rows().size(), 1);
    QCOMPARE(sideSearch.rows().at(0)[u"description"_s].toString(), u"Elsewhere"_s);
}

void TestSandboxReports::rangeDefaultsAndCut()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin")).date();
    const Answer open = search({{u"start_date"_s, day(30)}});
    QCOMPARE(open.status, 200);
    QCOMPARE(open.header("X-Range-End"), today.toString(Qt::ISODate).toLatin1());

    const QDate start = today.addYears(-2);
    const Answer longRange = search(
        {{u"start_date"_s, start.toString(Qt::ISODate)}, {u"end_date"_s, today.toString(Qt::ISODate)}});
    QCOMPARE(longRange.status, 200);
    QCOMPARE(longRange.header("X-Range-Start"), start.toString(Qt::ISODate).toLatin1());
    QCOMPARE(longRange.header("X-Range-End"), start.addDays(365).toString(Qt::ISODate).toLatin1());

    const Answer big = search({{u"start_date"_s, day(10)}, {u"page_size"_s, 5000}});
    QCOMPARE(big.header("X-Page-Size"), "1000"_ba);
}

void TestSandboxReports::badBodies()
{
    const QString path = searchPath(server->defaultWorkspaceId());
    const auto refused = [&](const QByteArray &body, const QString &contains) {
        const Answer a = call("POST", path, body);
        QVERIFY2(a.status == 400, a.body.constData());
        QVERIFY2(a.json().isString(), a.body.constData());
        QVERIFY2(a.json().toString().contains(contains), a.body.constData());
        QVERIFY(a.header("Content-Type").startsWith("application/json"));
    };
    refused("{not json", u"JSON is not valid"_s);
    refused("[]", u"JSON is not valid"_s);
    refused("{}", u"At least one parameter must be set"_s);
    refused("", u"At least one parameter must be set"_s);
    refused(R"({"page_size":10})", u"start_date is required"_s);
    refused(R"({"start_date":"2026/01/05"})", u"'start_date'"_s);
    refused(R"({"start_date":"2026-01-05T00:00:00Z"})", u"'start_date'"_s);
    refused(R"({"start_date":"2026-02-05","end_date":"2026-02-01"})",
            u"end_date must not be earlier than start_date"_s);
    refused(R"({"start_date":"2026-02-01","page_size":"ten"})", u"'page_size'"_s);
    refused(R"({"start_date":"2026-02-01","page_size":-1})", u"'page_size'"_s);
    refused(R"({"start_date":"2026-02-01","first_row_number":1.5})", u"'first_row_number'"_s);
    refused(
        R"({"start_date":"2026-02-01","order_by":"project"})",
        u"Invalid 'order_by' value, allowed values are: 'date', 'user', 'duration', 'description', 'last_update'"_s);
    refused(R"({"start_date":"2026-02-01","order_dir":"up"})", u"'order_dir'"_s);
    refused(R"({"start_date":"2026-02-01","project_ids":"1"})", u"'project_ids'"_s);
    refused(R"({"start_date":"2026-02-01","tag_ids":["a"]})", u"'tag_ids'"_s);
    refused(R"({"start_date":"2026-02-01","grouped":"yes"})", u"'grouped'"_s);
    QCOMPARE(call("POST", path, R"({"start_date":"2026-02-01","rounding":1,"hide_amounts":true})").status,
             200);
}

void TestSandboxReports::authenticationAndRouting()
{
    const QByteArray body = R"({"start_date":"2026-02-01"})";
    const QString path = searchPath(server->defaultWorkspaceId());
    const Answer none = call("POST", path, body, Auth::None);
    QCOMPARE(none.status, 401);
    QVERIFY(none.body.isEmpty());
    QCOMPARE(none.header("X-Authorization-Missing"), "true"_ba);
    const Answer wrong = call("POST", path, body, Auth::Wrong);
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.json().toString(), u"Incorrect username and/or password"_s);

    const Answer foreign = call("POST", searchPath(1), body);
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.json().toString(), u"Workspace not found/accessible"_s);
    const Answer badId = call("POST", u"/reports/api/v3/workspace/abc/search/time_entries"_s, body);
    QCOMPARE(badId.status, 400);
    QCOMPARE(badId.json().toString(), u"Invalid workspace id"_s);
    QCOMPARE(call("GET", path, {}).status, 405);
    QCOMPARE(call("POST", u"/reports/api/v3/workspace/1/summary/time_entries"_s, body).status, 404);
    QCOMPARE(call("POST", u"/reports/api/v2/details"_s, body).status, 404);
    // Common headers as on every answer.
    const Answer ok = call("POST", path, body);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.hasHeader("X-Toggl-Request-Id"));
    QVERIFY(ok.header("Cache-Control").startsWith("no-cache"));
}

void TestSandboxReports::quotaIsShared()
{
    server->faults().quotaPerHour = 2;
    QCOMPARE(call("GET", u"/api/v9/me"_s, {}).status, 200);
    const Answer a = search({{u"start_date"_s, day(10)}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("X-Toggl-Quota-Remaining"), "0"_ba);
    const Answer blocked = search({{u"start_date"_s, day(10)}});
    QCOMPARE(blocked.status, 402);
    QVERIFY(blocked.json().toString().contains(u"hourly limit"_s));
    QCOMPARE(server->countRequests("POST", u"/search/time_entries"_s), 2);
}

void TestSandboxReports::demoDataReachesFiveMonthsBack()
{
    SandboxServer::Options options;
    options.seedDemo = true;
    server = startSandbox(options);
    // A whole week five months back (about 150 days): weekdays with several entries each.
    const Answer a = search({{u"start_date"_s, day(154)}, {u"end_date"_s, day(148)}, {u"page_size"_s, 200}});
    QCOMPARE(a.status, 200);
    const QJsonArray rows = a.rows();
    QVERIFY2(rows.size() >= 15 && rows.size() <= 60, qPrintable(QString::number(rows.size())));
    QSet<QString> days, projects;
    for (const QJsonValue &row : rows) {
        const QString start = row[u"time_entries"_s].toArray().at(0)[u"start"_s].toString();
        days.insert(start.left(10));
        projects.insert(QString::number(row[u"project_id"_s].toInteger()));
    }
    QVERIFY2(days.size() >= 5, qPrintable(QStringList(days.values()).join(u' ')));
    QVERIFY(projects.size() >= 3);
}

QTEST_GUILESS_MAIN(TestSandboxReports)
#include "tst_sandboxreports.moc"
