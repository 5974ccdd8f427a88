// SPDX-License-Identifier: GPL-3.0-or-later
// ApiService, the base of the typed API clients: how a request is built from the base URL, the
// quota scope it is paced in, which quota changes it passes on, and a call without a transport.
// Nothing here goes on the wire: the network paths are in tst_trackapi and tst_focusapi.
#include "app/api/ApiService.h"

#include <QSignalSpy>
#include <QTest>

using namespace punchclock;

namespace {
class Service : public ApiService
{
public:
    explicit Service(ApiTransport *transport)
        : ApiService(transport, QStringLiteral("svc"), QStringLiteral("/api/v1"),
                     QUrl(QStringLiteral("https://api.example.com")), nullptr)
    {
    }
    using ApiService::call;
    using ApiService::request;
    QByteArray auth = "Bearer k";

protected:
    QByteArray authorization() const override { return auth; }
};
} // namespace

class TestApiService : public QObject
{
    Q_OBJECT
private slots:
    void pathIsJoinedUnderTheBaseUrlsPath();
    void queryIsSetOnlyWhenGiven();
    void requestCarriesAuthorizationScopeAndIdempotence();
    void quotaScopeNamesServiceHostAndPort();
    void insecureBaseUrlIsRefusedAndTheOldOneKept();
    void onlyTheOwnScopesQuotaIsPassedOn();
    void callWithoutTransportFailsLater();
};

void TestApiService::pathIsJoinedUnderTheBaseUrlsPath()
{
    ApiTransport transport;
    Service service(&transport);
    QCOMPARE(service.request("GET", QStringLiteral("/me")).url,
             QUrl(QStringLiteral("https://api.example.com/api/v1/me")));
    QVERIFY(!service.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/proxy//"))));
    QCOMPARE(service.request("GET", QStringLiteral("/me")).url,
             QUrl(QStringLiteral("http://127.0.0.1:8080/proxy/api/v1/me")));
    QVERIFY(!service.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/"))));
    QCOMPARE(service.request("GET", QStringLiteral("/me")).url,
             QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1/me")));
}

void TestApiService::queryIsSetOnlyWhenGiven()
{
    ApiTransport transport;
    Service service(&transport);
    QVERIFY(!service.request("GET", QStringLiteral("/me")).url.hasQuery());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ids"), QStringLiteral("1,2"));
    QCOMPARE(service.request("GET", QStringLiteral("/me"), query).url.query(), QStringLiteral("ids=1,2"));
}

void TestApiService::requestCarriesAuthorizationScopeAndIdempotence()
{
    ApiTransport transport;
    Service service(&transport);
    const ApiRequest post = service.request("POST", QStringLiteral("/e"), {}, "{}");
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.body, QByteArray("{}"));
    QCOMPARE(post.authorization, QByteArray("Bearer k"));
    QCOMPARE(post.quotaScope, service.quotaScope());
    QVERIFY(!post.idempotent); // a resent create would make a duplicate
    for (const char *method : {"GET", "PUT", "PATCH", "DELETE"})
        QVERIFY2(service.request(method, QStringLiteral("/e")).idempotent, method);
    service.auth.clear();
    QVERIFY(service.request("GET", QStringLiteral("/e")).authorization.isEmpty());
}

void TestApiService::quotaScopeNamesServiceHostAndPort()
{
    ApiTransport transport;
    Service service(&transport);
    QCOMPARE(service.quotaScope(), QStringLiteral("svc@api.example.com:443"));
    QVERIFY(!service.setBaseUrl(QUrl(QStringLiteral("http://localhost:8080/x"))));
    QCOMPARE(service.quotaScope(), QStringLiteral("svc@localhost:8080"));
}

void TestApiService::insecureBaseUrlIsRefusedAndTheOldOneKept()
{
    ApiTransport transport;
    Service service(&transport);
    const auto error = service.setBaseUrl(QUrl(QStringLiteral("http://api.example.com")));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::InsecureUrl);
    QCOMPARE(service.baseUrl(), QUrl(QStringLiteral("https://api.example.com")));
}

void TestApiService::onlyTheOwnScopesQuotaIsPassedOn()
{
    ApiTransport transport;
    Service service(&transport);
    QSignalSpy spy(&service, &ApiService::quotaChanged);
    QuotaInfo info;
    info.remaining = 3;
    emit transport.quotaChanged(QStringLiteral("other@api.example.com:443"), info);
    QCOMPARE(spy.count(), 0);
    emit transport.quotaChanged(service.quotaScope(), info);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QuotaInfo>(), info);
}

void TestApiService::callWithoutTransportFailsLater()
{
    auto *transport = new ApiTransport;
    Service service(transport);
    delete transport;
    QVERIFY(!service.transport());
    std::optional<ApiResult<int>> result;
    service.call<int>(
        service.request("GET", QStringLiteral("/me")), nullptr,
        [&result](ApiResult<int> r) { result = std::move(r); },
        [](const ApiResponse &) { return ApiResult<int>::success(1); });
    QVERIFY(!result); // never from inside the call
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error->kind, ApiError::Kind::Network);
}

QTEST_GUILESS_MAIN(TestApiService)
#include "tst_apiservice.moc"
