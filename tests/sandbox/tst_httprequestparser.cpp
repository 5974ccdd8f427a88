// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's HTTP/1.1 request reader: what it takes off a connection's buffer, and when it waits.
#include <QTest>

#include "sandbox/HttpRequestParser.h"

using namespace Qt::StringLiterals;
using sandbox::ApiRequest;
using sandbox::HttpRequestParser;
using Status = HttpRequestParser::Status;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void takesPipelinedRequestsOneByOne()
    {
        QByteArray buffer = "GET /api/v9/me?with_related_data=true&x=a%20b HTTP/1.1\r\n"
                            "Host: 127.0.0.1\r\nauthorization: Basic dG9rOmFwaV90b2tlbg==\r\n\r\n"
                            "PUT /api/v9/workspaces/1/time_entries/7 HTTP/1.1\r\n"
                            "Content-Type: application/json\r\nContent-Length: 10\r\n\r\n"
                            "{\"a\":\"\xc3\xa9\"}"_ba; // 10 bytes: é is two
        ApiRequest request;
        bool expectsContinue = true;
        QCOMPARE(HttpRequestParser::take(buffer, &request, &expectsContinue), Status::Complete);
        QVERIFY(!expectsContinue);
        QCOMPARE(request.method, "GET"_ba);
        QCOMPARE(request.path, u"/api/v9/me"_s);
        QCOMPARE(request.query, u"with_related_data=true&x=a%20b"_s);
        QCOMPARE(request.header("Authorization"_ba), "Basic dG9rOmFwaV90b2tlbg=="_ba);
        QVERIFY(request.body.isEmpty());

        QCOMPARE(HttpRequestParser::take(buffer, &request, &expectsContinue), Status::Complete);
        QCOMPARE(request.method, "PUT"_ba);
        QCOMPARE(request.path, u"/api/v9/workspaces/1/time_entries/7"_s);
        QCOMPARE(request.body, "{\"a\":\"\xc3\xa9\"}"_ba);
        QVERIFY(buffer.isEmpty());
        QCOMPARE(HttpRequestParser::take(buffer, &request, &expectsContinue), Status::Incomplete);
    }

    void waitsForTheWholeBody()
    {
        const QByteArray whole = "POST /api/v9/me/time_entries HTTP/1.1\r\nContent-Length: 4\r\n"
                                 "Expect: 100-continue\r\n\r\n{\"x\"}"_ba;
        QByteArray buffer = whole.left(whole.size() - 4);
        ApiRequest request;
        bool expectsContinue = false;
        QCOMPARE(HttpRequestParser::take(buffer, &request, &expectsContinue), Status::Incomplete);
        QVERIFY(expectsContinue);
        QCOMPARE(buffer, whole.left(whole.size() - 4)); // nothing taken yet
        buffer += whole.right(4);
        QCOMPARE(HttpRequestParser::take(buffer, &request, &expectsContinue), Status::Complete);
        QCOMPARE(request.body, "{\"x\""_ba);
        QCOMPARE(buffer, "}"_ba); // the next request's first byte stays
    }

    void decodesAChunkedBody()
    {
        QByteArray buffer = "PATCH /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "3\r\nabc\r\n2;ext=1\r\nde\r\n"_ba;
        ApiRequest request;
        bool expectsContinue = false;
        QCOMPARE(HttpRequestParser::take(buffer, &request, &expectsContinue), Status::Incomplete);
        buffer += "0\r\nX-Trailer: 1\r\n\r\nGET"_ba;
        QCOMPARE(HttpRequestParser::take(buffer, &request, &expectsContinue), Status::Complete);
        QCOMPARE(request.body, "abcde"_ba);
        QCOMPARE(buffer, "GET"_ba);
    }

    void refusesWhatIsNotHttp()
    {
        ApiRequest request;
        bool expectsContinue = false;
        QByteArray noVersion = "GET /\r\n\r\n"_ba;
        QCOMPARE(HttpRequestParser::take(noVersion, &request, &expectsContinue), Status::Bad);
        QByteArray badLength = "POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"_ba;
        QCOMPARE(HttpRequestParser::take(badLength, &request, &expectsContinue), Status::Bad);
        QByteArray badChunk = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba;
        QCOMPARE(HttpRequestParser::take(badChunk, &request, &expectsContinue), Status::Bad);
        QByteArray endless(70 * 1024, 'a'); // headers that never end
        QCOMPARE(HttpRequestParser::take(endless, &request, &expectsContinue), Status::Bad);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
