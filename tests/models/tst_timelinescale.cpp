// SPDX-License-Identifier: GPL-3.0-or-later
// Times of day to pixels and back, the five-minute grid, and the wall clock on the days summer
// time begins and ends.
#include <QTest>

#include "app/models/TimelineScale.h"

using namespace punchclock;

class TestTimelineScale : public QObject
{
    Q_OBJECT

private slots:
    void pixelsAndSecondsRoundTrip();
    void secondsAreClampedToTheDay();
    void snapsToFiveMinutes_data();
    void snapsToFiveMinutes();
    void wallClockOnOrdinaryDays();
    void wallClockWhenSummerTimeBegins();
    void wallClockWhenSummerTimeEnds();
};

void TestTimelineScale::pixelsAndSecondsRoundTrip()
{
    const TimelineScale scale(60, 100); // a pixel a minute, midnight at y 100
    QCOMPARE(scale.height(), 24 * 60.0);
    QCOMPARE(scale.yAt(0), 100.0);
    QCOMPARE(scale.yAt(9 * 3600 + 30 * 60), 100.0 + 9 * 60 + 30);
    QCOMPARE(scale.secondsAt(100.0 + 9 * 60 + 30), 9 * 3600 + 30 * 60);
    QCOMPARE(scale.secondsAt(scale.yAt(12345)), 12345);
    const TimelineScale dense(48, -300.5);
    for (qint64 s : {0LL, 1LL, 299LL, 3600LL, 45678LL, 86399LL})
        QCOMPARE(dense.secondsAt(dense.yAt(s)), s);
}

void TestTimelineScale::secondsAreClampedToTheDay()
{
    const TimelineScale scale(60, 100);
    QCOMPARE(scale.secondsAt(0), 0);
    QCOMPARE(scale.secondsAt(-1e6), 0);
    QCOMPARE(scale.secondsAt(100 + 24 * 60 + 50), TimelineScale::kDaySeconds);
    QCOMPARE(TimelineScale(0, 0).secondsAt(10), 0); // no scale, no crash
}

void TestTimelineScale::snapsToFiveMinutes_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<qint64>("nearest");
    QTest::addColumn<qint64>("down");
    QTest::addColumn<qint64>("up");
    QTest::newRow("on the grid") << 600LL << 600LL << 600LL << 600LL;
    QTest::newRow("just after") << 601LL << 600LL << 600LL << 900LL;
    QTest::newRow("half way rounds up") << 750LL << 900LL << 600LL << 900LL;
    QTest::newRow("just before half") << 749LL << 600LL << 600LL << 900LL;
    QTest::newRow("just before") << 899LL << 900LL << 600LL << 900LL;
    QTest::newRow("negative") << -1LL << 0LL << -300LL << 0LL;
    QTest::newRow("negative half") << -150LL << 0LL << -300LL << 0LL;
    QTest::newRow("negative more") << -151LL << -300LL << -300LL << 0LL;
    QTest::newRow("unix seconds") << 1780000123LL << 1780000200LL << 1779999900LL << 1780000200LL;
}

void TestTimelineScale::snapsToFiveMinutes()
{
    QFETCH(qint64, seconds);
    QFETCH(qint64, nearest);
    QFETCH(qint64, down);
    QFETCH(qint64, up);
    QCOMPARE(TimelineScale::snap(seconds), nearest);
    QCOMPARE(TimelineScale::snapDown(seconds), down);
    QCOMPARE(TimelineScale::snapUp(seconds), up);
    QCOMPARE(TimelineScale::snap(seconds, 1), seconds);
}

void TestTimelineScale::wallClockOnOrdinaryDays()
{
    const QTimeZone zone("Europe/Berlin");
    QVERIFY(zone.isValid());
    const QDate day(2026, 6, 10);
    const QDateTime nine(day, QTime(9, 0), zone);
    QCOMPARE(TimelineScale::secondsIntoDay(nine.toUTC(), day, zone), 9 * 3600);
    QCOMPARE(TimelineScale::secondsIntoDay(nine.toUTC(), day.addDays(1), zone), 9 * 3600 - 86400);
    QCOMPARE(TimelineScale::secondsIntoDay(nine.toUTC(), day.addDays(-1), zone), 9 * 3600 + 86400);
    QCOMPARE(TimelineScale::timeAt(day, 9 * 3600, zone), nine.toUTC());
    QCOMPARE(TimelineScale::timeAt(day, TimelineScale::kDaySeconds, zone),
             QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC());
    QCOMPARE(TimelineScale::timeAt(day, -3600, zone), QDateTime(day.addDays(-1), QTime(23, 0), zone).toUTC());
    QCOMPARE(TimelineScale::timeAt(day, 9 * 3600, zone).timeSpec(), Qt::UTC);
}

// 2026-03-29 in Berlin: 02:00 becomes 03:00, a 23-hour day. The axis stays the wall clock.
void TestTimelineScale::wallClockWhenSummerTimeBegins()
{
    const QTimeZone zone("Europe/Berlin");
    const QDate day(2026, 3, 29);
    const QDateTime four(day, QTime(4, 0), zone);
    QCOMPARE(TimelineScale::secondsIntoDay(four.toUTC(), day, zone), 4 * 3600);
    QCOMPARE(TimelineScale::timeAt(day, 4 * 3600, zone), four.toUTC());
    QCOMPARE(TimelineScale::timeAt(day, 1 * 3600, zone), QDateTime(day, QTime(1, 0), zone).toUTC());
    // One real hour from 01:30 to 03:30 on the wall clock.
    const QDateTime halfPastOne = TimelineScale::timeAt(day, 5400, zone);
    QCOMPARE(TimelineScale::secondsIntoDay(halfPastOne.addSecs(3600), day, zone), 3 * 3600 + 1800);
}

// 2026-10-25 in Berlin: 03:00 goes back to 02:00, a 25-hour day.
void TestTimelineScale::wallClockWhenSummerTimeEnds()
{
    const QTimeZone zone("Europe/Berlin");
    const QDate day(2026, 10, 25);
    const QDateTime six(day, QTime(6, 0), zone);
    QCOMPARE(TimelineScale::secondsIntoDay(six.toUTC(), day, zone), 6 * 3600);
    QCOMPARE(TimelineScale::timeAt(day, 6 * 3600, zone), six.toUTC());
    const QDateTime lateEvening(day, QTime(23, 30), zone);
    QCOMPARE(TimelineScale::secondsIntoDay(lateEvening.toUTC(), day, zone), 23 * 3600 + 1800);
}

QTEST_GUILESS_MAIN(TestTimelineScale)
#include "tst_timelinescale.moc"
