// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly report's numbers (issue #18): a week of entries inserted into the sandbox, read by the
// session like any list, then totalled per project and day; every expected number is worked out by
// hand below from the entries' times, not by the code under test.
#include <QJsonArray>
#include <QTest>

#include "app/report/ReportWeek.h"
#include "app/report/WeekReport.h"
#include "app/time/Clock.h"
#include "tests/support/SessionFixture.h"

using namespace punchclock;

namespace {
constexpr qint64 H = 3600;
constexpr qint64 M = 60;
} // namespace

class TestWeekReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void totalsEqualTheHandComputation();
    void billableSplit();
    void filtersByProjectClientAndTag_data();
    void filtersByProjectClientAndTag();
    void runningEntryCountsUpToNow();
    void weekStartsOnTheChosenDay();
    void daylightSavingDaysAreCutAtLocalMidnight();

private:
    // Local time `hh:mm` on day `day` of the week (negative: the week before; 7: the week after).
    QDateTime at(int day, int hh, int mm = 0) const
    {
        return QDateTime(m_week.day(day), QTime(hh, mm), m_zone).toUTC();
    }
    qint64 add(const QDateTime &start, const QDateTime &stop, std::optional<qint64> project, bool billable,
               const QStringList &tags = {})
    {
        QJsonObject fields{{QStringLiteral("description"), QStringLiteral("entry")},
                           {QStringLiteral("start"), TrackTime::format(start)},
                           {QStringLiteral("duration"), start.secsTo(stop)},
                           {QStringLiteral("billable"), billable}};
        if (project)
            fields[QStringLiteral("project_id")] = *project;
        if (!tags.isEmpty())
            fields[QStringLiteral("tags")] = QJsonArray::fromStringList(tags);
        const qint64 id = m_f->server->insertTimeEntry(fields);
        if (id == 0)
            qFatal("the sandbox refused an entry");
        return id;
    }
    // Seeds the week described in totalsEqualTheHandComputation() and signs in.
    void seed();
    WeekReport report(const ReportFilter &filter = {}) const
    {
        return WeekReport::compute(m_f->session->entries()->entries(), m_week, filter, m_now.nowUtc(),
                                   m_f->session->entries()->projects());
    }
    const ReportRow *row(const WeekReport &r, std::optional<qint64> project) const
    {
        for (const ReportRow &candidate : r.rows()) {
            if (candidate.projectId == project)
                return &candidate;
        }
        return nullptr;
    }

    std::unique_ptr<SessionFixture> m_f;
    // UTC+1 all year: the hand computation needs no daylight-saving rule.
    QTimeZone m_zone{3600};
    ReportWeek m_week;
    ManualClock m_now;
    qint64 m_acme = 0;
    qint64 m_website = 0;
    qint64 m_mobile = 0;
    qint64 m_internal = 0;
};

void TestWeekReport::init()
{
    m_f = std::make_unique<SessionFixture>();
    // This week: every entry is at most eight days old, inside the list the sandbox answers without
    // dates (the last nine days, as Toggl Track's); some may lie in the future, which is allowed.
    m_week = ReportWeek(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date(), Qt::Monday, m_zone);
}

void TestWeekReport::seed()
{
    m_acme = m_f->server->insertClient(QStringLiteral("Acme"));
    m_website = m_f->server->insertProject(QStringLiteral("Website"), QStringLiteral("#e36a00"), m_acme);
    m_mobile = m_f->server->insertProject(QStringLiteral("Mobile"), QStringLiteral("#2da608"), m_acme);
    m_internal = m_f->server->insertProject(QStringLiteral("Internal"), QStringLiteral("#9e5bd9"));
    // day 0 (Monday)
    add(at(0, 9), at(0, 11, 30), m_website, true, {QStringLiteral("dev")});      // 2:30 Mo
    add(at(0, 13), at(0, 14), m_mobile, false, {QStringLiteral("meeting")});     // 1:00 Mo
    add(at(-1, 23, 30), at(0, 0, 30), m_mobile, false);                          // 0:30 Mo (0:30 Su before)
    add(at(1, 22), at(2, 1, 30), m_website, true);                               // 2:00 Tu, 1:30 We
    add(at(2, 10), at(2, 10, 45), std::nullopt, false);                          // 0:45 We
    add(at(4, 8, 15), at(4, 12), m_internal, true, {QStringLiteral("meeting")}); // 3:45 Fr
    add(at(6, 23), at(7, 1), m_website, false);                                  // 1:00 Su (1:00 next Mo)
    add(at(7, 10), at(7, 11), m_website, true);                                  // next week: nothing
    // day 3 (Thursday): running since 14:00; "now" is 15:20 that day.
    const qint64 running =
        m_f->server->insertTimeEntry({{QStringLiteral("description"), QStringLiteral("running")},
                                      {QStringLiteral("start"), TrackTime::format(at(3, 14))},
                                      {QStringLiteral("duration"), -1},
                                      {QStringLiteral("billable"), true},
                                      {QStringLiteral("project_id"), m_internal}});
    QVERIFY(running != 0);
    m_now.set(at(3, 15, 20)); // 1:20 Th
    QVERIFY(m_f->signIn());
    QCOMPARE(m_f->session->entries()->rowCount(), 9);
}

void TestWeekReport::totalsEqualTheHandComputation()
{
    seed();
    const WeekReport r = report();
    QCOMPARE(r.week().first().dayOfWeek(), int(Qt::Monday));

    // Per project and day, from the comments in seed():
    //   Website  Mo 2:30  Tu 2:00  We 1:30  Su 1:00            = 7:00
    //   Mobile   Mo 1:00 + 0:30                                = 1:30
    //   Internal Th 1:20 (running)  Fr 3:45                    = 5:05
    //   none     We 0:45                                       = 0:45
    const ReportRow *website = row(r, m_website);
    const ReportRow *mobile = row(r, m_mobile);
    const ReportRow *internal = row(r, m_internal);
    const ReportRow *none = row(r, std::nullopt);
    QVERIFY(website && mobile && internal && none);
    using Days = std::array<qint64, ReportWeek::kDays>;
    QCOMPARE(website->seconds, (Days{2 * H + 30 * M, 2 * H, H + 30 * M, 0, 0, 0, H}));
    QCOMPARE(mobile->seconds, (Days{H + 30 * M, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(internal->seconds, (Days{0, 0, 0, H + 20 * M, 3 * H + 45 * M, 0, 0}));
    QCOMPARE(none->seconds, (Days{0, 0, 45 * M, 0, 0, 0, 0}));
    QCOMPARE(website->total(), 7 * H);
    QCOMPARE(internal->total(), 5 * H + 5 * M);

    // Days: Mo 4:00, Tu 2:00, We 2:15, Th 1:20, Fr 3:45, Sa 0, Su 1:00; the week 14:20.
    const Days days{4 * H, 2 * H, 2 * H + 15 * M, H + 20 * M, 3 * H + 45 * M, 0, H};
    for (int d = 0; d < ReportWeek::kDays; ++d)
        QCOMPARE(r.daySeconds(d), days[d]);
    QCOMPARE(r.totalSeconds(), 14 * H + 20 * M);
    // Eight entries touch the week (the one of next week does not); the two that cross a midnight
    // inside the week count once.
    QCOMPARE(r.entryCount(), 8);

    // Rows: Acme's projects by name, then those without a client, "No project" last.
    QCOMPARE(r.rows().size(), 4);
    QCOMPARE(r.rows().at(0).projectName, QStringLiteral("Mobile"));
    QCOMPARE(r.rows().at(0).clientName, QStringLiteral("Acme"));
    QCOMPARE(r.rows().at(1).projectName, QStringLiteral("Website"));
    QCOMPARE(r.rows().at(1).color, QStringLiteral("#e36a00"));
    QCOMPARE(r.rows().at(2).projectName, QStringLiteral("Internal"));
    QVERIFY(r.rows().at(2).clientName.isEmpty());
    QVERIFY(!r.rows().at(3).projectId);
}

void TestWeekReport::billableSplit()
{
    seed();
    const WeekReport r = report();
    // Billable: Website Mo 2:30, Tu 2:00, We 1:30 (not Su); Internal Th 1:20, Fr 3:45.
    using Days = std::array<qint64, ReportWeek::kDays>;
    const Days billable{2 * H + 30 * M, 2 * H, H + 30 * M, H + 20 * M, 3 * H + 45 * M, 0, 0};
    for (int d = 0; d < ReportWeek::kDays; ++d) {
        QCOMPARE(r.dayBillableSeconds(d), billable[d]);
        QCOMPARE(r.dayNonBillableSeconds(d), r.daySeconds(d) - billable[d]);
    }
    QCOMPARE(r.billableSeconds(), 11 * H + 5 * M);
    QCOMPARE(r.nonBillableSeconds(), 3 * H + 15 * M); // Mobile 1:30, Website Su 1:00, none 0:45
    QCOMPARE(row(r, m_website)->billableTotal(), 6 * H);
    QCOMPARE(row(r, m_website)->nonBillableTotal(), H);
    QCOMPARE(row(r, m_mobile)->billableTotal(), 0);
}

void TestWeekReport::filtersByProjectClientAndTag_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("rows");
    QTest::newRow("project Website") << QStringLiteral("website") << 7 * H << 1;
    QTest::newRow("no project") << QStringLiteral("noproject") << 45 * M << 1;
    QTest::newRow("client Acme") << QStringLiteral("acme") << 8 * H + 30 * M << 2;
    QTest::newRow("no client") << QStringLiteral("noclient") << 5 * H + 50 * M << 2;
    QTest::newRow("tag meeting") << QStringLiteral("meeting") << 4 * H + 45 * M
                                 << 2; // Mobile 1:00, Internal 3:45
    QTest::newRow("Website and tag dev") << QStringLiteral("website+dev") << 2 * H + 30 * M << 1;
    QTest::newRow("Mobile and tag dev") << QStringLiteral("mobile+dev") << qint64(0) << 0;
}

void TestWeekReport::filtersByProjectClientAndTag()
{
    QFETCH(QString, which);
    QFETCH(qint64, total);
    QFETCH(int, rows);
    seed();
    ReportFilter filter;
    if (which.startsWith(QLatin1String("website")))
        filter.projectIds = {m_website};
    if (which.startsWith(QLatin1String("mobile")))
        filter.projectIds = {m_mobile};
    if (which == QLatin1String("noproject"))
        filter.projectIds = {ReportFilter::kNoProject};
    if (which == QLatin1String("acme"))
        filter.clients = {QStringLiteral("Acme")};
    if (which == QLatin1String("noclient"))
        filter.clients = {QString()};
    if (which == QLatin1String("meeting"))
        filter.tags = {QStringLiteral("meeting")};
    if (which.endsWith(QLatin1String("+dev")))
        filter.tags = {QStringLiteral("dev")};
    const WeekReport r = report(filter);
    QCOMPARE(r.totalSeconds(), total);
    QCOMPARE(r.rows().size(), rows);
    QCOMPARE(r.filter(), filter);
}

void TestWeekReport::runningEntryCountsUpToNow()
{
    seed();
    QCOMPARE(report().daySeconds(3), H + 20 * M);
    QVERIFY(report().countsRunningEntry());
    m_now.advance(10 * M);
    QCOMPARE(report().daySeconds(3), H + 30 * M);
    // Past midnight it goes on counting on the next day.
    m_now.set(at(4, 0, 15));
    QCOMPARE(report().daySeconds(3), 10 * H);
    QCOMPARE(report().daySeconds(4), 3 * H + 45 * M + 15 * M);
    // A clock behind the start counts nothing (not a negative time).
    m_now.set(at(3, 13));
    QCOMPARE(report().daySeconds(3), 0);
}

void TestWeekReport::weekStartsOnTheChosenDay()
{
    // Sunday weeks (en_US): 2026-03-04 is a Wednesday, its week runs Sunday 1 to Saturday 7 March.
    const ReportWeek sunday(QDate(2026, 3, 4), Qt::Sunday, m_zone);
    QCOMPARE(sunday.first(), QDate(2026, 3, 1));
    QCOMPARE(sunday.last(), QDate(2026, 3, 7));
    QCOMPARE(sunday.indexOf(QDate(2026, 3, 4)), 3);
    QCOMPARE(sunday.indexOf(QDate(2026, 3, 8)), -1);
    QCOMPARE(ReportWeek(QDate(2026, 3, 1), Qt::Sunday, m_zone), sunday);
    QCOMPARE(ReportWeek(QDate(2026, 3, 8), Qt::Sunday, m_zone), sunday.next());
    QCOMPARE(ReportWeek(QDate(2026, 3, 4), Qt::Monday, m_zone).first(), QDate(2026, 3, 2));
    QCOMPARE(ReportWeek(QDate(2026, 3, 4), Qt::Saturday, m_zone).first(), QDate(2026, 2, 28));

    // The same entries, two weeks: Saturday 7 March 22:00 to Sunday 8 March 02:00 (UTC+1).
    TimeEntry e;
    e.id = 1;
    e.start = QDateTime(QDate(2026, 3, 7), QTime(22, 0), m_zone).toUTC();
    e.duration = 4 * H;
    const QDateTime now = e.start.addDays(2);
    const WeekReport sundayWeek = WeekReport::compute({e}, sunday, {}, now);
    QCOMPARE(sundayWeek.daySeconds(6), 2 * H); // Saturday, the last day
    QCOMPARE(sundayWeek.totalSeconds(), 2 * H);
    const WeekReport mondayWeek =
        WeekReport::compute({e}, ReportWeek(QDate(2026, 3, 7), Qt::Monday, m_zone), {}, now);
    QCOMPARE(mondayWeek.daySeconds(5), 2 * H); // Saturday
    QCOMPARE(mondayWeek.daySeconds(6), 2 * H); // Sunday
}

void TestWeekReport::daylightSavingDaysAreCutAtLocalMidnight()
{
    // Berlin, 29 March 2026: 02:00 becomes 03:00, so that Sunday has 23 hours. An entry from
    // Saturday 20:00 to Monday 04:00 local is 31 hours: 4 on Saturday, 23 on Sunday, 4 on Monday.
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no time zone data for Europe/Berlin");
    TimeEntry e;
    e.id = 1;
    e.start = QDateTime(QDate(2026, 3, 28), QTime(20, 0), berlin).toUTC();
    const QDateTime stop = QDateTime(QDate(2026, 3, 30), QTime(4, 0), berlin).toUTC();
    e.duration = e.start.secsTo(stop);
    QCOMPARE(e.duration, 31 * H);
    const ReportWeek week(QDate(2026, 3, 28), Qt::Monday, berlin); // 23 – 29 March
    const WeekReport r = WeekReport::compute({e}, week, {}, stop.addDays(1));
    QCOMPARE(r.daySeconds(5), 4 * H);
    QCOMPARE(r.daySeconds(6), 23 * H);
    QCOMPARE(r.totalSeconds(), 27 * H);
    QCOMPARE(WeekReport::compute({e}, week.next(), {}, stop.addDays(1)).daySeconds(0), 4 * H);
}

QTEST_GUILESS_MAIN(TestWeekReport)
#include "tst_weekreport.moc"
