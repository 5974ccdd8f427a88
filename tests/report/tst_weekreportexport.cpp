// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly report's CSV (RFC 4180, UTF-8, header row) read back by a small RFC 4180 reader of the
// test's own, and the tab-separated text "Copy as Text" puts on the clipboard.
#include <QTemporaryDir>
#include <QTest>

#include "app/report/CsvWriter.h"
#include "app/report/ReportDuration.h"
#include "app/report/WeekReportExport.h"

using namespace punchclock;

namespace {
// RFC 4180, section 2, as a reader: records end with CRLF, fields are separated by commas, a field
// in double quotes may hold commas, CR, LF and doubled quotes. Anything else (a bare LF ending a
// record, a quote inside an unquoted field, text after a closing quote) is an error.
struct Rfc4180
{
    QList<QStringList> records;
    QString error;

    explicit Rfc4180(const QString &text)
    {
        QStringList record;
        QString field;
        qsizetype i = 0;
        const qsizetype n = text.size();
        bool atFieldStart = true;
        while (i < n) {
            const QChar c = text.at(i);
            if (atFieldStart && c == QLatin1Char('"')) {
                ++i;
                for (;;) {
                    if (i >= n) {
                        error = QStringLiteral("unterminated quoted field");
                        return;
                    }
                    if (text.at(i) == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field += text.at(i++);
                }
                atFieldStart = false;
                if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                    error = QStringLiteral("text after a closing quote at %1").arg(i);
                    return;
                }
                continue;
            }
            if (c == QLatin1Char(',')) {
                record.append(field);
                field.clear();
                atFieldStart = true;
                ++i;
            } else if (c == QLatin1Char('\r')) {
                if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n')) {
                    error = QStringLiteral("CR without LF at %1").arg(i);
                    return;
                }
                record.append(field);
                records.append(record);
                record.clear();
                field.clear();
                atFieldStart = true;
                i += 2;
            } else if (c == QLatin1Char('\n')) {
                error = QStringLiteral("LF without CR at %1").arg(i);
                return;
            } else if (c == QLatin1Char('"')) {
                error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return;
            } else {
                field += c;
                atFieldStart = false;
                ++i;
            }
        }
        if (!atFieldStart || !record.isEmpty())
            error = QStringLiteral("the last record does not end with CRLF");
    }
};

constexpr qint64 H = 3600;
} // namespace

class TestWeekReportExport : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAreQuotedOnlyWhenNeeded_data();
    void fieldsAreQuotedOnlyWhenNeeded();
    void durations();
    void csvRoundTrips();
    void csvFileIsWritten();
    void textIsTabSeparated();

private:
    WeekReport sample() const
    {
        const QTimeZone zone(3600);
        const QDate monday(2026, 3, 2);
        auto make = [&](qint64 id, int day, qint64 seconds, std::optional<qint64> project,
                        const QString &name, const QString &client, bool billable) {
            TimeEntry e;
            e.id = id;
            e.start = QDateTime(monday.addDays(day), QTime(9, 0), zone).toUTC();
            e.duration = seconds;
            e.billable = billable;
            e.projectId = project;
            if (project) {
                e.projectName = name;
                e.projectColor = QStringLiteral("#06aaf5");
                if (!client.isEmpty())
                    e.clientName = client;
            }
            return e;
        };
        const QList<TimeEntry> entries{
            make(1, 0, 2 * H + 30 * 60, 1, QStringLiteral("Café ☕"),
                 QStringLiteral("Müller, Schmidt & \"Co\""), true),
            make(2, 1, 45 * 60, 2, QStringLiteral("Two lines\nsecond line"), {}, false),
            make(3, 2, 20, 3, QStringLiteral("=SUM(A1:A9)"), {}, false),
            make(4, 6, H + 1, std::nullopt, {}, {}, false),
        };
        return WeekReport::compute(entries, ReportWeek(monday, Qt::Monday, zone), {},
                                   QDateTime(monday.addDays(9), QTime(0, 0), zone));
    }
};

void TestWeekReportExport::fieldsAreQuotedOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("Website") << QStringLiteral("Website");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("non-ASCII") << QStringLiteral("Café ☕") << QStringLiteral("Café ☕");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
}

void TestWeekReportExport::fieldsAreQuotedOnlyWhenNeeded()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(value), written);
    QCOMPARE(CsvWriter::record({value, value}), written + QLatin1Char(',') + written + QLatin1String("\r\n"));
}

void TestWeekReportExport::durations()
{
    QCOMPARE(ReportDuration::hoursMinutes(0), QStringLiteral("0:00"));
    QCOMPARE(ReportDuration::hoursMinutes(7 * H + 5 * 60 + 59), QStringLiteral("7:05"));
    QCOMPARE(ReportDuration::hoursMinutes(31 * H), QStringLiteral("31:00"));
    QCOMPARE(ReportDuration::decimalHours(0), QStringLiteral("0.00"));
    QCOMPARE(ReportDuration::decimalHours(7 * H + 30 * 60), QStringLiteral("7.50"));
    QCOMPARE(ReportDuration::decimalHours(20), QStringLiteral("0.01")); // 0.0056 h rounds up
    QCOMPARE(ReportDuration::decimalHours(17), QStringLiteral("0.00")); // 0.0047 h rounds down
    QCOMPARE(ReportDuration::decimalHours(H + 1), QStringLiteral("1.00"));
    QCOMPARE(ReportDuration::decimalHours(100 * H + 45 * 60), QStringLiteral("100.75"));
}

void TestWeekReportExport::csvRoundTrips()
{
    const WeekReport report = sample();
    const QByteArray bytes = WeekReportExport::csv(report);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with its byte order mark
    QVERIFY(bytes.endsWith("\r\n"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QCOMPARE(text.toUtf8(), bytes.mid(3)); // valid UTF-8 throughout
    const Rfc4180 csv(text);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE(csv.records, WeekReportExport::csvRecords(report));

    // Header, 4 projects, Total, Billable, Non-billable; every record 13 fields wide.
    QCOMPARE(csv.records.size(), 8);
    for (const QStringList &record : csv.records)
        QCOMPARE(record.size(), 13);
    const QStringList header = csv.records.at(0);
    QCOMPARE(header.at(0), QStringLiteral("Client"));
    QCOMPARE(header.at(1), QStringLiteral("Project"));
    QVERIFY2(header.at(2).contains(QLatin1String("2026-03-02")) &&
                 header.at(2).endsWith(QLatin1String("(hours)")),
             qPrintable(header.at(2)));
    QVERIFY(header.at(8).contains(QLatin1String("2026-03-08")));
    QCOMPARE(header.at(9), QStringLiteral("Total (hours)"));
    QCOMPARE(header.at(12), QStringLiteral("Total (h:mm)"));

    // The client with comma, quotes and umlaut, the project with an emoji, back as they were.
    const QStringList cafe = csv.records.at(1);
    QCOMPARE(cafe.at(0), QStringLiteral("Müller, Schmidt & \"Co\""));
    QCOMPARE(cafe.at(1), QStringLiteral("Café ☕"));
    QCOMPARE(cafe.mid(2, 7),
             (QStringList{QStringLiteral("2.50"), QStringLiteral("0.00"), QStringLiteral("0.00"),
                          QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("0.00"),
                          QStringLiteral("0.00")}));
    QCOMPARE(cafe.mid(9), (QStringList{QStringLiteral("2.50"), QStringLiteral("2.50"), QStringLiteral("0.00"),
                                       QStringLiteral("2:30")}));
    // A newline inside a name survives; a name a spreadsheet would compute is kept as text.
    QCOMPARE(csv.records.at(2).at(1), QStringLiteral("=SUM(A1:A9)").prepend(QLatin1Char('\'')));
    QCOMPARE(csv.records.at(3).at(1), QStringLiteral("Two lines\nsecond line"));
    QCOMPARE(csv.records.at(3).at(3), QStringLiteral("0.75"));
    QCOMPARE(csv.records.at(4).at(1), QStringLiteral("No project"));
    QCOMPARE(csv.records.at(4).at(8), QStringLiteral("1.00"));

    const QStringList total = csv.records.at(5);
    QCOMPARE(total.at(1), QStringLiteral("Total"));
    QCOMPARE(total.at(9), QStringLiteral("4.26")); // 2:30 + 0:45 + 0:00:20 + 1:00:01 = 4:15:21 = 4.2558 h
    QCOMPARE(total.at(10), QStringLiteral("2.50"));
    QCOMPARE(total.at(11), QStringLiteral("1.76")); // 1:45:21
    QCOMPARE(total.at(12), QStringLiteral("4:15"));
    QCOMPARE(csv.records.at(6).at(1), QStringLiteral("Billable"));
    QCOMPARE(csv.records.at(6).at(2), QStringLiteral("2.50"));
    QCOMPARE(csv.records.at(7).at(1), QStringLiteral("Non-billable"));
    QCOMPARE(csv.records.at(7).at(3), QStringLiteral("0.75"));
    QCOMPARE(csv.records.at(7).at(10), QStringLiteral("0.00"));
}

void TestWeekReportExport::csvFileIsWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const WeekReport report = sample();
    QCOMPARE(WeekReportExport::suggestedFileName(report), QStringLiteral("punchclock-week-2026-03-02.csv"));
    const QString path = dir.filePath(WeekReportExport::suggestedFileName(report));
    QString error;
    QVERIFY2(WeekReportExport::writeCsv(report, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), WeekReportExport::csv(report));
    // A folder that does not exist: false, and why.
    QVERIFY(!WeekReportExport::writeCsv(report, dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
    QVERIFY(error.contains(QLatin1String("x.csv")));
}

void TestWeekReportExport::textIsTabSeparated()
{
    const QString text = WeekReportExport::text(sample());
    QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.takeLast(), QString()); // ends with a newline
    QCOMPARE(lines.size(), 8);
    for (const QString &line : std::as_const(lines))
        QCOMPARE(line.count(QLatin1Char('\t')), 11); // 12 columns: no "Total (h:mm)" here
    const QStringList cafe = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(cafe.at(0), QStringLiteral("Müller, Schmidt & \"Co\""));
    QCOMPARE(cafe.at(2), QStringLiteral("2:30"));
    QCOMPARE(cafe.at(3), QStringLiteral("0:00"));
    QCOMPARE(lines.at(3).split(QLatin1Char('\t')).at(1), QStringLiteral("Two lines second line"));
    QCOMPARE(lines.at(5).split(QLatin1Char('\t')).at(9), QStringLiteral("4:15"));
}

QTEST_GUILESS_MAIN(TestWeekReportExport)
#include "tst_weekreportexport.moc"
