// SPDX-License-Identifier: GPL-3.0-or-later
// WorkingHours: which moments are working time, the next start after a moment, and the ranges
// text people type and QSettings keeps.
#include <QTest>

#include "app/reminders/ReminderSettings.h"
#include "app/reminders/WorkingHours.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace punchclock;

class TestWorkingHours : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsWeekdaysNineToFive();
    void nextStartSkipsNightsAndWeekends();
    void severalRanges();
    void parsesRanges_data();
    void parsesRanges();
    void settingsRoundTrip();
};

namespace {
// A Monday in local time (2024-03-04), far from any daylight-saving change.
QDateTime at(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 3, 4).addDays(dayOffset), QTime(hour, minute));
}
} // namespace

void TestWorkingHours::defaultIsWeekdaysNineToFive()
{
    const WorkingHours hours;
    QCOMPARE(hours.days(), (QList<int>{1, 2, 3, 4, 5}));
    QVERIFY(hours.contains(at(0, 9)));
    QVERIFY(hours.contains(at(0, 16, 59)));
    QVERIFY(!hours.contains(at(0, 17)));
    QVERIFY(!hours.contains(at(0, 8, 59)));
    QVERIFY(hours.contains(at(4, 12)));         // Friday
    QVERIFY(!hours.contains(at(5, 12)));        // Saturday
    QVERIFY(!hours.contains(at(6, 12)));        // Sunday
    QVERIFY(hours.contains(at(0, 10).toUTC())); // any time spec
}

void TestWorkingHours::nextStartSkipsNightsAndWeekends()
{
    const WorkingHours hours;
    QCOMPARE(hours.nextStart(at(0, 10)), at(0, 10).toUTC()); // within: itself
    QCOMPARE(hours.nextStart(at(0, 7)), at(0, 9).toUTC());
    QCOMPARE(hours.nextStart(at(0, 17)), at(1, 9).toUTC());
    QCOMPARE(hours.nextStart(at(4, 18)), at(7, 9).toUTC()); // Friday evening: Monday
    QCOMPARE(hours.nextStart(at(5, 12)), at(7, 9).toUTC());
    WorkingHours none;
    none.setDays({});
    QVERIFY(!none.nextStart(at(0, 10)).isValid());
    WorkingHours sundayOnly;
    sundayOnly.setDays({7});
    QCOMPARE(sundayOnly.nextStart(at(6, 10)), at(6, 10).toUTC());
    QCOMPARE(sundayOnly.nextStart(at(6, 18)), at(13, 9).toUTC()); // a week later
}

void TestWorkingHours::severalRanges()
{
    WorkingHours hours;
    hours.setRanges({{QTime(13, 0), QTime(17, 30)}, {QTime(8, 30), QTime(12, 0)}});
    QCOMPARE(hours.ranges().first().from, QTime(8, 30)); // sorted
    QVERIFY(hours.contains(at(0, 11, 59)));
    QVERIFY(!hours.contains(at(0, 12, 30)));
    QCOMPARE(hours.nextStart(at(0, 12, 30)), at(0, 13).toUTC());
    QCOMPARE(hours.rangesText(), QStringLiteral("8:30–12:00, 13:00–17:30"));
}

void TestWorkingHours::parsesRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // rangesText() of the result; empty: refused
    QTest::newRow("default") << "9:00-17:00"
                             << "9:00–17:00";
    QTest::newRow("hours only") << "9-17"
                                << "9:00–17:00";
    QTest::newRow("dash and two") << "8:30 – 12, 13-17:30"
                                  << "8:30–12:00, 13:00–17:30";
    QTest::newRow("to midnight") << "20-24"
                                 << "20:00–23:59";
    QTest::newRow("backwards") << "17-9"
                               << "";
    QTest::newRow("words") << "nine to five"
                           << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("bad minute") << "9:75-10"
                                << "";
}

void TestWorkingHours::parsesRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto ranges = WorkingHours::parseRanges(text);
    QCOMPARE(ranges.has_value(), !expected.isEmpty());
    if (ranges) {
        WorkingHours hours;
        hours.setRanges(*ranges);
        QCOMPARE(hours.rangesText(), expected);
    }
}

void TestWorkingHours::settingsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(ReminderSettings::load(settings), ReminderSettings()); // nothing saved: the defaults
    QVERIFY(ReminderSettings().idleEnabled);
    ReminderSettings changed;
    changed.idleEnabled = false;
    changed.intervalMinutes = 30;
    changed.hours.setDays({2, 4, 6});
    changed.hours.setRanges({{QTime(7, 0), QTime(11, 0)}, {QTime(14, 0), QTime(18, 15)}});
    changed.longRunningEnabled = false;
    changed.longRunningHours = 10;
    changed.save(settings);
    QCOMPARE(ReminderSettings::load(settings), changed);
}

QTEST_GUILESS_MAIN(TestWorkingHours)
#include "tst_workinghours.moc"
