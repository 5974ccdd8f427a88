// SPDX-License-Identifier: GPL-3.0-or-later
// Entries grouped by day with totals, and the search filter over them.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "app/models/DayGroupModel.h"
#include "app/models/EntryFilterModel.h"
#include "app/models/TimeEntryModel.h"
#include "tests/support/SessionFixture.h"

using namespace punchclock;

class TestDayGroupModel : public QObject
{
    Q_OBJECT

private slots:
    void groupsByDayWithTotals();
    void totalsFollowEdits();
    void tickRepaintsDurationAndTotalOnly();
    void filterSearchesDescriptionProjectAndTags();
    void sortOrdersEntriesWithinDays();
    void dayTotalsFollowTheSearch();
};

namespace {
// Hours ago of two entries on the same local day, safely away from midnight.
int sameDayOffset()
{
    const int hour = QTime::currentTime().hour();
    return hour >= 3 ? 1 : -1;
}
} // namespace

void TestDayGroupModel::groupsByDayWithTotals()
{
    SessionFixture f;
    DayGroupModel days(f.session->entries());
    QAbstractItemModelTester tester(&days, QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.addEntry(QStringLiteral("today"), 0, 30);
    f.addEntry(QStringLiteral("two days ago a"), 48, 60);
    f.addEntry(QStringLiteral("two days ago b"), 48 + sameDayOffset(), 15);
    QVERIFY(f.signIn());
    QCOMPARE(days.rowCount(), 2);
    QCOMPARE(days.index(0, TimeEntryModel::Description).data().toString(), QStringLiteral("Today"));
    QCOMPARE(days.rowCount(days.index(0, 0)), 1);
    QCOMPARE(days.rowCount(days.index(1, 0)), 2);
    QCOMPARE(days.index(1, TimeEntryModel::Duration).data().toString(), QStringLiteral("1:15:00"));
    QCOMPARE(days.index(1, 0).data(DayGroupModel::DayTotalRole).toLongLong(), 4500);
    const QModelIndex child = days.index(0, TimeEntryModel::Description, days.index(0, 0));
    QCOMPARE(child.data().toString(), QStringLiteral("today"));
    QVERIFY(!(days.flags(days.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(days.flags(child) & Qt::ItemIsEditable);
}

void TestDayGroupModel::totalsFollowEdits()
{
    SessionFixture f;
    DayGroupModel days(f.session->entries());
    QAbstractItemModelTester tester(&days, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = f.addEntry(QStringLiteral("a"), 30, 30);
    f.addEntry(QStringLiteral("b"), 30 + sameDayOffset(), 30);
    QVERIFY(f.signIn());
    QCOMPARE(days.index(0, 0).data(DayGroupModel::DayTotalRole).toLongLong(), 3600);
    QSignalSpy changed(&days, &DayGroupModel::dataChanged);
    const QModelIndex entry = days.mapFromSource(
        f.session->entries()->index(f.session->entries()->rowOf(id), TimeEntryModel::Duration));
    QVERIFY(days.setData(entry, QStringLiteral("2h")));
    QCOMPARE(days.index(0, 0).data(DayGroupModel::DayTotalRole).toLongLong(), 2 * 3600 + 1800);
    bool totalChanged = false;
    for (const auto &args : std::as_const(changed))
        totalChanged |= args.at(0).value<QModelIndex>() == days.index(0, TimeEntryModel::Duration);
    QVERIFY(totalChanged);
    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger(), 7200,
                              5000);

    // Moving an entry to another day regroups.
    const QModelIndex start = days.mapFromSource(
        f.session->entries()->index(f.session->entries()->rowOf(id), TimeEntryModel::Start));
    QVERIFY(
        days.setData(start, f.session->entries()->entry(f.session->entries()->rowOf(id))->start.addDays(-3)));
    QCOMPARE(days.rowCount(), 2);
    QCOMPARE(days.index(1, 0).data(DayGroupModel::DayTotalRole).toLongLong(), 7200);
    // Deleting updates the totals.
    f.session->entries()->remove(id);
    QCOMPARE(days.rowCount(), 1);
}

void TestDayGroupModel::tickRepaintsDurationAndTotalOnly()
{
    SessionFixture f;
    DayGroupModel days(f.session->entries());
    f.addEntry(QStringLiteral("earlier"), 0, 1);
    f.addRunning(QStringLiteral("now"), 1);
    QVERIFY(f.signIn());
    QSignalSpy changed(&days, &DayGroupModel::dataChanged);
    QSignalSpy reset(&days, &DayGroupModel::modelReset);
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 3000);
    QCOMPARE(reset.size(), 0);
    for (const auto &args : std::as_const(changed)) {
        const auto tl = args.at(0).value<QModelIndex>();
        QCOMPARE(tl.column(), int(TimeEntryModel::Duration));
        QCOMPARE(args.at(1).value<QModelIndex>(), tl);
    }
}

void TestDayGroupModel::filterSearchesDescriptionProjectAndTags()
{
    SessionFixture f;
    const qint64 project = f.server->insertProject(QStringLiteral("Mobile App"));
    f.addEntry(QStringLiteral("Login screen"), 1, 10, {{QStringLiteral("project_id"), project}});
    f.addEntry(QStringLiteral("Standup"), 50, 15,
               {{QStringLiteral("tags"), QJsonArray{QStringLiteral("meeting")}}});
    f.addEntry(QStringLiteral("Lunch"), 75, 15);
    DayGroupModel days(f.session->entries());
    EntryFilterModel filter;
    filter.setSourceModel(&days);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(f.signIn());
    QCOMPARE(filter.rowCount(), 3);

    auto descriptions = [&filter] {
        QStringList out;
        for (int d = 0; d < filter.rowCount(); ++d) {
            const QModelIndex day = filter.index(d, 0);
            for (int r = 0; r < filter.rowCount(day); ++r)
                out.append(filter.index(r, 0, day).data().toString());
        }
        return out;
    };
    filter.setSearchText(QStringLiteral("mobile"));
    QCOMPARE(descriptions(), QStringList{QStringLiteral("Login screen")});
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("MEET"));
    QCOMPARE(descriptions(), QStringList{QStringLiteral("Standup")});
    filter.setSearchText(QStringLiteral("lunch"));
    QCOMPARE(descriptions(), QStringList{QStringLiteral("Lunch")});
    filter.setSearchText(QStringLiteral("nothing like this"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText(QString());
    QCOMPARE(descriptions().size(), 3);
}

void TestDayGroupModel::sortOrdersEntriesWithinDays()
{
    SessionFixture f;
    const qint64 zeta = f.server->insertProject(QStringLiteral("Zeta"));
    const qint64 alpha = f.server->insertProject(QStringLiteral("alpha"));
    const int noon = QTime::currentTime().hour() + 12; // yesterday around noon
    f.addEntry(QStringLiteral("cherry pie"), noon + 3, 30, {{QStringLiteral("project_id"), zeta}});
    f.addEntry(QStringLiteral("Banana pie"), noon + 2, 90, {{QStringLiteral("billable"), true}});
    f.addEntry(QStringLiteral("apple pie"), noon, 5, {{QStringLiteral("project_id"), alpha}});
    f.addEntry(QStringLiteral("older b"), noon + 48, 20);
    f.addEntry(QStringLiteral("older a"), noon + 49, 60);
    DayGroupModel days(f.session->entries());
    EntryFilterModel filter;
    filter.setSourceModel(&days);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(f.signIn());
    auto column = [&filter](int day) {
        QStringList out;
        const QModelIndex parent = filter.index(day, 0);
        for (int r = 0; r < filter.rowCount(parent); ++r)
            out.append(filter.index(r, 0, parent).data().toString());
        return out;
    };
    const QDate newest = filter.index(0, 0).data(DayGroupModel::DayRole).toDate();
    QCOMPARE(column(0), (QStringList{QStringLiteral("apple pie"), QStringLiteral("Banana pie"),
                                     QStringLiteral("cherry pie")}));

    filter.sort(TimeEntryModel::Description, Qt::AscendingOrder); // in any case
    QCOMPARE(column(0), (QStringList{QStringLiteral("apple pie"), QStringLiteral("Banana pie"),
                                     QStringLiteral("cherry pie")}));
    QCOMPARE(column(1), (QStringList{QStringLiteral("older a"), QStringLiteral("older b")}));
    QCOMPARE(filter.index(0, 0).data(DayGroupModel::DayRole).toDate(), newest);
    filter.sort(TimeEntryModel::Description, Qt::DescendingOrder);
    QCOMPARE(column(0), (QStringList{QStringLiteral("cherry pie"), QStringLiteral("Banana pie"),
                                     QStringLiteral("apple pie")}));
    QCOMPARE(filter.index(0, 0).data(DayGroupModel::DayRole).toDate(), newest); // days stay newest first
    QCOMPARE(filter.index(0, TimeEntryModel::Duration).data().toString(), QStringLiteral("2:05:00"));

    filter.sort(TimeEntryModel::Duration, Qt::DescendingOrder);
    QCOMPARE(column(0), (QStringList{QStringLiteral("Banana pie"), QStringLiteral("cherry pie"),
                                     QStringLiteral("apple pie")}));
    filter.sort(TimeEntryModel::Project, Qt::AscendingOrder); // by name, none last
    QCOMPARE(column(0), (QStringList{QStringLiteral("apple pie"), QStringLiteral("cherry pie"),
                                     QStringLiteral("Banana pie")}));
    filter.sort(TimeEntryModel::Project, Qt::DescendingOrder); // none still last
    QCOMPARE(column(0), (QStringList{QStringLiteral("cherry pie"), QStringLiteral("apple pie"),
                                     QStringLiteral("Banana pie")}));
    filter.sort(TimeEntryModel::Billable, Qt::DescendingOrder);
    QCOMPARE(column(0).first(), QStringLiteral("Banana pie"));
    filter.sort(TimeEntryModel::Start, Qt::AscendingOrder);
    QCOMPARE(column(0), (QStringList{QStringLiteral("cherry pie"), QStringLiteral("Banana pie"),
                                     QStringLiteral("apple pie")}));
    QCOMPARE(filter.headerData(TimeEntryModel::Start, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
             int(Qt::DescendingOrder));

    // Sorted and filtered together, and kept sorted when an edit changes the order.
    filter.sort(TimeEntryModel::Duration, Qt::DescendingOrder);
    filter.setSearchText(QStringLiteral("PIE"));
    QCOMPARE(filter.rowCount(), 1);
    const QModelIndex shortest = filter.index(2, TimeEntryModel::Duration, filter.index(0, 0));
    QCOMPARE(shortest.siblingAtColumn(0).data().toString(), QStringLiteral("apple pie"));
    QVERIFY(filter.setData(shortest, QStringLiteral("3h")));
    QCOMPARE(column(0), (QStringList{QStringLiteral("apple pie"), QStringLiteral("Banana pie"),
                                     QStringLiteral("cherry pie")}));
    filter.setSearchText(QString());
    filter.sort(-1); // back to time order
    QCOMPARE(column(0), (QStringList{QStringLiteral("apple pie"), QStringLiteral("Banana pie"),
                                     QStringLiteral("cherry pie")}));
    QCOMPARE(column(1), (QStringList{QStringLiteral("older b"), QStringLiteral("older a")}));
}

// Issue #17, item 8: while a search is on, a day's total is the sum of the entries it shows.
void TestDayGroupModel::dayTotalsFollowTheSearch()
{
    SessionFixture f;
    DayGroupModel days(f.session->entries());
    EntryFilterModel filter;
    filter.setSourceModel(&days);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.addEntry(QStringLiteral("report draft"), 30, 30);
    f.addEntry(QStringLiteral("email"), 30 + sameDayOffset(), 45);
    QVERIFY(f.signIn());
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, TimeEntryModel::Duration).data().toString(), QStringLiteral("1:15:00"));
    QCOMPARE(filter.index(0, 0).data(DayGroupModel::DayTotalRole).toLongLong(), 4500);

    filter.setSearchText(QStringLiteral("REPORT"));
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
    QCOMPARE(filter.index(0, TimeEntryModel::Duration).data().toString(), QStringLiteral("0:30:00"));
    QCOMPARE(filter.index(0, 0).data(DayGroupModel::DayTotalRole).toLongLong(), 1800);
    QCOMPARE(filter.index(0, TimeEntryModel::Description).data().toString(),
             days.index(0, TimeEntryModel::Description).data().toString()); // the label stays

    filter.setSearchText(QString());
    QCOMPARE(filter.index(0, TimeEntryModel::Duration).data().toString(), QStringLiteral("1:15:00"));
}

QTEST_GUILESS_MAIN(TestDayGroupModel)
#include "tst_daygroupmodel.moc"
