// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/BulkRunWait.h"
#include "tests/support/FastRetries.h"
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/TrackBulkEditor.h"
#include "app/session/HistoryLoader.h"
#include "app/session/TrackSession.h"
#include "app/track/TrackTime.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;
using namespace std::chrono_literals;

// Issue #18, history in the client: older weeks read on demand, one request a week, remembered in
// the local store, and a full refresh that keeps them. Against the sandbox over loopback.
class TstHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<TrackApi> m_api;
    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

    std::unique_ptr<TrackSession> makeSession()
    {
        auto session = std::make_unique<TrackSession>(m_api.get(), storePath());
        new QAbstractItemModelTester(session->entries(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, session.get());
        return session;
    }

    static bool signIn(TrackSession *session)
    {
        QSignalSpy refreshed(session, &TrackSession::refreshed);
        session->signIn();
        return refreshed.wait(10000);
    }

    // A stopped entry of `minutes` at 10:00 local time, `daysAgo` days ago.
    qint64 addEntry(const QString &description, int daysAgo, int minutes = 30)
    {
        const QDateTime start(QDate::currentDate().addDays(-daysAgo), QTime(10, 0));
        return m_server->insertTimeEntry({{QStringLiteral("description"), description},
                                          {QStringLiteral("start"), TrackTime::format(start.toUTC())},
                                          {QStringLiteral("duration"), minutes * 60}});
    }

    static bool shows(TrackSession *session, qint64 id) { return session->entries()->rowOf(id) >= 0; }

    // GET /me/time_entries with start_date (history windows), and the Reports searches.
    int historyReads() const
    {
        int n = 0;
        for (const sandbox::RecordedRequest &r : m_server->requests()) {
            if ((r.method == "GET" && r.path.endsWith(QLatin1String("/me/time_entries")) &&
                 r.query.contains(QLatin1String("start_date="))) ||
                (r.method == "POST" && r.path.contains(QLatin1String("/reports/api/v3/"))))
                ++n;
        }
        return n;
    }

    static bool waitLoaded(TrackSession *session, const QDate &day)
    {
        QSignalSpy loaded(session->history(), &HistoryLoader::weekLoaded);
        QSignalSpy failed(session->history(), &HistoryLoader::loadFailed);
        if (session->history()->isLoaded(day))
            return true;
        session->ensureLoaded(day, day);
        while (!session->history()->isLoaded(day) && failed.isEmpty()) {
            if (!loaded.wait(10000))
                return false;
        }
        if (!failed.isEmpty())
            qWarning() << failed.constFirst().at(1).toString();
        return failed.isEmpty();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(storePath());
        m_server = startSandbox();
        m_transport = std::make_unique<ApiTransport>();
        m_transport->setRetryPolicy(fastRetries(50));
        m_transport->setTransferTimeout(5s);
        m_api = std::make_unique<TrackApi>(m_transport.get());
        QVERIFY(!m_api->setBaseUrl(m_server->baseUrl()));
        m_api->setCredentials(Credentials::apiToken(m_server->token()));
    }

    void cleanup()
    {
        m_api.reset();
        m_transport.reset();
        m_server.reset();
        for (const QString &file : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(file));
    }

    void weeksAreMondayToMonday()
    {
        QCOMPARE(HistoryLoader::weekOf(QDate(2024, 3, 4)), QDate(2024, 3, 4));  // a Monday
        QCOMPARE(HistoryLoader::weekOf(QDate(2024, 3, 10)), QDate(2024, 3, 4)); // its Sunday
        QCOMPARE(HistoryLoader::weekOf(QDate(2024, 3, 11)), QDate(2024, 3, 11));
        QCOMPARE(HistoryLoader::weekStart(QDate(2024, 3, 4)).toLocalTime(),
                 QDateTime(QDate(2024, 3, 4), QTime(0, 0)));
    }

    // A week within three months: one GET with start_date/end_date, exactly that week's entries;
    // a second visit costs nothing, also in another session on the same store (a restart).
    void aWeekWithinThreeMonthsIsOneRequestThenNone()
    {
        const QDate day = QDate::currentDate().addDays(-35);
        const QDate monday = HistoryLoader::weekOf(day);
        const int daysAgo = int(monday.daysTo(QDate::currentDate()));
        const qint64 inWeek = addEntry(QStringLiteral("in the week"), daysAgo - 2);       // Wednesday
        const qint64 before = addEntry(QStringLiteral("the Sunday before"), daysAgo + 1); // not in it
        const qint64 after = addEntry(QStringLiteral("the Monday after"), daysAgo - 7);   // not in it
        {
            auto session = makeSession(); // not signed in: the list is not read, only history
            m_server->clearRequests();
            QSignalSpy started(session->history(), &HistoryLoader::loadStarted);
            QSignalSpy busy(session->history(), &HistoryLoader::busyChanged);
            QVERIFY(waitLoaded(session.get(), day));
            QCOMPARE(historyReads(), 1);
            QCOMPARE(m_server->requests().size(), 1);
            const QString query = m_server->requests().constFirst().query;
            QVERIFY2(query.contains(QLatin1String("end_date=")), qPrintable(query));
            QCOMPARE(started.size(), 1);
            QCOMPARE(started.constFirst().constFirst().toDate(), monday);
            QCOMPARE(busy.size(), 2); // true, then false
            QVERIFY(shows(session.get(), inWeek));
            QVERIFY(!shows(session.get(), before));
            QVERIFY(!shows(session.get(), after));
            QVERIFY(session->history()->isLoaded(monday.addDays(6)));
            QVERIFY(!session->history()->isLoaded(monday.addDays(7)));

            QCOMPARE(session->ensureLoaded(day, day), 0); // a revisit
            QTest::qWait(50);
            QCOMPARE(historyReads(), 1);
        }
        m_server->clearRequests();
        auto again = makeSession(); // the same database: a restart
        QVERIFY(again->history()->isLoaded(day));
        QVERIFY(shows(again.get(), inWeek)); // from the cache
        QCOMPARE(again->ensureLoaded(day, day), 0);
        QTest::qWait(50);
        QCOMPARE(m_server->requests().size(), 0);
    }

    // Entries deleted on the server are gone from a week read again; a local change still waiting
    // in the outbox wins over the week's copy.
    void aWeekReplacesWhatItCovers()
    {
        const QDate day = QDate::currentDate().addDays(-28);
        const int daysAgo = int(day.daysTo(QDate::currentDate()));
        const qint64 kept = addEntry(QStringLiteral("kept"), daysAgo);
        const qint64 gone = addEntry(QStringLiteral("deleted elsewhere"), daysAgo, 20);
        const qint64 edited = addEntry(QStringLiteral("edited here"), daysAgo, 10);
        auto session = makeSession(); // not signed in: changes wait in the outbox
        QVERIFY(waitLoaded(session.get(), day));
        QVERIFY(shows(session.get(), kept) && shows(session.get(), gone) && shows(session.get(), edited));

        TimeEntryModel *model = session->entries();
        QVERIFY(model->setData(model->index(model->rowOf(edited), TimeEntryModel::Description),
                               QStringLiteral("edited here, unsent")));
        QCOMPARE(session->pendingChangeCount(), 1);
        for (const qint64 id : {gone, edited}) {
            std::optional<ApiResult<NoContent>> deleted;
            m_api->deleteTimeEntry(m_server->defaultWorkspaceId(), id, this,
                                   [&deleted](ApiResult<NoContent> r) { deleted = r; });
            QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 10000);
            QVERIFY(deleted->ok());
        }

        session->history()->forgetAll(); // read the week again
        QVERIFY(waitLoaded(session.get(), day));
        QVERIFY(shows(session.get(), kept));
        QVERIFY(!shows(session.get(), gone));
        QVERIFY(shows(session.get(), edited)); // its unsent change wins (and the server refuses it later)
        QCOMPARE(model->entry(model->rowOf(edited))->description,
                 std::optional<QString>(QStringLiteral("edited here, unsent")));
    }

    // Part 3 of the issue: a full list replaces only the range it covers (from its oldest start on);
    // older entries stay, also ones the server has no more (their week is read again when visited).
    void aFullRefreshReplacesOnlyTheRangeItCovers()
    {
        const qint64 old = addEntry(QStringLiteral("two months ago"), 60);
        const qint64 covered = addEntry(QStringLiteral("three days ago"), 3);
        const qint64 deleted = addEntry(QStringLiteral("two days ago, deleted elsewhere"), 2);
        const qint64 today = addEntry(QStringLiteral("today"), 0);
        auto session = makeSession();
        QVERIFY(signIn(session.get()));
        if (!shows(session.get(), old)) // a server that lists only the last days: read that week
            QVERIFY(waitLoaded(session.get(), QDate::currentDate().addDays(-60)));
        for (const qint64 id : {old, covered, deleted, today})
            QVERIFY(shows(session.get(), id));
        for (const qint64 id : {old, deleted}) {
            std::optional<ApiResult<NoContent>> done;
            m_api->deleteTimeEntry(m_server->defaultWorkspaceId(), id, this,
                                   [&done](ApiResult<NoContent> r) { done = r; });
            QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
            QVERIFY(done->ok());
        }
        QSignalSpy refreshed(session.get(), &TrackSession::refreshed);
        session->fullRefresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(shows(session.get(), today));
        QVERIFY(shows(session.get(), covered));
        QVERIFY(!shows(session.get(), deleted)); // inside the list's range, not in it: gone
        QVERIFY(shows(session.get(), old));      // older than the list: kept
    }

    // The "done when": an account with six months of entries shows the last nine days at
    // start, a day five weeks back costs one request, a day five months back comes from the Reports
    // API; entries there are edited, bulk-edited and deleted on the server; a full refresh keeps the
    // older weeks; a visit, also after a restart, costs nothing.
    void sixMonthsOfHistory()
    {
        const QDate today = QDate::currentDate();
        QHash<int, qint64> firstOfDay; // days ago -> the day's first entry
        for (int day = 0; day <= 183; ++day) {
            if (QDate(today.addDays(-day)).dayOfWeek() > 5)
                continue;
            firstOfDay.insert(day, addEntry(QStringLiteral("work, %1 days ago").arg(day), day, 45));
            addEntry(QStringLiteral("more work, %1 days ago").arg(day), day, 20);
        }
        // The days asked for are working days.
        const auto workday = [&](int daysAgo) {
            while (!firstOfDay.contains(daysAgo))
                ++daysAgo;
            return daysAgo;
        };
        const int fiveWeeks = workday(35);
        const int fiveMonths = workday(152);
        const int recent = workday(1);

        auto session = makeSession();
        QVERIFY(signIn(session.get()));
        TimeEntryModel *model = session->entries();
        QVERIFY(shows(session.get(), firstOfDay.value(recent)));
        for (const TimeEntry &e : model->entries()) // the list's window: the last nine days
            QVERIFY2(e.start.daysTo(QDateTime::currentDateTimeUtc()) <= 10, qPrintable(e.start.toString()));
        QVERIFY(!shows(session.get(), firstOfDay.value(fiveWeeks)));

        m_server->clearRequests();
        QVERIFY(waitLoaded(session.get(), today.addDays(-fiveWeeks)));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(historyReads(), 1);
        QVERIFY(m_server->requests().constFirst().query.contains(QLatin1String("start_date=")));
        QVERIFY(shows(session.get(), firstOfDay.value(fiveWeeks)));

        m_server->clearRequests();
        QVERIFY(waitLoaded(session.get(), today.addDays(-fiveMonths)));
        QCOMPARE(m_server->countRequests("POST", QStringLiteral("/reports/api/v3/")), 1);
        QCOMPARE(m_server->requests().size(), 1);
        // Only the user's own entries (an admin's search would answer the team's).
        QCOMPARE(QJsonDocument::fromJson(m_server->requests().constFirst().body)
                     .object()
                     .value(QLatin1String("user_ids")),
                 QJsonValue(QJsonArray{m_server->userId()}));
        const qint64 old = firstOfDay.value(fiveMonths);
        QVERIFY(shows(session.get(), old));
        const TimeEntry oldEntry = *model->entry(model->rowOf(old));
        QCOMPARE(oldEntry.description,
                 std::optional<QString>(QStringLiteral("work, %1 days ago").arg(fiveMonths)));
        QCOMPARE(oldEntry.duration, 45 * 60);
        QCOMPARE(oldEntry.workspaceId, m_server->defaultWorkspaceId());

        // Edit it: the PUT goes through the outbox, and the sandbox holds the change.
        QVERIFY(model->setData(model->index(model->rowOf(old), TimeEntryModel::Description),
                               QStringLiteral("fixed five months later")));
        QTRY_COMPARE_WITH_TIMEOUT(session->pendingChangeCount(), 0, 10000);
        QCOMPARE(m_server->timeEntry(old).value(QLatin1String("description")).toString(),
                 QStringLiteral("fixed five months later"));
        QCOMPARE(m_server->timeEntry(old).value(QLatin1String("duration")).toInt(),
                 45 * 60); // nothing else moved

        // Bulk-edit that week's entries, and delete one of them.
        const QDateTime weekFrom =
            HistoryLoader::weekStart(HistoryLoader::weekOf(today.addDays(-fiveMonths)));
        QList<TimeEntry> week;
        for (const TimeEntry &e : model->entries()) {
            if (e.start >= weekFrom && e.start < weekFrom.addDays(7))
                week.append(e);
        }
        QVERIFY(week.size() >= 2);
        TrackBulkEditor editor(session.get());
        BulkEditChoices billable;
        billable.billable = true;
        QVERIFY(punchclock::test::runToEnd(editor.edit(week, billable)).first.allSucceeded());
        QTRY_COMPARE_WITH_TIMEOUT(session->pendingChangeCount(), 0, 10000);
        for (const TimeEntry &e : std::as_const(week))
            QVERIFY(m_server->timeEntry(e.id).value(QLatin1String("billable")).toBool());
        const qint64 doomed = week.last().id == old ? week.first().id : week.last().id;
        session->deleteEntryLater(doomed);
        session->flushDeletes();
        QTRY_COMPARE_WITH_TIMEOUT(session->pendingChangeCount(), 0, 10000);
        QVERIFY(m_server->timeEntry(doomed).isEmpty());
        QVERIFY(!shows(session.get(), doomed));

        // A full refresh keeps the older weeks, and they stay loaded.
        QSignalSpy refreshed(session.get(), &TrackSession::refreshed);
        m_server->clearRequests();
        session->fullRefresh();
        QVERIFY(refreshed.wait(10000));
        QTest::qWait(300); // a read that was on its way answered first: the full list follows it
        QVERIFY(m_server->countRequests("GET", QStringLiteral("/me/time_entries")) >= 1);
        QVERIFY(shows(session.get(), old));
        QVERIFY(shows(session.get(), firstOfDay.value(fiveWeeks)));
        QVERIFY(!shows(session.get(), doomed));
        QCOMPARE(model->entry(model->rowOf(old))->description,
                 std::optional<QString>(QStringLiteral("fixed five months later")));

        // Visits cost nothing, in this session and after a restart.
        m_server->clearRequests();
        QCOMPARE(session->ensureLoaded(today.addDays(-fiveWeeks), today.addDays(-fiveWeeks)), 0);
        QCOMPARE(session->ensureLoaded(today.addDays(-fiveMonths), today.addDays(-fiveMonths)), 0);
        QTest::qWait(100);
        QCOMPARE(historyReads(), 0);
        session.reset();
        m_server->clearRequests();
        auto again = makeSession();
        QVERIFY(shows(again.get(), old));
        QVERIFY(again->history()->isLoaded(today.addDays(-fiveMonths)));
        QVERIFY(again->history()->isLoaded(today.addDays(-fiveWeeks)));
        QCOMPARE(again->ensureLoaded(today.addDays(-fiveMonths), today.addDays(-fiveMonths)), 0);
        QCOMPARE(again->ensureLoaded(today.addDays(-fiveWeeks), today.addDays(-fiveWeeks)), 0);
        QTest::qWait(100);
        QCOMPARE(m_server->requests().size(), 0);
    }

    // Ctrl+G to a day five weeks back, twice, and "Load earlier week" from the end of the list:
    // the loader asks for weeks not loaded only, one at a time, newest first.
    void weeksAreQueuedNewestFirst()
    {
        auto session = makeSession();
        m_server->clearRequests();
        const QDate today = QDate::currentDate();
        QSignalSpy started(session->history(), &HistoryLoader::loadStarted);
        QSignalSpy idle(session->history(), &HistoryLoader::busyChanged);
        QCOMPARE(session->ensureLoaded(today.addDays(-30), today.addDays(-16)), 3);
        QCOMPARE(session->ensureLoaded(today.addDays(-30), today.addDays(-16)), 0); // already asked
        QTRY_VERIFY_WITH_TIMEOUT(!session->history()->isBusy(), 10000);
        QCOMPARE(started.size(), 3);
        QVERIFY(started.at(0).at(0).toDate() > started.at(1).at(0).toDate());
        QVERIFY(started.at(1).at(0).toDate() > started.at(2).at(0).toDate());
        QCOMPARE(historyReads(), 3);
        QCOMPARE(idle.size(), 2); // busy once for the three of them
        // The week before the oldest one loaded comes next.
        QCOMPARE(session->history()->nextEarlierWeek(),
                 HistoryLoader::weekOf(today.addDays(-30)).addDays(-7));
        QVERIFY(session->loadEarlierWeek());
        QVERIFY(!session->loadEarlierWeek()); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(!session->history()->isBusy(), 10000);
        QCOMPARE(historyReads(), 4);
        // Future weeks have nothing to read.
        QCOMPARE(session->ensureLoaded(today.addDays(14), today.addDays(20)), 0);
    }

    // A failed week says which and why, drops what was queued behind it, and is read when asked
    // again.
    void aFailureSaysWhichWeekAndWhy()
    {
        auto session = makeSession();
        const QDate day = QDate::currentDate().addDays(-50);
        m_server->faults().failureRate = 1.0;
        QSignalSpy failed(session->history(), &HistoryLoader::loadFailed);
        session->ensureLoaded(day.addDays(-7), day);
        QVERIFY(failed.wait(10000));
        const QString message = failed.constFirst().at(1).toString();
        QVERIFY2(message.contains(QLocale().toString(HistoryLoader::weekOf(day), QLocale::LongFormat)),
                 qPrintable(message));
        QVERIFY(!session->history()->isBusy());
        QTest::qWait(100);
        QCOMPARE(failed.size(), 1); // the second week was dropped, not failed again
        QVERIFY(!session->history()->isLoaded(day));

        m_server->faults().failureRate = 0.0;
        QVERIFY(waitLoaded(session.get(), day));
    }

    // The Reports search needs the account (whose entries, which workspaces): before the sign-in a
    // week beyond the list's reach fails at once and asks nothing.
    void beyondTheListBeforeSignInFails()
    {
        auto session = makeSession();
        m_server->clearRequests();
        QSignalSpy failed(session->history(), &HistoryLoader::loadFailed);
        session->ensureLoaded(QDate::currentDate().addDays(-120), QDate::currentDate().addDays(-120));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.constFirst().at(1).toString().contains(QLatin1String("not signed in")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void quotaUsedUpIsSaid()
    {
        m_transport->setMaxQuotaWait(0ms);
        m_server->faults().quotaPerHour = 1; // one request, then 402 with the quota headers
        auto session = makeSession();
        const QDate day = QDate::currentDate().addDays(-50);
        QVERIFY(waitLoaded(session.get(), day));
        QSignalSpy failed(session->history(), &HistoryLoader::loadFailed);
        session->ensureLoaded(day.addDays(-7), day.addDays(-7));
        QVERIFY(failed.wait(10000));
        const QString quota = failed.constFirst().at(1).toString();
        QVERIFY2(quota.contains(QLatin1String("quota")), qPrintable(quota));
        QCOMPARE(failed.constFirst().at(2).value<ApiError>().kind, ApiError::Kind::Quota);
    }
};

QTEST_GUILESS_MAIN(TstHistory)
#include "tst_history.moc"
