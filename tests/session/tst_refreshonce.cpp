// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SessionFixture.h"

#include "app/session/RefreshScheduler.h"

#include <QStandardPaths>
#include <QTimer>

using namespace punchclock;

// Issue #22, the start-up fault: a window activation during the sign-in asked for the whole entry
// list a second time, 3 ms after the first. One list read is on its way at a time; a refresh asked
// meanwhile is answered by it (a full list asked during an incremental read follows it, once).
class TstRefreshOnce : public QObject
{
    Q_OBJECT

    static constexpr int kLatencyMs = 150; // the list's answer takes this long: the window is wide open

    // The entry list requests the sandbox got (not /current), in order, by their query strings.
    static QStringList listReads(const sandbox::SandboxServer &server)
    {
        QStringList queries;
        for (const sandbox::RecordedRequest &r : server.requests()) {
            if (r.method == "GET" && r.path.endsWith(QLatin1String("/me/time_entries")))
                queries.append(r.query);
        }
        return queries;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aWindowActivationDuringSignInReadsTheListOnce()
    {
        SessionFixture f;
        f.addEntry(QStringLiteral("yesterday"), 20, 30);
        RefreshScheduler scheduler(f.session.get());
        f.server->faults().latencyMs = kLatencyMs;
        // The window is activated while the sign-in's list is on its way (as at start-up).
        connect(f.session.get(), &TrackSession::signedIn, &scheduler,
                [&scheduler] { QTimer::singleShot(3, &scheduler, &RefreshScheduler::requestRefresh); });
        QSignalSpy refreshed(f.session.get(), &TrackSession::refreshed);

        QVERIFY(f.signIn());
        QTest::qWait(3 * kLatencyMs); // a second read would have arrived and been answered by now
        QCOMPARE(listReads(*f.server).size(), 1);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(f.session->entries()->rowCount(), 1);
    }

    void refreshesAskedDuringAReadAreAnsweredByIt()
    {
        SessionFixture f;
        f.addEntry(QStringLiteral("yesterday"), 20, 30);
        QVERIFY(f.signIn());
        f.server->clearRequests();
        f.server->faults().latencyMs = kLatencyMs;
        QSignalSpy refreshed(f.session.get(), &TrackSession::refreshed);

        f.session->refresh();
        f.session->refresh();
        f.session->refresh();
        QVERIFY(refreshed.wait(5000));
        QTest::qWait(3 * kLatencyMs);
        QCOMPARE(listReads(*f.server).size(), 1);
        QCOMPARE(refreshed.size(), 1);

        // Once answered, the next refresh is read again.
        QVERIFY(f.refresh());
        QCOMPARE(listReads(*f.server).size(), 2);
    }

    void aFullListAskedDuringAnIncrementalReadFollowsIt()
    {
        SessionFixture f;
        f.addEntry(QStringLiteral("yesterday"), 20, 30);
        QVERIFY(f.signIn());
        QVERIFY(f.session->sinceWatermark() > 0); // the next refresh is incremental
        f.server->clearRequests();
        f.server->faults().latencyMs = kLatencyMs;
        QSignalSpy refreshed(f.session.get(), &TrackSession::refreshed);

        f.session->refresh();     // incremental
        f.session->fullRefresh(); // needs the whole list: after the incremental one
        f.session->fullRefresh(); // the same follow-up
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(listReads(*f.server).size(), 1); // not in parallel
        QVERIFY(listReads(*f.server).constFirst().contains(QLatin1String("since=")));
        QVERIFY(refreshed.size() > 1 || refreshed.wait(5000));
        QTest::qWait(3 * kLatencyMs);
        const QStringList reads = listReads(*f.server);
        QCOMPARE(reads.size(), 2);
        QVERIFY(!reads.at(1).contains(QLatin1String("since=")));
        QCOMPARE(refreshed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstRefreshOnce)
#include "tst_refreshonce.moc"
