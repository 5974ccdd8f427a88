// SPDX-License-Identifier: GPL-3.0-or-later
// Transport behaviour the sandbox cannot show quickly (its quota window is an hour): a minimal
// loopback HTTP responder with canned answers. The client side is the real QNAM path.
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace punchclock;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

namespace {
// Answers each request with the next canned raw response (then closes the connection).
class CannedServer : public QObject
{
public:
    QList<QByteArray> answers;
    QList<QByteArray> requests;
    QList<qint64> arrivals; // ms since start
    QElapsedTimer clock;

    CannedServer()
    {
        clock.start();
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    if (!m_buffers[socket].contains("\r\n\r\n"))
                        return;
                    requests.append(m_buffers.take(socket));
                    arrivals.append(clock.elapsed());
                    const QByteArray answer = answers.isEmpty() ? QByteArray() : answers.takeFirst();
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    static QByteArray answer(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
               extraHeaders + "Content-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
} // namespace

class TestApiTransport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void headersAndNoSecretInUrl();
    void quotaZeroHoldsUntilReset();
    void quotaFarAwayFailsFastWithoutSending();
    void premium402IsNotQuota();
    void retryAfterHonoured();
    void retryAfterTooLongIsReported();
    void postNotRetriedOnNetworkError();
    void cancelInFlight();

private:
    ApiResponse run(ApiRequest req, int timeoutMs = 10000);
    ApiTransport *m_transport = nullptr;
    CannedServer *m_canned = nullptr;
};

void TestApiTransport::init()
{
    m_transport = new ApiTransport(this);
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 50;
    m_transport->setRetryPolicy(fast);
    m_transport->setTransferTimeout(5s);
    m_canned = new CannedServer;
}

void TestApiTransport::cleanup()
{
    delete m_transport;
    delete m_canned;
}

ApiResponse TestApiTransport::run(ApiRequest req, int timeoutMs)
{
    std::optional<ApiResponse> got;
    m_transport->send(std::move(req), this, [&](const ApiResponse &r) { got = r; });
    QElapsedTimer t;
    t.start();
    while (!got && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!got)
        qFatal("no answer");
    return *got;
}

void TestApiTransport::headersAndNoSecretInUrl()
{
    m_canned->answers = {CannedServer::answer(200, "{}")};
    ApiRequest req;
    req.method = "PUT";
    req.url = m_canned->url(QStringLiteral("/api/v9/x"));
    req.body = "{\"a\":1}";
    req.authorization = "Basic dG9rZW46YXBpX3Rva2Vu";
    const ApiResponse r = run(req);
    QVERIFY(r.ok());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.attempts, 1);
    const QByteArray raw = m_canned->requests.at(0);
    QVERIFY(raw.startsWith("PUT /api/v9/x HTTP/1.1\r\n"));
    // Header names are case-insensitive (Qt 6.8 sends them in lower case); values are not.
    QByteArray headers;
    for (const QByteArray &line : raw.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        headers += (colon > 0 ? line.left(colon).toLower() + line.mid(colon) : line) + '\n';
    }
    QVERIFY2(headers.contains("user-agent: Punchclock/0.2.0\r\n"), raw.constData());
    QVERIFY(headers.contains("authorization: Basic dG9rZW46YXBpX3Rva2Vu\r\n"));
    QVERIFY(headers.contains("content-type: application/json\r\n"));
}

void TestApiTransport::quotaZeroHoldsUntilReset()
{
    m_canned->answers = {
        CannedServer::answer(200, "[]", "X-Toggl-Quota-Remaining: 0\r\nX-Toggl-Quota-Resets-In: 1\r\n"),
        CannedServer::answer(200, "[]", "X-Toggl-Quota-Remaining: 29\r\nX-Toggl-Quota-Resets-In: 3600\r\n")};
    QList<QuotaInfo> changes;
    connect(m_transport, &ApiTransport::quotaChanged, this,
            [&](const QString &, const QuotaInfo &q) { changes.append(q); });
    ApiRequest req;
    req.url = m_canned->url(QStringLiteral("/a"));
    req.quotaScope = QStringLiteral("track");
    QVERIFY(run(req).ok());
    QCOMPARE(m_transport->quota(QStringLiteral("track")).remaining, std::optional<int>(0));
    QVERIFY(m_transport->quota(QStringLiteral("track")).isExhausted());

    const ApiResponse second = run(req);
    QVERIFY(second.ok());
    QCOMPARE(m_canned->arrivals.size(), 2);
    const qint64 gap = m_canned->arrivals.at(1) - m_canned->arrivals.at(0);
    QVERIFY2(gap >= 900, qPrintable(QString::number(gap))); // held until the reset, not sent at once
    QCOMPARE(m_transport->quota(QStringLiteral("track")).remaining, std::optional<int>(29));
    QVERIFY(changes.size() >= 2);
}

void TestApiTransport::quotaFarAwayFailsFastWithoutSending()
{
    m_canned->answers = {CannedServer::answer(
        402, "\"quota exceeded\"", "X-Toggl-Quota-Remaining: 0\r\nX-Toggl-Quota-Resets-In: 1800\r\n")};
    ApiRequest req;
    req.url = m_canned->url(QStringLiteral("/a"));
    const ApiResponse r = run(req);
    QCOMPARE(r.error->kind, Kind::Quota);
    QCOMPARE(r.error->httpStatus, 402);
    QCOMPARE(r.error->message, QStringLiteral("quota exceeded"));
    QVERIFY(r.error->retryAt.has_value());
    const qint64 resetIn = QDateTime::currentDateTimeUtc().secsTo(*r.error->retryAt);
    QVERIFY2(resetIn > 1700 && resetIn <= 1800, qPrintable(QString::number(resetIn)));
    QCOMPARE(r.attempts, 1); // never retried before the reset

    const ApiResponse r2 = run(req);
    QCOMPARE(r2.error->kind, Kind::Quota);
    QCOMPARE(r2.attempts, 0);
    QCOMPARE(m_canned->requests.size(), 1);
}

void TestApiTransport::premium402IsNotQuota()
{
    m_canned->answers = {
        CannedServer::answer(402, "\"Custom project colors available only for premium plans\"")};
    ApiRequest req;
    req.url = m_canned->url(QStringLiteral("/a"));
    const ApiResponse r = run(req);
    QCOMPARE(r.error->kind, Kind::PaymentRequired);
    QCOMPARE(r.error->message, QStringLiteral("Custom project colors available only for premium plans"));
    QVERIFY(!m_transport->quota(ApiTransport::scopeFor(req)).isExhausted());
    QCOMPARE(m_canned->requests.size(), 1);
}

void TestApiTransport::retryAfterHonoured()
{
    m_canned->answers = {CannedServer::answer(429, "\"slow down\"", "Retry-After: 1\r\n"),
                         CannedServer::answer(200, "{}")};
    ApiRequest req;
    req.method = "POST"; // 429 is retried even for a create: the server did not run it
    req.idempotent = false;
    req.url = m_canned->url(QStringLiteral("/a"));
    const ApiResponse r = run(req);
    QVERIFY(r.ok());
    QCOMPARE(r.attempts, 2);
    const qint64 gap = m_canned->arrivals.at(1) - m_canned->arrivals.at(0);
    QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
}

void TestApiTransport::retryAfterTooLongIsReported()
{
    m_canned->answers = {CannedServer::answer(429, "", "Retry-After: 120\r\n")};
    ApiRequest req;
    req.url = m_canned->url(QStringLiteral("/a"));
    const ApiResponse r = run(req);
    QCOMPARE(r.error->kind, Kind::RateLimited);
    QVERIFY(r.error->retryAt.has_value());
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(*r.error->retryAt) > 100);
    QCOMPARE(m_canned->requests.size(), 1);
}

void TestApiTransport::postNotRetriedOnNetworkError()
{
    m_canned->answers = {QByteArray(), QByteArray()}; // close without an answer
    ApiRequest req;
    req.method = "POST";
    req.idempotent = false;
    req.body = "{}";
    req.url = m_canned->url(QStringLiteral("/a"));
    const ApiResponse r = run(req);
    QCOMPARE(r.error->kind, Kind::Network);
    QCOMPARE(r.attempts, 1);
}

void TestApiTransport::cancelInFlight()
{
    auto server = startSandbox();
    server->faults().hangRequests = 1;
    ApiRequest req;
    req.url = QUrl(server->baseUrl().toString() + QLatin1String("/api/v9/me"));
    std::optional<ApiResponse> got;
    const auto id = m_transport->send(req, this, [&](const ApiResponse &r) { got = r; });
    QTRY_COMPARE(server->requests().size(), 1);
    m_transport->cancel(id);
    QVERIFY(!got); // not from inside cancel()
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->error->kind, Kind::Cancelled);
    QCOMPARE(m_transport->pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_apitransport.moc"
