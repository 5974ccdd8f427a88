// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's day or week: which days, from which first day of the week, and the periods
// before and after.
#include <QTest>

#include "app/models/TimelinePeriod.h"

using namespace punchclock;

class TestTimelinePeriod : public QObject
{
    Q_OBJECT

private slots:
    void dayIsOneDay();
    void weekStartsOnTheLocalesFirstDay_data();
    void weekStartsOnTheLocalesFirstDay();
    void previousAndNextKeepTheSpan();
    void switchingSpanKeepsTheDate();
};

void TestTimelinePeriod::dayIsOneDay()
{
    const TimelinePeriod day(TimelinePeriod::Span::Day, QDate(2026, 12, 9));
    QCOMPARE(day.dayCount(), 1);
    QCOMPARE(day.first(), QDate(2026, 12, 9));
    QCOMPARE(day.last(), QDate(2026, 12, 9));
    QCOMPARE(day.indexOf(QDate(2026, 12, 9)), 0);
    QCOMPARE(day.indexOf(QDate(2026, 12, 10)), -1);
    QCOMPARE(day.indexOf(QDate(2026, 12, 8)), -1);
    QVERIFY(!day.contains(QDate()));
}

void TestTimelinePeriod::weekStartsOnTheLocalesFirstDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<QDate>("first");
    // 2026-12-09 is a Wednesday.
    QTest::newRow("Monday weeks") << QDate(2026, 12, 9) << int(Qt::Monday) << QDate(2026, 12, 7);
    QTest::newRow("Sunday weeks") << QDate(2026, 12, 9) << int(Qt::Sunday) << QDate(2026, 12, 6);
    QTest::newRow("Saturday weeks") << QDate(2026, 12, 9) << int(Qt::Saturday) << QDate(2026, 12, 5);
    QTest::newRow("on the first day") << QDate(2026, 12, 7) << int(Qt::Monday) << QDate(2026, 12, 7);
    QTest::newRow("on the last day") << QDate(2026, 12, 13) << int(Qt::Monday) << QDate(2026, 12, 7);
    QTest::newRow("across a year") << QDate(2027, 1, 1) << int(Qt::Monday) << QDate(2026, 12, 28);
}

void TestTimelinePeriod::weekStartsOnTheLocalesFirstDay()
{
    QFETCH(QDate, date);
    QFETCH(int, firstDay);
    QFETCH(QDate, first);
    const TimelinePeriod week(TimelinePeriod::Span::Week, date, Qt::DayOfWeek(firstDay));
    QCOMPARE(week.dayCount(), 7);
    QCOMPARE(week.first(), first);
    QCOMPARE(week.last(), first.addDays(6));
    QCOMPARE(week.first().dayOfWeek(), firstDay);
    QCOMPARE(week.indexOf(date), int(first.daysTo(date)));
    QCOMPARE(week.day(3), first.addDays(3));
    QVERIFY(!week.contains(first.addDays(7)));
    QVERIFY(!week.contains(first.addDays(-1)));
}

void TestTimelinePeriod::previousAndNextKeepTheSpan()
{
    const TimelinePeriod day(TimelinePeriod::Span::Day, QDate(2026, 3, 1));
    QCOMPARE(day.previous().first(), QDate(2026, 2, 28));
    QCOMPARE(day.next().first(), QDate(2026, 3, 2));
    QCOMPARE(day.next().previous(), day);

    const TimelinePeriod week(TimelinePeriod::Span::Week, QDate(2026, 12, 9), Qt::Sunday);
    QCOMPARE(week.previous().first(), QDate(2026, 11, 29));
    QCOMPARE(week.next().first(), QDate(2026, 12, 13));
    QCOMPARE(week.next().firstDayOfWeek(), Qt::Sunday);
    QCOMPARE(week.next().span(), TimelinePeriod::Span::Week);
    QVERIFY(week.next() != week);
}

void TestTimelinePeriod::switchingSpanKeepsTheDate()
{
    const TimelinePeriod day(TimelinePeriod::Span::Day, QDate(2026, 12, 9));
    const TimelinePeriod week = day.withSpan(TimelinePeriod::Span::Week);
    QCOMPARE(week.first(), QDate(2026, 12, 7));
    QCOMPARE(week.date(), QDate(2026, 12, 9));
    QCOMPARE(week.withSpan(TimelinePeriod::Span::Day).first(), QDate(2026, 12, 9));
    QCOMPARE(week.withDate(QDate(2026, 12, 20)).first(), QDate(2026, 12, 14));
}

QTEST_GUILESS_MAIN(TestTimelinePeriod)
#include "tst_timelineperiod.moc"
