// SPDX-License-Identifier: GPL-3.0-or-later
// Found by a soak run: after one failed refresh the app stopped refreshing in the background until
// the window was activated. A failed refresh re-arms the scheduler too, with a delay that doubles
// per failure in a row, and an answer brings the normal interval back.
#include "tests/support/SessionFixture.h"

#include "app/session/RefreshScheduler.h"
#include "app/time/Clock.h"
#include "app/track/TrackTime.h"

#include <QStandardPaths>
#include <QTimer>

using namespace punchclock;

class TstRefreshRetry : public QObject
{
    Q_OBJECT

    static int listReads(const sandbox::SandboxServer &server)
    {
        int n = 0;
        for (const sandbox::RecordedRequest &r : server.requests())
            n += r.method == "GET" && r.path.endsWith(QLatin1String("/me/time_entries"));
        return n;
    }

    // The scheduler's background timer fires now (instead of in minutes); waits for the answer.
    static bool fire(QTimer *timer, TrackSession *session, bool expectFailure)
    {
        QSignalSpy failed(session, &TrackSession::errorOccurred);
        QSignalSpy refreshed(session, &TrackSession::refreshed);
        timer->start(1);
        return expectFailure ? failed.wait(30000) : refreshed.wait(30000);
    }

    // A coarse QTimer may fire up to 5% late.
    static bool near(int remainingMs, int expectedMs)
    {
        return remainingMs > expectedMs * 9 / 10 && remainingMs < expectedMs * 11 / 10;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aFailedRefreshIsRetriedWithBackoff()
    {
        SessionFixture f;
        f.addEntry(QStringLiteral("yesterday"), 20, 30);
        ManualClock clock(TrackTime::utc(QDate(2025, 3, 3), QTime(10, 0)));
        RefreshScheduler scheduler(f.session.get(), &clock);
        QTimer *timer = scheduler.findChild<QTimer *>();
        QVERIFY(timer);
        QVERIFY(f.signIn());
        QVERIFY(timer->isActive());
        const int base = RefreshScheduler::kBaseIntervalSeconds * 1000;

        f.server->faults().failureRate = 1.0; // every answer a 500
        QVERIFY(fire(timer, f.session.get(), true));
        QVERIFY2(timer->isActive(), "a failed refresh must re-arm the background refresh");
        QVERIFY2(near(timer->remainingTime(), base), qPrintable(QString::number(timer->remainingTime())));

        // Within the minimum gap (by the clock) a window activation adds no read of its own.
        f.server->clearRequests();
        clock.advance(RefreshScheduler::kMinGapSeconds - 1);
        scheduler.requestRefresh();
        QTest::qWait(100);
        QCOMPARE(listReads(*f.server), 0);

        QVERIFY(fire(timer, f.session.get(), true)); // twice in a row: twice as long
        QVERIFY(timer->isActive());
        QVERIFY2(near(timer->remainingTime(), 2 * base), qPrintable(QString::number(timer->remainingTime())));
        QVERIFY(fire(timer, f.session.get(), true));
        QVERIFY2(near(timer->remainingTime(), 4 * base), qPrintable(QString::number(timer->remainingTime())));

        f.server->faults().failureRate = 0.0; // the server is back: the normal interval again
        QVERIFY(fire(timer, f.session.get(), false));
        QVERIFY(timer->isActive());
        QVERIFY2(near(timer->remainingTime(), base), qPrintable(QString::number(timer->remainingTime())));
    }
};

QTEST_GUILESS_MAIN(TstRefreshRetry)
#include "tst_refreshretry.moc"
