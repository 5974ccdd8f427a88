// SPDX-License-Identifier: GPL-3.0-or-later
// What people type into a start or stop cell (issue #17, item 5).
#include <QTest>

#include "app/time/TimeOfDayParser.h"

using namespace punchclock;

class TestTimeOfDayParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void relativeCountsBackFromNow();
    void stopAfterMidnight();
    void formatRoundTrips();
};

namespace {
const QDate kDay(2024, 5, 14);
const QDateTime kNow(QDate(2024, 5, 16), QTime(15, 0, 0)); // local time, two days later
} // namespace

void TestTimeOfDayParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused

    const auto on = [](int h, int m, int s = 0) { return QDateTime(kDay, QTime(h, m, s)); };
    QTest::newRow("24-hour") << QStringLiteral("13:20") << on(13, 20);
    QTest::newRow("with seconds") << QStringLiteral("13:20:05") << on(13, 20, 5);
    QTest::newRow("leading zero") << QStringLiteral("09:05") << on(9, 5);
    QTest::newRow("single-digit hour") << QStringLiteral("9:05") << on(9, 5);
    QTest::newRow("dot") << QStringLiteral("13.20") << on(13, 20);
    QTest::newRow("whole hour") << QStringLiteral("9") << on(9, 0);
    QTest::newRow("two-digit hour") << QStringLiteral("17") << on(17, 0);
    QTest::newRow("midnight") << QStringLiteral("0:00") << on(0, 0);
    QTest::newRow("compact") << QStringLiteral("1320") << on(13, 20);
    QTest::newRow("compact, three digits") << QStringLiteral("930") << on(9, 30);
    QTest::newRow("pm") << QStringLiteral("1:20pm") << on(13, 20);
    QTest::newRow("PM, space") << QStringLiteral(" 1:20 PM ") << on(13, 20);
    QTest::newRow("am") << QStringLiteral("9am") << on(9, 0);
    QTest::newRow("p") << QStringLiteral("5p") << on(17, 0);
    QTest::newRow("12am") << QStringLiteral("12am") << on(0, 0);
    QTest::newRow("12pm") << QStringLiteral("12pm") << on(12, 0);
    QTest::newRow("12:30am") << QStringLiteral("12:30am") << on(0, 30);
    QTest::newRow("dated") << QStringLiteral("2024-05-01 8:15") << QDateTime(QDate(2024, 5, 1), QTime(8, 15));
    QTest::newRow("dated, pm") << QStringLiteral("2024-05-01 8pm")
                               << QDateTime(QDate(2024, 5, 1), QTime(20, 0));

    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("word") << QStringLiteral("abc") << QDateTime();
    QTest::newRow("25:99") << QStringLiteral("25:99") << QDateTime();
    QTest::newRow("hour 24") << QStringLiteral("24:00") << QDateTime();
    QTest::newRow("minute 60") << QStringLiteral("13:60") << QDateTime();
    QTest::newRow("second 60") << QStringLiteral("13:20:60") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("25") << QDateTime();
    QTest::newRow("0pm") << QStringLiteral("0pm") << QDateTime();
    QTest::newRow("13pm") << QStringLiteral("13pm") << QDateTime();
    QTest::newRow("one-digit minutes") << QStringLiteral("13:2") << QDateTime();
    QTest::newRow("five digits") << QStringLiteral("13200") << QDateTime();
    QTest::newRow("trailing junk") << QStringLiteral("13:20x") << QDateTime();
    QTest::newRow("plus") << QStringLiteral("+10m") << QDateTime();
    QTest::newRow("bad relative") << QStringLiteral("-abc") << QDateTime();
    QTest::newRow("bad date") << QStringLiteral("2024-02-30 9:00") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2024-05-01") << QDateTime();
}

void TestTimeOfDayParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> result = TimeOfDayParser::parse(text, kDay, kNow);
    if (!expected.isValid()) {
        QVERIFY2(!result, qPrintable(result ? result->toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(result);
    QCOMPARE(*result, expected);
}

void TestTimeOfDayParser::relativeCountsBackFromNow()
{
    // From now, not from the entry's day: "-10m" is ten minutes ago, for start and stop alike.
    QCOMPARE(TimeOfDayParser::parse(QStringLiteral("-10m"), kDay, kNow).value(), kNow.addSecs(-600));
    QCOMPARE(TimeOfDayParser::parse(QStringLiteral("- 1h 30m"), kDay, kNow).value(), kNow.addSecs(-5400));
    QCOMPARE(TimeOfDayParser::parse(QStringLiteral("-1:30"), kDay, kNow).value(), kNow.addSecs(-5400));
    QCOMPARE(TimeOfDayParser::parse(QStringLiteral("-1.5h"), kDay, kNow).value(), kNow.addSecs(-5400));
    // A UTC "now" gives the same instant, handed back in local time.
    const std::optional<QDateTime> utc = TimeOfDayParser::parse(QStringLiteral("-10m"), kDay, kNow.toUTC());
    QVERIFY(utc);
    QCOMPARE(*utc, kNow.addSecs(-600));
    QCOMPARE(utc->timeSpec(), Qt::LocalTime);
    QVERIFY(!TimeOfDayParser::parse(QStringLiteral("-10m"), kDay, QDateTime()));
}

void TestTimeOfDayParser::stopAfterMidnight()
{
    const QDateTime start(kDay, QTime(23, 0));
    QCOMPARE(TimeOfDayParser::parse(QStringLiteral("1:00"), kDay, kNow, start).value(),
             QDateTime(kDay.addDays(1), QTime(1, 0)));
    QCOMPARE(TimeOfDayParser::parse(QStringLiteral("23:30"), kDay, kNow, start).value(),
             QDateTime(kDay, QTime(23, 30)));
    // A date given in full is taken as typed, even before start (the entry then says why).
    QCOMPARE(TimeOfDayParser::parse(QStringLiteral("2024-05-14 1:00"), kDay, kNow, start).value(),
             QDateTime(kDay, QTime(1, 0)));
}

void TestTimeOfDayParser::formatRoundTrips()
{
    const QDateTime values[] = {QDateTime(kDay, QTime(13, 20)), QDateTime(kDay, QTime(0, 0, 5)),
                                QDateTime(kDay.addDays(1), QTime(1, 0)), QDateTime(kDay, QTime(23, 59, 59))};
    QCOMPARE(TimeOfDayParser::format(values[0], kDay), QStringLiteral("13:20"));
    QCOMPARE(TimeOfDayParser::format(values[1], kDay), QStringLiteral("00:00:05"));
    QCOMPARE(TimeOfDayParser::format(values[2], kDay), QStringLiteral("2024-05-15 01:00"));
    QCOMPARE(TimeOfDayParser::format(values[0], kDay, true), QStringLiteral("2024-05-14 13:20"));
    for (const QDateTime &value : values) {
        for (bool withDate : {false, true}) {
            const QString text = TimeOfDayParser::format(value, kDay, withDate);
            QCOMPARE(TimeOfDayParser::parse(text, kDay, kNow).value(), value);
        }
        QCOMPARE(TimeOfDayParser::parse(TimeOfDayParser::format(value.toUTC(), kDay), kDay, kNow).value(),
                 value);
    }
}

QTEST_GUILESS_MAIN(TestTimeOfDayParser)
#include "tst_timeofdayparser.moc"
