// SPDX-License-Identifier: GPL-3.0-or-later
// What people type into a duration cell.
#include <QTest>

#include "app/time/DurationParser.h"

using namespace punchclock;

class TestDurationParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void formatRoundTrips();
};

void TestDurationParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused

    QTest::newRow("h:mm") << QStringLiteral("1:30") << qint64(5400);
    QTest::newRow("h:mm:ss") << QStringLiteral("1:30:15") << qint64(5415);
    QTest::newRow("0:05") << QStringLiteral("0:05") << qint64(300);
    QTest::newRow("spaces") << QStringLiteral("  2:00  ") << qint64(7200);
    QTest::newRow("minutes") << QStringLiteral("90m") << qint64(5400);
    QTest::newRow("hours and minutes") << QStringLiteral("1h 30m") << qint64(5400);
    QTest::newRow("no space") << QStringLiteral("1h30m") << qint64(5400);
    QTest::newRow("h m s") << QStringLiteral("1h 30m 15s") << qint64(5415);
    QTest::newRow("decimal hours") << QStringLiteral("1.5h") << qint64(5400);
    QTest::newRow("decimal comma") << QStringLiteral("1,5h") << qint64(5400);
    QTest::newRow("upper case") << QStringLiteral("2H") << qint64(7200);
    QTest::newRow("seconds") << QStringLiteral("45s") << qint64(45);
    QTest::newRow("min word") << QStringLiteral("20 min") << qint64(1200);
    QTest::newRow("bare number is minutes") << QStringLiteral("25") << qint64(1500);
    QTest::newRow("zero") << QStringLiteral("0:00") << qint64(0);

    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("word") << QStringLiteral("soon") << qint64(-1);
    QTest::newRow("60 minutes in clock") << QStringLiteral("1:60") << qint64(-1);
    QTest::newRow("60 seconds in clock") << QStringLiteral("1:00:60") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-5m") << qint64(-1);
    QTest::newRow("negative number") << QStringLiteral("-5") << qint64(-1);
    QTest::newRow("unit twice") << QStringLiteral("1h 2h") << qint64(-1);
    QTest::newRow("trailing junk") << QStringLiteral("1h x") << qint64(-1);
    QTest::newRow("unknown unit") << QStringLiteral("3d") << qint64(-1);
    QTest::newRow("too long") << QStringLiteral("1000h") << qint64(-1);
    QTest::newRow("too many colons") << QStringLiteral("1:2:3:4") << qint64(-1);
}

void TestDurationParser::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = DurationParser::parse(text);
    if (seconds < 0)
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
    else
        QCOMPARE(parsed, std::optional<qint64>(seconds));
}

void TestDurationParser::formatRoundTrips()
{
    for (qint64 s : {0LL, 59LL, 3600LL, 5415LL, 360000LL}) {
        QCOMPARE(DurationParser::format(s).isEmpty(), false);
        QCOMPARE(DurationParser::parse(DurationParser::format(s)), std::optional<qint64>(s));
    }
    QCOMPARE(DurationParser::format(5415), QStringLiteral("1:30:15"));
}

QTEST_GUILESS_MAIN(TestDurationParser)
#include "tst_durationparser.moc"
