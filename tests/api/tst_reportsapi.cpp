// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FastRetries.h"
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/api/ReportsApi.h"
#include "app/api/TrackApi.h"
#include "app/track/TrackTime.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace punchclock;
using namespace std::chrono_literals;

// The Reports API v3 detailed search (issue #18), against the sandbox: the request as Toggl's
// reference describes it, the answer read into entries, and the pages followed.
class TestReportsApi : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_server = startSandbox();
        m_transport = std::make_unique<ApiTransport>();
        m_transport->setRetryPolicy(fastRetries(80));
        m_transport->setTransferTimeout(5s);
        m_track = std::make_unique<TrackApi>(m_transport.get());
        QVERIFY(!m_track->setBaseUrl(m_server->baseUrl()));
        m_track->setCredentials(Credentials::apiToken(m_server->token()));
        m_reports = std::make_unique<ReportsApi>(m_track.get());
    }
    void cleanup()
    {
        m_reports.reset();
        m_track.reset();
        m_transport.reset();
        m_server.reset();
    }

    void requestBodyFollowsTheReference()
    {
        ReportsQuery query;
        query.startDate = QDate(2024, 3, 3);
        query.endDate = QDate(2024, 3, 11);
        query.userIds = {7};
        const QJsonObject first =
            QJsonDocument::fromJson(ReportsApi::requestBody(query, std::nullopt)).object();
        QCOMPARE(first.value(QLatin1String("start_date")).toString(), QStringLiteral("2024-03-03"));
        QCOMPARE(first.value(QLatin1String("end_date")).toString(), QStringLiteral("2024-03-11"));
        QCOMPARE(first.value(QLatin1String("page_size")).toInt(), 50);
        QCOMPARE(first.value(QLatin1String("user_ids")).toArray(), QJsonArray{7});
        QCOMPARE(first.value(QLatin1String("grouped")), QJsonValue(false));
        QCOMPARE(first.value(QLatin1String("rounding")).toInt(-1), 0);
        QVERIFY(!first.contains(QLatin1String("first_row_number")));
        QVERIFY(!first.contains(QLatin1String("first_id")));

        ReportsCursor cursor;
        cursor.firstId = 9001;
        cursor.firstRowNumber = 51;
        cursor.firstTimestamp = 1709500000;
        const QJsonObject next = QJsonDocument::fromJson(ReportsApi::requestBody(query, cursor)).object();
        QCOMPARE(next.value(QLatin1String("first_id")).toInteger(), 9001);
        QCOMPARE(next.value(QLatin1String("first_row_number")).toInteger(), 51);
        QCOMPARE(next.value(QLatin1String("first_timestamp")).toInteger(), 1709500000);
        QCOMPARE(next.value(QLatin1String("start_date")), first.value(QLatin1String("start_date")));
    }

    void cursorFromHeaders()
    {
        ApiResponse last;
        QVERIFY(!ReportsApi::nextCursor(last));
        ApiResponse more;
        more.headers = {
            {"x-next-id", "77"}, {"X-Next-Row-Number", " 51 "}, {"X-Next-Timestamp", "1709500000"}};
        const std::optional<ReportsCursor> cursor = ReportsApi::nextCursor(more);
        QVERIFY(cursor);
        QCOMPARE(cursor->firstId, std::optional<qint64>(77));
        QCOMPARE(cursor->firstRowNumber, 51);
        QCOMPARE(cursor->firstTimestamp, std::optional<qint64>(1709500000));
        ApiResponse rowOnly;
        rowOnly.headers = {{"X-Next-Row-Number", "101"}};
        QCOMPARE(ReportsApi::nextCursor(rowOnly)->firstRowNumber, 101);
        QVERIFY(!ReportsApi::nextCursor(rowOnly)->firstId);
    }

    // The Track server, its credentials and its quota: a search is a POST under /reports/api/v3.
    void requestGoesToTheTrackServer()
    {
        QCOMPARE(m_reports->quotaScope(), m_track->quotaScope());
        const qint64 wid = m_server->defaultWorkspaceId();
        ReportsQuery query;
        query.startDate = QDate(2024, 1, 1);
        query.endDate = QDate(2024, 1, 7);
        std::optional<ApiResult<ReportsPage>> got;
        m_reports->searchTimeEntries(wid, query, std::nullopt, this,
                                     [&got](ApiResult<ReportsPage> page) { got = std::move(page); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        const auto requests = m_server->requests();
        QVERIFY(!requests.isEmpty());
        const sandbox::RecordedRequest &r = requests.last();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/reports/api/v3/workspace/%1/search/time_entries").arg(wid));
        QCOMPARE(r.authorization, m_track->credentials().authorizationHeader());
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("start_date")).toString(),
                 QStringLiteral("2024-01-01"));

        // A server change of TrackApi is followed at the next call.
        auto other = startSandbox();
        QVERIFY(!m_track->setBaseUrl(other->baseUrl()));
        got.reset();
        m_reports->searchTimeEntries(wid, query, std::nullopt, this,
                                     [&got](ApiResult<ReportsPage> page) { got = std::move(page); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QCOMPARE(other->countRequests("POST", QStringLiteral("/reports/api/v3/")), 1);
        QCOMPARE(m_reports->baseUrl(), other->baseUrl());
    }

    // More than a page: every page is asked for with the cursor the previous answer named, and
    // every entry comes once.
    void pagesAreFollowed()
    {
        const QDateTime base = TrackTime::utc(QDate(2024, 1, 8), QTime(8, 0));
        QSet<qint64> inserted;
        for (int i = 0; i < 120; ++i) {
            const QDateTime start = base.addSecs(qint64(i) * 1800);
            inserted.insert(
                m_server->insertTimeEntry({{QStringLiteral("description"), QStringLiteral("e%1").arg(i)},
                                           {QStringLiteral("start"), TrackTime::format(start)},
                                           {QStringLiteral("duration"), 600}}));
        }
        m_server->insertTimeEntry({{QStringLiteral("description"), QStringLiteral("outside")},
                                   {QStringLiteral("start"), TrackTime::format(base.addDays(30))},
                                   {QStringLiteral("duration"), 600}});
        ReportsQuery query;
        query.startDate = QDate(2024, 1, 7);
        query.endDate = QDate(2024, 1, 14);
        query.userIds = {m_server->userId()};
        std::optional<ApiResult<QList<TimeEntry>>> got;
        m_server->clearRequests();
        m_reports->searchAllTimeEntries(m_server->defaultWorkspaceId(), query, this,
                                        [&got](ApiResult<QList<TimeEntry>> r) { got = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY2(got->ok(), qPrintable(got->error ? got->error->toString() : QString()));
        QSet<qint64> ids;
        for (const TimeEntry &e : *got->value) {
            QVERIFY2(!ids.contains(e.id), "an entry came twice");
            ids.insert(e.id);
            QCOMPARE(e.duration, 600);
            QCOMPARE(e.workspaceId, m_server->defaultWorkspaceId());
        }
        QCOMPARE(ids, inserted);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 3); // 50 + 50 + 20
        QVERIFY(!QJsonDocument::fromJson(requests.at(0).body)
                     .object()
                     .contains(QLatin1String("first_row_number")));
        QCOMPARE(QJsonDocument::fromJson(requests.at(1).body)
                     .object()
                     .value(QLatin1String("first_row_number"))
                     .toInt(),
                 51);
    }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<TrackApi> m_track;
    std::unique_ptr<ReportsApi> m_reports;
};

QTEST_GUILESS_MAIN(TestReportsApi)
#include "tst_reportsapi.moc"
