// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "app/bulk/BulkEditPlan.h"
#include "app/track/TrackTime.h"

using namespace punchclock;

namespace {
TimeEntry entry(qint64 id, const QDateTime &start, qint64 seconds, qint64 wid = 1)
{
    TimeEntry e;
    e.id = id;
    e.workspaceId = wid;
    e.start = start;
    e.duration = seconds;
    if (seconds >= 0)
        e.stop = start.addSecs(seconds);
    return e;
}
} // namespace

class TestBulkEditPlan : public QObject
{
    Q_OBJECT
private slots:
    void emptyChoicesMakeNoRequests()
    {
        const QDateTime t = TrackTime::utc(QDate(2024, 5, 1), QTime(9, 0));
        const BulkEditPlan plan = BulkEditPlan::forChoices({entry(1, t, 60)}, BulkEditChoices{});
        QVERIFY(plan.isEmpty());
        QCOMPARE(plan.requestCount(), 0);
    }

    // The ops applied locally (a queued bulk edit shown before it is sent) give what the server
    // would: tags added/removed by name (stale tag IDs dropped), times shifted, a project's
    // meta names cleared for the caller to fill.
    void opsAppliedLocallyMatchTheChoices()
    {
        const QDateTime t = TrackTime::utc(QDate(2024, 5, 1), QTime(9, 0));
        TimeEntry e = entry(1, t, 600);
        e.tags = QStringList{QStringLiteral("keep"), QStringLiteral("old")};
        e.tagIds = QList<qint64>{5, 6};
        e.projectId = 3;
        e.projectName = QStringLiteral("Old project");
        BulkEditChoices c;
        c.tagMode = BulkEditChoices::TagMode::Add;
        c.tags = {QStringLiteral("new"), QStringLiteral("keep")};
        c.changeProject = true;
        c.projectId = 4;
        c.shiftSeconds = 3600;
        TimeEntry after = JsonPatchOp::applied(BulkEditPlan::opsFor(e, c), e);
        QCOMPARE(after.tags,
                 (QStringList{QStringLiteral("keep"), QStringLiteral("old"), QStringLiteral("new")}));
        QVERIFY(!after.tagIds);
        QCOMPARE(after.projectId, std::optional<qint64>(4));
        QVERIFY(!after.projectName);
        QCOMPARE(after.start, t.addSecs(3600));
        QCOMPARE(after.stop, std::optional<QDateTime>(t.addSecs(4200)));
        QCOMPARE(after.duration, 600);

        c = {};
        c.tagMode = BulkEditChoices::TagMode::Remove;
        c.tags = {QStringLiteral("old")};
        c.description = QStringLiteral("Renamed");
        c.changeProject = true; // no project
        after = JsonPatchOp::applied(BulkEditPlan::opsFor(e, c), e);
        QCOMPARE(after.tags, QStringList{QStringLiteral("keep")});
        QCOMPARE(after.description, std::optional<QString>(QStringLiteral("Renamed")));
        QVERIFY(!after.projectId);
        QCOMPARE(after.start, t); // untouched fields stay
    }

    void sameOpsAreOneStepInBatchesOf100()
    {
        const QDateTime t = TrackTime::utc(QDate(2024, 5, 1), QTime(9, 0));
        QList<TimeEntry> entries;
        for (int i = 1; i <= 250; ++i)
            entries.append(entry(i, t.addSecs(i * 60), 30));
        BulkEditChoices c;
        c.description = QStringLiteral("Review");
        c.changeProject = true; // clears the project
        c.billable = true;
        const BulkEditPlan plan = BulkEditPlan::forChoices(entries, c);
        QCOMPARE(plan.steps().size(), 1);
        QCOMPARE(plan.entryCount(), 250);
        QCOMPARE(plan.requestCount(), 3);
        const QList<JsonPatchOp> expected{JsonPatchOp::replaceDescription(QStringLiteral("Review")),
                                          JsonPatchOp::replaceProject(std::nullopt),
                                          JsonPatchOp::replaceBillable(true)};
        QCOMPARE(plan.steps().first().ops, expected);
    }

    void workspacesAreSeparateSteps()
    {
        const QDateTime t = TrackTime::utc(QDate(2024, 5, 1), QTime(9, 0));
        BulkEditChoices c;
        c.billable = false;
        const BulkEditPlan plan =
            BulkEditPlan::forChoices({entry(1, t, 60, 1), entry(2, t, 60, 2), entry(3, t, 60, 1)}, c);
        QCOMPARE(plan.steps().size(), 2);
        QCOMPARE(plan.steps().at(0).ids, (QList<qint64>{1, 3}));
        QCOMPARE(plan.steps().at(1).workspaceId, qint64(2));
    }

    void tagModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QJsonObject>("json");
        const QJsonArray tags{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("add") << int(BulkEditChoices::TagMode::Add)
                             << QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                            {QStringLiteral("path"), QStringLiteral("/tags")},
                                            {QStringLiteral("value"), tags}};
        QTest::newRow("remove") << int(BulkEditChoices::TagMode::Remove)
                                << QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                                               {QStringLiteral("path"), QStringLiteral("/tags")},
                                               {QStringLiteral("value"), tags}};
        QTest::newRow("replace") << int(BulkEditChoices::TagMode::Replace)
                                 << QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                {QStringLiteral("path"), QStringLiteral("/tags")},
                                                {QStringLiteral("value"), tags}};
    }
    void tagModes()
    {
        QFETCH(int, mode);
        QFETCH(QJsonObject, json);
        BulkEditChoices c;
        c.tagMode = BulkEditChoices::TagMode(mode);
        c.tags = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        const auto ops = BulkEditPlan::opsFor(entry(1, QDateTime::currentDateTimeUtc(), 5), c);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().toJson(), json);
    }

    void shiftGivesEachEntryItsOwnTimes()
    {
        const QDateTime t = TrackTime::utc(QDate(2024, 5, 1), QTime(9, 0));
        BulkEditChoices c;
        c.shiftSeconds = -(86400 + 90 * 60); // one day and 1:30 earlier
        const QList<TimeEntry> entries{entry(1, t, 600), entry(2, t.addSecs(3600), 600), entry(3, t, 600),
                                       entry(4, t, -1)};
        const BulkEditPlan plan = BulkEditPlan::forChoices(entries, c);
        QCOMPARE(plan.steps().size(), 3); // 1 and 3 share their new times; 4 runs (start only)
        QCOMPARE(plan.steps().at(0).ids, (QList<qint64>{1, 3}));
        QCOMPARE(plan.steps().at(0).ops,
                 (QList<JsonPatchOp>{JsonPatchOp::replaceStart(t.addSecs(c.shiftSeconds)),
                                     JsonPatchOp::replaceStop(t.addSecs(600 + c.shiftSeconds))}));
        QCOMPARE(plan.steps().at(2).ops,
                 QList<JsonPatchOp>{JsonPatchOp::replaceStart(t.addSecs(c.shiftSeconds))});
    }

    void undoRestoresPreviousValuesGroupedByValue()
    {
        const QDateTime t = TrackTime::utc(QDate(2024, 5, 1), QTime(9, 0));
        TimeEntry a = entry(1, t, 60);
        a.description = QStringLiteral("A");
        a.tags = QStringList{QStringLiteral("x")};
        a.projectId = 7;
        TimeEntry b = entry(2, t, 60);
        b.description = QStringLiteral("A");
        b.tags = QStringList{QStringLiteral("x")};
        b.projectId = 7;
        TimeEntry c = entry(3, t, 60); // no description, tags or project
        TimeEntry d = entry(4, t, 60); // failed: not undone
        BulkEditChoices ch;
        ch.description = QStringLiteral("new");
        ch.changeProject = true;
        ch.projectId = 9;
        ch.tagMode = BulkEditChoices::TagMode::Add;
        ch.tags = QStringList{QStringLiteral("y")};
        const BulkEditPlan undo = BulkEditPlan::undoOf({a, b, c, d}, ch, {1, 2, 3});
        QCOMPARE(undo.steps().size(), 2);
        QCOMPARE(undo.steps().at(0).ids, (QList<qint64>{1, 2}));
        QCOMPARE(undo.steps().at(0).ops,
                 (QList<JsonPatchOp>{JsonPatchOp::replaceDescription(QStringLiteral("A")),
                                     JsonPatchOp::replaceProject(7),
                                     JsonPatchOp::replaceTags({QStringLiteral("x")})}));
        QCOMPARE(undo.steps().at(1).ops, (QList<JsonPatchOp>{JsonPatchOp::replaceDescription(QString()),
                                                             JsonPatchOp::replaceProject(std::nullopt),
                                                             JsonPatchOp::replaceTags({})}));
    }
};

QTEST_GUILESS_MAIN(TestBulkEditPlan)
#include "tst_bulkeditplan.moc"
