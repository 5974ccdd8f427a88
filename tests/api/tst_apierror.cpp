// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/ApiError.h"
#include "app/api/ApiTransport.h"
#include "app/api/Credentials.h"
#include "app/api/TimeEntryQuery.h"
#include "app/track/TrackTime.h"

#include <QTest>
#include <QTimeZone>

using namespace punchclock;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void kinds_data();
    void kinds();
    void decodeBody_data();
    void decodeBody();
    void toStringHasStatusAndMessage();
    void checkUrl_data();
    void checkUrl();
    void credentialsHeader();
    void queryEncoding();
};

void TestApiError::kinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("quotaHeaders");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("401") << 401 << false << Kind::Auth;
    QTest::newRow("403") << 403 << false << Kind::Auth;
    QTest::newRow("404") << 404 << false << Kind::NotFound;
    QTest::newRow("409") << 409 << false << Kind::Conflict;
    QTest::newRow("402 quota") << 402 << true << Kind::Quota;
    QTest::newRow("402 premium") << 402 << false << Kind::PaymentRequired;
    QTest::newRow("429") << 429 << false << Kind::RateLimited;
    QTest::newRow("500") << 500 << false << Kind::Server;
    QTest::newRow("502") << 502 << false << Kind::Server;
    QTest::newRow("400") << 400 << false << Kind::BadRequest;
    QTest::newRow("405") << 405 << false << Kind::BadRequest;
    QTest::newRow("422") << 422 << false << Kind::BadRequest;
}

void TestApiError::kinds()
{
    QFETCH(int, status);
    QFETCH(bool, quotaHeaders);
    QFETCH(Kind, kind);
    const ApiError e = ApiError::fromHttp(status, {}, {}, quotaHeaders);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, status);
    QVERIFY(!e.message.isEmpty());
}

void TestApiError::decodeBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");
    const QByteArray json = "application/json; charset=utf-8";
    QTest::newRow("json string") << 409 << QByteArray("\"Time entry already stopped\"") << json
                                 << QStringLiteral("Time entry already stopped");
    QTest::newRow("json string with escapes")
        << 400 << QByteArray("\"'since' and 'before' can not be present \\u0022simultaneously\\u0022\"\n")
        << json << QStringLiteral("'since' and 'before' can not be present \"simultaneously\"");
    QTest::newRow("json object message")
        << 400 << QByteArray(R"({"message":"bad field","code":3})") << json << QStringLiteral("bad field");
    QTest::newRow("json object error")
        << 400 << QByteArray(R"({"error":"nope"})") << json << QStringLiteral("nope");
    QTest::newRow("plain text") << 400 << QByteArray("start is required for time entry creation\n")
                                << QByteArray("text/plain")
                                << QStringLiteral("start is required for time entry creation");
    QTest::newRow("plain text no type") << 500 << QByteArray("upstream connect error") << QByteArray()
                                        << QStringLiteral("upstream connect error");
    QTest::newRow("html") << 502
                          << QByteArray(
                                 "<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
                                 "<style>body{color:red}</style></head><body><h1>Bad Gateway</h1>"
                                 "<p>The server is   down &amp; out.</p><script>x()</script></body></html>")
                          << QByteArray("text/html")
                          << QStringLiteral("502 Bad Gateway: Bad Gateway The server is down & out.");
    QTest::newRow("html without type")
        << 503 << QByteArray("<html><body><h1>Service Unavailable</h1></body></html>") << QByteArray()
        << QStringLiteral("Service Unavailable");
    QTest::newRow("empty 401") << 401 << QByteArray() << QByteArray()
                               << QStringLiteral("Not signed in: credentials missing or rejected");
    QTest::newRow("empty 405") << 405 << QByteArray("  ") << json << QStringLiteral("Method not allowed");
    QTest::newRow("json null") << 500 << QByteArray("null") << json
                               << QStringLiteral("Internal server error");
    QTest::newRow("empty json string") << 404 << QByteArray("\"\"") << json << QStringLiteral("Not found");
}

void TestApiError::decodeBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::decodeBody(status, body, contentType), expected);
}

void TestApiError::toStringHasStatusAndMessage()
{
    const ApiError e = ApiError::fromHttp(404, "\"Time entry not found\"", "application/json", false);
    QCOMPARE(e.toString(), QStringLiteral("Not found (404): Time entry not found"));
    const QByteArray longHtml = "<html><body>" + QByteArray(2000, 'x') + "</body></html>";
    QVERIFY(ApiError::decodeBody(502, longHtml, "text/html").size() <= 300);
}

void TestApiError::checkUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("toggl https") << QStringLiteral("https://api.track.toggl.com") << true;
    QTest::newRow("toggl http") << QStringLiteral("http://api.track.toggl.com") << false;
    QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("loopback v4 other") << QStringLiteral("http://127.0.0.2:8080") << true;
    QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("lan http") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.evil.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestApiError::checkUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const auto error = ApiTransport::checkUrl(QUrl(url));
    QCOMPARE(!error.has_value(), allowed);
    if (error) {
        QCOMPARE(error->kind, Kind::InsecureUrl);
        QVERIFY(!error->message.isEmpty());
    }
}

void TestApiError::credentialsHeader()
{
    QCOMPARE(Credentials::apiToken(QStringLiteral("abc123")).authorizationHeader(),
             "Basic " + QByteArray("abc123:api_token").toBase64());
    QCOMPARE(Credentials::emailPassword(QStringLiteral("a@b.c"), QStringLiteral("pw")).authorizationHeader(),
             "Basic " + QByteArray("a@b.c:pw").toBase64());
    QVERIFY(Credentials().authorizationHeader().isEmpty());
    QVERIFY(Credentials::apiToken(QString()).isEmpty());
}

void TestApiError::queryEncoding()
{
    TimeEntryQuery q;
    q.since = TrackTime::utcFromSecs(1734315500);
    q.startDate = QDateTime(QDate(2024, 12, 1), QTime(0, 0), QTimeZone(3600));
    q.endDate = TrackTime::utc(QDate(2024, 12, 2), QTime(0, 0));
    q.meta = true;
    QCOMPARE(q.toUrlQuery().toString(QUrl::FullyEncoded),
             QStringLiteral(
                 "since=1734315500&start_date=2024-11-30T23:00:00Z&end_date=2024-12-02T00:00:00Z&meta=true"));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
