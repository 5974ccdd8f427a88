// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/FocusRig.h"

#include "app/focus/FocusJson.h"
#include "app/models/FocusTaskModel.h"
#include "app/session/FocusSession.h"
#include "app/sync/FocusEntrySender.h"
#include "app/sync/Outbox.h"
#include "app/track/TrackTime.h"

using namespace punchclock;

// Issue #9 for Toggl Focus: a stopped task timer and the Focus view's entry changes are written to
// the outbox before they are sent, survive the server being stopped and the app restarting, reach
// the server exactly once, and are rolled back only when the server refuses them for good.
class TstFocusOutbox : public QObject
{
    Q_OBJECT

    static qint64 startSecs(const QJsonObject &o)
    {
        const auto t = TrackTime::parse(o.value(QStringLiteral("start")).toString());
        return t ? t->toSecsSinceEpoch() : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void timerStopIsSentThroughTheOutbox()
    {
        FocusRig rig;
        rig.setWorkspace(rig.server->focusWorkspaceId());
        const qint64 task = rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Online")}});
        QVERIFY(rig.timer->start(task));
        QTest::qWait(1100);
        QSignalSpy stopped(rig.timer.get(), &FocusTaskTimer::stopped);
        rig.timer->stop();
        QVERIFY(!rig.timer->isRunning()); // at once: the outbox has it
        QVERIFY(stopped.wait(10000));
        const auto entry = stopped.first().first().value<FocusTimeEntry>();
        QVERIFY(entry.id > 0);
        QCOMPARE(rig.entriesOf(task).size(), 1);
        QVERIFY(rig.entriesOf(task).first().value(QStringLiteral("duration")).toInt() >= 1);
        QCOMPARE(rig.sync->pendingCount(), 0);
    }

    void timerStopWhileServerStoppedSurvivesRestart()
    {
        FocusRig rig;
        rig.setWorkspace(rig.server->focusWorkspaceId());
        const qint64 workspace = rig.server->focusWorkspaceId();
        const qint64 task =
            rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Offline")}});
        QVERIFY(rig.timer->start(task));
        const QDateTime start = rig.timer->startTime();
        QTest::qWait(2100);

        rig.stopServer(); // nothing listens on the port any more
        rig.timer->stop();
        QVERIFY(!rig.timer->isRunning());
        QCOMPARE(rig.sync->pendingCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.sync->engine()->isOnline(), 5000);
        const qint64 seconds =
            FocusEntrySender::entryOf(rig.sync->outbox()->head().value()).duration.value_or(-1);
        QVERIFY(seconds >= 2);

        rig.restart(); // the app restarts while the server is still away
        rig.setWorkspace(workspace);
        QVERIFY(!rig.timer->isRunning()); // not resumed: its stop is queued
        QCOMPARE(rig.sync->pendingCount(), 1);
        QTest::qWait(300);
        QCOMPARE(rig.sync->pendingCount(), 1);

        QSignalSpy stopped(rig.timer.get(), &FocusTaskTimer::stopped);
        rig.startServer();
        rig.sync->retryNow();
        QVERIFY(rig.waitDrained());
        QVERIFY(stopped.wait(5000) || stopped.size() == 1);
        const QList<QJsonObject> onServer = rig.entriesOf(task);
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(startSecs(onServer.first()), start.toSecsSinceEpoch());
        QCOMPARE(onServer.first().value(QStringLiteral("duration")).toInteger(),
                 seconds); // the click, not the send
        QCOMPARE(onServer.first().value(QStringLiteral("type")).toString(), QStringLiteral("activity"));
    }

    // The POST reaches the server but its answer is lost: the resend finds it instead of
    // creating it again.
    void lostAnswerMakesNoDuplicate()
    {
        FocusRig rig;
        rig.setWorkspace(rig.server->focusWorkspaceId());
        const qint64 task =
            rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Lost answer")}});
        QVERIFY(rig.timer->start(task));
        QTest::qWait(1100);
        rig.server->faults().malformedBodies = 1; // the 201 arrives truncated
        QSignalSpy stopped(rig.timer.get(), &FocusTaskTimer::stopped);
        rig.timer->stop();
        QVERIFY(rig.waitDrained());
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);
        QCOMPARE(rig.entriesOf(task).size(), 1);
        QCOMPARE(rig.server->countRequests("POST", QStringLiteral("/time-entries")),
                 1); // looked up, not resent
        QCOMPARE(stopped.first().first().value<FocusTimeEntry>().id,
                 rig.entriesOf(task).first().value(QStringLiteral("id")).toInteger());
    }

    // kill -9 between writing the outbox row and forgetting the saved timer: the next start
    // neither resumes the timer nor loses the entry.
    void crashBetweenQueueAndForgetBooksOnce()
    {
        FocusRig rig;
        rig.setWorkspace(rig.server->focusWorkspaceId());
        const qint64 task = rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Crash")}});
        QVERIFY(rig.timer->start(task));
        FocusTimeEntry queued;
        queued.id = rig.sync->allocateLocalId();
        queued.taskId = task;
        queued.start = rig.timer->startTime();
        queued.duration = 42;
        rig.sync->engine()->setPaused(true);
        QVERIFY(rig.sync->enqueue(OutboxOp::Kind::FocusCreate, queued.id,
                                  FocusEntrySender::createPayload(queued, QStringLiteral("timer"))));
        rig.restart(); // the saved timer is still there, and so is the queued stop
        rig.setWorkspace(rig.server->focusWorkspaceId());
        QVERIFY(!rig.timer->isRunning());
        QVERIFY(rig.waitDrained());
        QCOMPARE(rig.entriesOf(task).size(), 1);
        QCOMPARE(rig.entriesOf(task).first().value(QStringLiteral("duration")).toInt(), 42);
    }

    void entryChangesGoThroughTheOutbox()
    {
        FocusRig rig;
        const qint64 workspace = rig.server->focusWorkspaceId();
        rig.setWorkspace(workspace);
        const qint64 task = rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Edited")}});
        QList<FocusTimeEntry> list;
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            const QDateTime start = TrackTime::utc(QDate(2024, 5, 1 + i), QTime(9, 0));
            const qint64 id =
                rig.server->insertFocusTimeEntry({{QStringLiteral("task_id"), task},
                                                  {QStringLiteral("start"), TrackTime::format(start)},
                                                  {QStringLiteral("duration"), 600},
                                                  {QStringLiteral("type"), QStringLiteral("activity")}});
            ids.append(id);
            list.append(FocusJson::entryFromJson(rig.server->focusTimeEntry(id)));
        }
        rig.entries->setEntries(task, list);
        FocusTimeEntryModel *model = rig.entries.get();

        rig.stopServer();
        QVERIFY(model->setData(model->index(model->rowOf(ids[0]), FocusTimeEntryModel::DurationColumn),
                               QStringLiteral("25m")));
        QVERIFY(model->setData(model->index(model->rowOf(ids[1]), FocusTimeEntryModel::TypeColumn),
                               QStringLiteral("break")));
        model->archive(model->rowOf(ids[2]));
        model->remove(model->rowOf(ids[3]));
        // Shown at once, nothing sent.
        QCOMPARE(model->entry(ids[0])->duration.value_or(0), 1500);
        QCOMPARE(model->entry(ids[1])->type, QStringLiteral("break"));
        QVERIFY(model->entry(ids[2])->isArchived());
        QVERIFY(model->entry(ids[3])->isDeleted());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(rig.sync->pendingCount(), 4);

        rig.restart(); // offline restart: a reload from the (old) server data keeps the changes
        rig.setWorkspace(workspace);
        rig.entries->setEntries(task, list);
        model = rig.entries.get();
        QCOMPARE(model->entry(ids[0])->duration.value_or(0), 1500);
        QVERIFY(model->entry(ids[3])->isDeleted());

        rig.startServer();
        rig.sync->retryNow();
        QVERIFY(rig.waitDrained());
        QCOMPARE(rig.server->focusTimeEntry(ids[0]).value(QStringLiteral("duration")).toInt(), 1500);
        QCOMPARE(rig.server->focusTimeEntry(ids[1]).value(QStringLiteral("type")).toString(),
                 QStringLiteral("break"));
        QVERIFY(!rig.server->focusTimeEntry(ids[2]).value(QStringLiteral("archived_at")).isNull());
        QVERIFY(!rig.server->focusTimeEntry(ids[3]).value(QStringLiteral("deleted_at")).isNull());
    }

    // The app's wiring: a FocusSession attached to a FocusSync. A stop made before Focus is
    // connected waits, and goes out once the tasks load; the next start shows the cached tasks.
    void attachedSessionSendsOnceConnectedAndCachesTasks()
    {
        FocusRig rig;
        const qint64 task =
            rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Attached")}});
        {
            FocusSession session(rig.transport.get(), rig.settings.get());
            session.configure(rig.server->focusKey(), rig.server->focusOrganizationId(), 0,
                              rig.server->baseUrl());
            FocusSync sync(session.api(), rig.store.get());
            session.setSync(&sync);
            QVERIFY(session.timer()->start(task));
            QTest::qWait(1100);
            session.timer()->stop(); // no workspace yet: queued
            QVERIFY(!session.timer()->isRunning());
            QCOMPARE(sync.pendingCount(), 1);
            QSignalSpy loaded(&session, &FocusSession::tasksLoaded);
            session.connectAndLoad();
            QVERIFY(loaded.wait(10000));
            QVERIFY(QTest::qWaitFor([&] { return sync.pendingCount() == 0; }, 10000));
            QCOMPARE(rig.entriesOf(task).size(), 1);
        }
        rig.stopServer();
        FocusSession session(rig.transport.get(), rig.settings.get());
        session.configure(QStringLiteral("sandbox-focus-key"), 1, 0,
                          QUrl(QStringLiteral("http://127.0.0.1:%1").arg(rig.port)));
        FocusSync sync(session.api(), rig.store.get());
        session.setSync(&sync);
        QVERIFY(session.tasks()->task(task)); // from the cache, the server stopped
    }

    void permanentRefusalRollsBackWithAnError()
    {
        FocusRig rig;
        rig.setWorkspace(rig.server->focusWorkspaceId());
        const qint64 task =
            rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Refused")}});
        FocusTimeEntry ghost; // not on the server: every change to it is a 404
        ghost.id = 987654;
        ghost.taskId = task;
        ghost.start = TrackTime::utc(QDate(2024, 5, 1), QTime(9, 0));
        ghost.duration = 600;
        rig.entries->setEntries(task, {ghost});
        QSignalSpy errors(rig.entries.get(), &FocusTimeEntryModel::errorOccurred);
        QVERIFY(rig.entries->setData(rig.entries->index(0, FocusTimeEntryModel::DurationColumn),
                                     QStringLiteral("1h")));
        QCOMPARE(rig.entries->entry(ghost.id)->duration.value_or(0), 3600); // optimistic
        QVERIFY(errors.wait(5000));
        QCOMPARE(rig.entries->entry(ghost.id)->duration.value_or(0), 600); // rolled back
        QCOMPARE(rig.sync->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstFocusOutbox)
#include "tst_focusoutbox.moc"
