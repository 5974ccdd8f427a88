// SPDX-License-Identifier: GPL-3.0-or-later
// TimeEntryModel against the sandbox: model signals, the ticking cell, and edits that PUT.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "app/models/TimeEntryModel.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/SessionFixture.h"

using namespace punchclock;

class TestTimeEntryModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void newestFirst();
    void tickChangesOnlyTheDurationCell();
    void editSendsPut();
    void editingDurationMovesStop();
    void editingStartKeepsDuration();
    void billableCheckBoxSendsPut();
    void invalidDurationIsRefusedAndNotSent();
    void refusedEditRollsBackWithError();
    void serverFaultRollsBack();
};

void TestTimeEntryModel::passesModelTester()
{
    SessionFixture f;
    f.addEntry(QStringLiteral("one"), 5, 30);
    f.addEntry(QStringLiteral("two"), 3, 30);
    f.addRunning(QStringLiteral("three"), 10);
    TimeEntryModel *model = f.session->entries();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(f.signIn());
    QCOMPARE(model->rowCount(), 3);
    // An edit of the start moves the row: the tester checks the move signals.
    const QModelIndex start = model->index(2, TimeEntryModel::Start);
    QVERIFY(model->setData(start, QDateTime::currentDateTimeUtc().addSecs(-60)));
    QCOMPARE(model->index(0, TimeEntryModel::Description).data().toString(), QStringLiteral("one"));
    QTRY_COMPARE_WITH_TIMEOUT(f.server->countRequests("PUT"), 1, 5000);
    TimeEntry extra;
    extra.id = 424242;
    extra.start = QDateTime::currentDateTimeUtc().addDays(-3);
    extra.duration = 60;
    model->upsert(extra);
    model->remove(extra.id);
    QVERIFY(f.refresh());
}

void TestTimeEntryModel::newestFirst()
{
    SessionFixture f;
    f.addEntry(QStringLiteral("old"), 30, 10);
    f.addEntry(QStringLiteral("new"), 1, 10);
    f.addEntry(QStringLiteral("middle"), 10, 10);
    QVERIFY(f.signIn());
    TimeEntryModel *model = f.session->entries();
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("new"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("middle"));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("old"));
    QCOMPARE(model->index(0, TimeEntryModel::Duration).data().toString(), QStringLiteral("0:10:00"));
    QCOMPARE(model->index(0, TimeEntryModel::Duration).data(TimeEntryModel::RawValueRole).toLongLong(), 600);
}

void TestTimeEntryModel::tickChangesOnlyTheDurationCell()
{
    SessionFixture f;
    f.addEntry(QStringLiteral("stopped"), 3, 30);
    f.addRunning(QStringLiteral("running"), 5);
    QVERIFY(f.signIn());
    TimeEntryModel *model = f.session->entries();
    const int row = model->rowOf(model->runningEntry()->id);
    QVERIFY(row >= 0);
    QSignalSpy changed(model, &TimeEntryModel::dataChanged);
    QSignalSpy reset(model, &TimeEntryModel::modelReset);
    const qint64 before =
        model->index(row, TimeEntryModel::Duration).data(TimeEntryModel::RawValueRole).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 3500);
    QCOMPARE(reset.size(), 0);
    for (const auto &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QCOMPARE(topLeft, model->index(row, TimeEntryModel::Duration));
        QCOMPARE(bottomRight, topLeft);
    }
    QVERIFY(model->index(row, TimeEntryModel::Duration).data(TimeEntryModel::RawValueRole).toLongLong() >
            before);
}

void TestTimeEntryModel::editSendsPut()
{
    SessionFixture f;
    const qint64 id = f.addEntry(QStringLiteral("typo"), 2, 45);
    QVERIFY(f.signIn());
    TimeEntryModel *model = f.session->entries();
    const QModelIndex cell = model->index(model->rowOf(id), TimeEntryModel::Description);
    QVERIFY(model->setData(cell, QStringLiteral("fixed")));
    QCOMPARE(cell.data().toString(), QStringLiteral("fixed")); // at once, before the answer
    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("description")).toString(),
                              QStringLiteral("fixed"), 5000);
    QCOMPARE(f.server->countRequests("PUT", QString::number(id)), 1);
    QCOMPARE(cell.data(TimeEntryModel::ErrorRole).toString(), QString());

    // Tags by name: unknown names become tags on the server.
    const QModelIndex tags = model->index(model->rowOf(id), TimeEntryModel::Tags);
    QVERIFY(model->setData(tags, QStringLiteral("alpha, beta")));
    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("tags")).toArray().size(), 2,
                              5000);
}

void TestTimeEntryModel::editingDurationMovesStop()
{
    SessionFixture f;
    const qint64 id = f.addEntry(QStringLiteral("work"), 4, 30);
    QVERIFY(f.signIn());
    TimeEntryModel *model = f.session->entries();
    const int row = model->rowOf(id);
    const QDateTime start = model->entry(row)->start;
    QVERIFY(model->setData(model->index(row, TimeEntryModel::Duration), QStringLiteral("1h 30m")));
    QCOMPARE(model->entry(row)->start, start);
    QCOMPARE(*model->entry(row)->stop, start.addSecs(5400));
    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger(), 5400,
                              5000);
    QCOMPARE(TrackTime::parse(f.server->timeEntry(id).value(QStringLiteral("stop")).toString()),
             start.addSecs(5400));
}

void TestTimeEntryModel::editingStartKeepsDuration()
{
    SessionFixture f;
    const qint64 id = f.addEntry(QStringLiteral("work"), 4, 30);
    QVERIFY(f.signIn());
    TimeEntryModel *model = f.session->entries();
    const QDateTime newStart = model->entry(model->rowOf(id))->start.addSecs(-3600);
    QVERIFY(model->setData(model->index(model->rowOf(id), TimeEntryModel::Start), newStart));
    QCOMPARE(model->entry(model->rowOf(id))->duration, 1800);
    QTRY_COMPARE_WITH_TIMEOUT(
        TrackTime::parse(f.server->timeEntry(id).value(QStringLiteral("start")).toString()), newStart, 5000);
    QCOMPARE(f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger(), 1800);
}

void TestTimeEntryModel::billableCheckBoxSendsPut()
{
    SessionFixture f;
    const qint64 id = f.addEntry(QStringLiteral("client work"), 2, 20);
    QVERIFY(f.signIn());
    TimeEntryModel *model = f.session->entries();
    const QModelIndex cell = model->index(model->rowOf(id), TimeEntryModel::Billable);
    QVERIFY(model->flags(cell) & Qt::ItemIsUserCheckable);
    QVERIFY(model->setData(cell, Qt::Checked, Qt::CheckStateRole));
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("billable")).toBool(), 5000);
}

void TestTimeEntryModel::invalidDurationIsRefusedAndNotSent()
{
    SessionFixture f;
    const qint64 id = f.addEntry(QStringLiteral("work"), 4, 30);
    QVERIFY(f.signIn());
    TimeEntryModel *model = f.session->entries();
    QSignalSpy refused(model, &TimeEntryModel::editRefused);
    const QModelIndex cell = model->index(model->rowOf(id), TimeEntryModel::Duration);
    QVERIFY(!model->setData(cell, QStringLiteral("soon")));
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());
    const QModelIndex stop = model->index(model->rowOf(id), TimeEntryModel::Stop);
    QVERIFY(!model->setData(stop, model->entry(model->rowOf(id))->start.addSecs(-60)));
    QTest::qWait(200);
    QCOMPARE(f.server->countRequests("PUT"), 0);
    QCOMPARE(cell.data().toString(), QStringLiteral("0:30:00"));
}

void TestTimeEntryModel::refusedEditRollsBackWithError()
{
    SessionFixture f;
    const qint64 id = f.addEntry(QStringLiteral("kept"), 2, 15);
    QVERIFY(f.signIn());
    TimeEntryModel *model = f.session->entries();
    // Deleted behind our back (another client): the PUT answers 404.
    bool done = false;
    f.api.deleteTimeEntry(f.server->defaultWorkspaceId(), id, nullptr,
                          [&done](ApiResult<NoContent>) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);

    QSignalSpy failed(f.session.get(), &TrackSession::editFailed);
    QSignalSpy errors(f.session.get(), &TrackSession::errorOccurred);
    const QModelIndex cell = model->index(model->rowOf(id), TimeEntryModel::Description);
    QVERIFY(model->setData(cell, QStringLiteral("lost")));
    QCOMPARE(cell.data().toString(), QStringLiteral("lost"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(cell.data().toString(), QStringLiteral("kept"));
    QVERIFY(!cell.data(TimeEntryModel::ErrorRole).toString().isEmpty());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::NotFound);
}

void TestTimeEntryModel::serverFaultRollsBack()
{
    SessionFixture f;
    const qint64 id = f.addEntry(QStringLiteral("kept"), 2, 15);
    QVERIFY(f.signIn());
    TimeEntryModel *model = f.session->entries();
    f.server->faults().failureRate = 1.0;
    QSignalSpy failed(f.session.get(), &TrackSession::editFailed);
    const QModelIndex cell = model->index(model->rowOf(id), TimeEntryModel::Billable);
    QVERIFY(model->setData(cell, true));
    QVERIFY(cell.data(TimeEntryModel::RawValueRole).toBool());
    // A 5xx is transient (issue #9): the edit stays shown and queued in the outbox, never rolled
    // back, and reaches the server once it answers again.
    QTRY_VERIFY_WITH_TIMEOUT(f.server->countRequests("PUT") >= 2, 10000);
    QVERIFY(cell.data(TimeEntryModel::RawValueRole).toBool());
    QCOMPARE(f.session->pendingChangeCount(), 1);
    QVERIFY(failed.isEmpty());
    QVERIFY(!f.server->timeEntry(id).value(QStringLiteral("billable")).toBool());
    f.server->faults().failureRate = 0;
    f.session->sync()->retryNow();
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("billable")).toBool(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(f.session->pendingChangeCount(), 0, 5000);
    QVERIFY(failed.isEmpty());
}

QTEST_GUILESS_MAIN(TestTimeEntryModel)
#include "tst_timeentrymodel.moc"
