// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly report as a table model: its rows (clients, projects, totals), cells, headers, and how
// it follows the entries model (in place when the rows stay, a reset when they change).
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "app/models/TimeEntryModel.h"
#include "app/report/WeekReportModel.h"
#include "app/time/Clock.h"

using namespace punchclock;

class TestWeekReportModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsGroupByClientWithTotals();
    void noClientRowsWithoutClients();
    void followsEditsInPlace();
    void newProjectOrWeekResets();
    void runningEntryGrowsWithTheClock();
    void filterLeavesOtherProjectsOut();

private:
    static constexpr qint64 H = 3600;
    const QTimeZone m_zone{3600};
    const QDate m_monday{2026, 3, 2};

    TimeEntry entry(qint64 id, int day, int hour, qint64 seconds, std::optional<qint64> project,
                    const QString &client = {}, bool billable = false) const
    {
        TimeEntry e;
        e.id = id;
        e.workspaceId = 1;
        e.start = QDateTime(m_monday.addDays(day), QTime(hour, 0), m_zone).toUTC();
        e.duration = seconds;
        e.billable = billable;
        e.projectId = project;
        if (project) {
            e.projectName = QStringLiteral("P%1").arg(*project);
            e.projectColor = QStringLiteral("#11aa%1").arg(*project % 100, 2, 10, QLatin1Char('0'));
            if (!client.isEmpty())
                e.clientName = client;
        }
        return e;
    }
    static QString text(const QAbstractItemModel &m, int row, int column)
    {
        return m.index(row, column).data().toString();
    }
    static int kind(const QAbstractItemModel &m, int row)
    {
        return m.index(row, 0).data(WeekReportModel::RowKindRole).toInt();
    }
};

void TestWeekReportModel::rowsGroupByClientWithTotals()
{
    ManualClock clock(QDateTime(m_monday.addDays(8), QTime(12, 0), m_zone));
    TimeEntryModel entries(&clock);
    entries.setEntries({entry(1, 0, 9, 2 * H, 10, QStringLiteral("Zeta"), true),
                        entry(2, 1, 9, H / 2, 11, QStringLiteral("Acme")), entry(3, 1, 14, H, 12, {}, true),
                        entry(4, 6, 10, 90 * 60, std::nullopt)});
    WeekReportModel model(&entries, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(ReportWeek(m_monday, Qt::Monday, m_zone));

    using Kind = WeekReportModel::RowKind;
    // Acme: P11; Zeta: P10; no client: P12, No project; Total, Billable, Non-billable.
    const QList<Kind> kinds{Kind::Client,        Kind::Project,         Kind::Client,  Kind::Project,
                            Kind::Client,        Kind::Project,         Kind::Project, Kind::Total,
                            Kind::BillableTotal, Kind::NonBillableTotal};
    QCOMPARE(model.rowCount(), kinds.size());
    for (int r = 0; r < kinds.size(); ++r)
        QCOMPARE(kind(model, r), int(kinds.at(r)));
    QCOMPARE(model.columnCount(), 10);
    QCOMPARE(text(model, 0, WeekReportModel::Name), QStringLiteral("Acme"));
    QCOMPARE(text(model, 1, WeekReportModel::Name), QStringLiteral("P11"));
    QCOMPARE(text(model, 2, WeekReportModel::Name), QStringLiteral("Zeta"));
    QCOMPARE(text(model, 4, WeekReportModel::Name), QStringLiteral("No client"));
    QCOMPARE(text(model, 6, WeekReportModel::Name), QStringLiteral("No project"));
    QCOMPARE(text(model, 7, WeekReportModel::Name), QStringLiteral("Total"));

    const int tuesday = WeekReportModel::FirstDay + 1;
    QCOMPARE(text(model, 1, tuesday), QStringLiteral("0:30"));
    QCOMPARE(text(model, 1, WeekReportModel::FirstDay), QString()); // nothing that day: blank
    QCOMPARE(text(model, 4, tuesday), QStringLiteral("1:00"));      // the client row adds up
    QCOMPARE(text(model, 4, WeekReportModel::Total), QStringLiteral("2:30"));
    QCOMPARE(text(model, 7, tuesday), QStringLiteral("1:30"));
    QCOMPARE(text(model, 7, WeekReportModel::FirstDay + 2), QStringLiteral("0:00")); // totals always show
    QCOMPARE(text(model, 7, WeekReportModel::Total), QStringLiteral("5:00"));
    QCOMPARE(text(model, 7, WeekReportModel::Billable), QStringLiteral("3:00"));
    QCOMPARE(text(model, 8, WeekReportModel::Total), QStringLiteral("3:00"));
    QCOMPARE(text(model, 9, WeekReportModel::Total), QStringLiteral("2:00"));
    QCOMPARE(text(model, 9, tuesday), QStringLiteral("0:30"));
    QCOMPARE(model.index(7, WeekReportModel::Total).data(WeekReportModel::SecondsRole).toLongLong(), 5 * H);
    QCOMPARE(model.index(3, 0).data(WeekReportModel::ProjectIdRole).toLongLong(), 10);
    QCOMPARE(model.index(3, 0).data(WeekReportModel::ProjectColorRole).toString(), QStringLiteral("#11aa10"));
    QCOMPARE(model.index(1, tuesday).data(WeekReportModel::DateRole).toDate(), m_monday.addDays(1));
    QCOMPARE(model.headerData(tuesday, Qt::Horizontal, WeekReportModel::DateRole).toDate(),
             m_monday.addDays(1));
    QVERIFY(model.headerData(tuesday, Qt::Horizontal).toString().endsWith(QLatin1String(" 3")));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("Acme")));
}

void TestWeekReportModel::noClientRowsWithoutClients()
{
    ManualClock clock(QDateTime(m_monday, QTime(23, 0), m_zone));
    TimeEntryModel entries(&clock);
    entries.setEntries({entry(1, 0, 9, H, 10), entry(2, 0, 11, H, std::nullopt)});
    WeekReportModel model(&entries, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(ReportWeek(m_monday, Qt::Monday, m_zone));
    QCOMPARE(model.rowCount(), 5); // P10, No project, three totals
    QCOMPARE(kind(model, 0), int(WeekReportModel::RowKind::Project));

    // An empty week still has its totals, at zero.
    model.setWeek(ReportWeek(m_monday.addDays(-7), Qt::Monday, m_zone));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 0, WeekReportModel::Total), QStringLiteral("0:00"));
}

void TestWeekReportModel::followsEditsInPlace()
{
    ManualClock clock(QDateTime(m_monday, QTime(23, 0), m_zone));
    TimeEntryModel entries(&clock);
    entries.setEntries({entry(1, 0, 9, H, 10), entry(2, 0, 11, H, std::nullopt)});
    WeekReportModel model(&entries, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(ReportWeek(m_monday, Qt::Monday, m_zone));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reportChanged(&model, &WeekReportModel::reportChanged);

    // A longer entry: the same rows, new numbers.
    QVERIFY(entries.setData(entries.index(entries.rowOf(1), TimeEntryModel::Duration), QStringLiteral("2h")));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reportChanged.size(), 1);
    QCOMPARE(text(model, 0, WeekReportModel::FirstDay), QStringLiteral("2:00"));
    QCOMPARE(text(model, 2, WeekReportModel::Total), QStringLiteral("3:00"));

    // An entry of another week changes nothing here: no signal.
    entries.upsert(entry(3, 9, 9, H, 10));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reportChanged.size(), 1);
    // One deleted: the report follows.
    entries.remove(2);
    QCOMPARE(reset.size(), 1); // the "No project" row went away
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, 1, WeekReportModel::Total), QStringLiteral("2:00"));
}

void TestWeekReportModel::newProjectOrWeekResets()
{
    ManualClock clock(QDateTime(m_monday, QTime(23, 0), m_zone));
    TimeEntryModel entries(&clock);
    entries.setEntries({entry(1, 0, 9, H, 10)});
    WeekReportModel model(&entries, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(ReportWeek(m_monday, Qt::Monday, m_zone));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    entries.upsert(entry(2, 2, 9, H, 11));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 5);

    model.setWeek(ReportWeek(m_monday.addDays(7), Qt::Monday, m_zone));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(model.week().first(), m_monday.addDays(7));
    QCOMPARE(model.headerData(WeekReportModel::FirstDay, Qt::Horizontal, WeekReportModel::DateRole).toDate(),
             m_monday.addDays(7));
    QCOMPARE(model.rowCount(), 3);
    // The week of the clock's today.
    QCOMPARE(model.currentWeek().first(), m_monday);
}

void TestWeekReportModel::runningEntryGrowsWithTheClock()
{
    ManualClock clock(QDateTime(m_monday.addDays(2), QTime(10, 30), m_zone));
    TimeEntryModel entries(&clock);
    TimeEntry running = entry(1, 2, 9, -1, 10);
    entries.setEntries({running});
    WeekReportModel model(&entries, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(ReportWeek(m_monday, Qt::Monday, m_zone));
    QCOMPARE(text(model, 0, WeekReportModel::FirstDay + 2), QStringLiteral("1:30"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advance(15 * 60);
    model.recompute();
    QCOMPARE(text(model, 0, WeekReportModel::FirstDay + 2), QStringLiteral("1:45"));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    // The entries model's own tick (once a second while an entry runs) recomputes too.
    clock.advance(15 * 60);
    QTRY_COMPARE_WITH_TIMEOUT(text(model, 0, WeekReportModel::FirstDay + 2), QStringLiteral("2:00"), 3000);
}

void TestWeekReportModel::filterLeavesOtherProjectsOut()
{
    ManualClock clock(QDateTime(m_monday, QTime(23, 0), m_zone));
    TimeEntryModel entries(&clock);
    entries.setEntries({entry(1, 0, 9, H, 10), entry(2, 0, 11, 2 * H, 11)});
    WeekReportModel model(&entries, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(ReportWeek(m_monday, Qt::Monday, m_zone));
    ReportFilter filter;
    filter.projectIds = {11};
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, 0, WeekReportModel::Name), QStringLiteral("P11"));
    QCOMPARE(text(model, 1, WeekReportModel::Total), QStringLiteral("2:00"));
    model.setFilter({});
    QCOMPARE(text(model, 2, WeekReportModel::Total), QStringLiteral("3:00"));
}

QTEST_GUILESS_MAIN(TestWeekReportModel)
#include "tst_weekreportmodel.moc"
