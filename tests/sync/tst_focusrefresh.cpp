// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/FocusRig.h"

#include "app/focus/FocusJson.h"
#include "app/models/FocusTaskModel.h"
#include "app/session/FocusSession.h"
#include "app/sync/FocusEntrySender.h"
#include "app/sync/Outbox.h"
#include "app/track/TrackTime.h"

#include <QAbstractItemModelTester>

using namespace punchclock;

// Issue #9 for Toggl Focus, as the user sees it in the task list and the entries: a stopped task
// timer counts in its task's tracked time at once (offline too), once, and not after a refusal; and
// an answer that left the server before a change was confirmed never brings back the old copy.
class TstFocusRefresh : public QObject
{
    Q_OBJECT

    static qint64 tracked(FocusRig &rig, qint64 task)
    {
        FocusTaskModel *tasks = rig.session->tasks();
        const int row = tasks->rowOf(task);
        if (row < 0)
            return -1;
        return tasks->index(row, FocusTaskModel::TrackedColumn)
            .data(FocusTaskModel::TrackedSecondsRole)
            .toLongLong();
    }

    static qint64 insertEntry(FocusRig &rig, qint64 task, int day, int seconds)
    {
        return rig.server->insertFocusTimeEntry(
            {{QStringLiteral("task_id"), task},
             {QStringLiteral("start"), TrackTime::format(TrackTime::utc(QDate(2024, 5, day), QTime(9, 0)))},
             {QStringLiteral("duration"), seconds}});
    }

    // Waits until the sandbox has made (not necessarily sent) the answer to a GET on `path`.
    static bool answerMade(FocusRig &rig, const QString &path)
    {
        return QTest::qWaitFor(
            [&] {
                const auto requests = rig.server->requests();
                return !requests.isEmpty() && requests.last().method == "GET" &&
                       requests.last().path.endsWith(path) && requests.last().status == 200;
            },
            5000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void queuedStopCountsAtOnceAndOnce()
    {
        FocusRig rig;
        const qint64 task = rig.server->insertFocusTask(
            {{QStringLiteral("name"), QStringLiteral("Tracked")}, {QStringLiteral("estimated_mins"), 60}});
        insertEntry(rig, task, 1, 600);
        rig.openSession(rig.server->focusKey(), 1);
        QAbstractItemModelTester tester(rig.session->tasks());
        QVERIFY(rig.loadTasks());
        QCOMPARE(tracked(rig, task), 600);

        rig.stopServer();
        FocusTaskTimer *timer = rig.session->timer();
        QVERIFY(timer->start(task));
        QTest::qWait(2100);
        QSignalSpy changed(rig.session->tasks(), &QAbstractItemModel::dataChanged);
        timer->stop();
        const qint64 stopped =
            FocusEntrySender::entryOf(rig.sessionSync->outbox()->head().value()).duration.value_or(-1);
        QVERIFY(stopped >= 2);
        QCOMPARE(tracked(rig, task), 600 + stopped); // at once, offline
        QVERIFY(!changed.isEmpty());
        const QModelIndex progress =
            rig.session->tasks()->index(rig.session->tasks()->rowOf(task), FocusTaskModel::ProgressColumn);
        QCOMPARE(progress.data(FocusTaskModel::ProgressRole).toDouble(), (600.0 + stopped) / 3600.0);

        rig.startServer();
        rig.sessionSync->retryNow();
        QVERIFY(rig.waitDrained());
        QCOMPARE(rig.entriesOf(task).size(), 2);
        QCOMPARE(tracked(rig, task), 600 + stopped); // confirmed: not counted twice
        QVERIFY(rig.loadTasks());
        QCOMPARE(tracked(rig, task), 600 + stopped); // the server's total now has it
    }

    // The task was deleted elsewhere while the stop waited: the server refuses it, and the time
    // it added goes again, with an error.
    void refusedStopIsTakenBack()
    {
        FocusRig rig;
        rig.openSession(rig.server->focusKey(), 1);
        QVERIFY(rig.loadTasks());
        FocusTask ghost;
        ghost.id = 42999999; // not on the server
        ghost.name = QStringLiteral("Deleted elsewhere");
        ghost.trackedSeconds = 300;
        rig.session->tasks()->setTasks({ghost});
        QAbstractItemModelTester tester(rig.session->tasks());

        rig.stopServer();
        FocusTaskTimer *timer = rig.session->timer();
        QVERIFY(timer->start(ghost.id));
        QTest::qWait(1100);
        timer->stop();
        const qint64 stopped =
            FocusEntrySender::entryOf(rig.sessionSync->outbox()->head().value()).duration.value_or(-1);
        QVERIFY(stopped >= 1);
        QCOMPARE(tracked(rig, ghost.id), 300 + stopped);

        QSignalSpy errors(rig.session.get(), &FocusSession::errorOccurred);
        rig.startServer();
        rig.sessionSync->retryNow();
        QVERIFY(rig.waitDrained());
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
        QCOMPARE(tracked(rig, ghost.id), 300);
    }

    // A task list made before a stop reached the server, arriving after its confirmation, must
    // not take the stop's time off the task.
    void taskListOvertakenByAStopKeepsItsTime()
    {
        FocusRig rig;
        const qint64 task = rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Raced")}});
        insertEntry(rig, task, 1, 600);
        rig.openSession(rig.server->focusKey(), 1);
        QAbstractItemModelTester tester(rig.session->tasks());
        QVERIFY(rig.loadTasks());
        FocusTaskTimer *timer = rig.session->timer();
        QVERIFY(timer->start(task));
        QTest::qWait(1100);

        rig.server->faults().slowReplies = 1;
        rig.server->faults().slowReplyMs = 500;
        QSignalSpy loaded(rig.session.get(), &FocusSession::tasksLoaded);
        rig.session->refreshTasks();
        QVERIFY(answerMade(rig, QStringLiteral("/tasks"))); // made without the stop
        timer->stop();
        const qint64 stopped =
            FocusEntrySender::entryOf(rig.sessionSync->outbox()->head().value()).duration.value_or(-1);
        QVERIFY(rig.waitDrained());
        QCOMPARE(loaded.size(), 0); // the stop was confirmed first
        QVERIFY(loaded.wait(5000));
        QCOMPARE(tracked(rig, task), 600 + stopped);
        QVERIFY(rig.loadTasks());
        QCOMPARE(tracked(rig, task), 600 + stopped);
    }

    // The same for the entries: a list made before an edit was confirmed shows the edit.
    void entryListOvertakenByAnEditKeepsIt()
    {
        FocusRig rig;
        const qint64 task = rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Edited")}});
        const qint64 id = insertEntry(rig, task, 1, 600);
        rig.openSession(rig.server->focusKey(), 1);
        QVERIFY(rig.loadTasks());
        FocusTimeEntryModel *entries = rig.session->entries();
        QAbstractItemModelTester tester(entries);
        QSignalSpy loaded(rig.session.get(), &FocusSession::entriesLoaded);
        rig.session->selectTask(task);
        QVERIFY(loaded.wait(5000));

        rig.sessionSync->engine()->setPaused(true); // the edit waits until the list is made
        QVERIFY(entries->setData(entries->index(entries->rowOf(id), FocusTimeEntryModel::DurationColumn),
                                 QStringLiteral("25m")));
        rig.server->faults().slowReplies = 1;
        rig.server->faults().slowReplyMs = 500;
        loaded.clear();
        rig.session->selectTask(task); // reselected (e.g. after a bulk edit): read again
        QVERIFY(answerMade(rig, QStringLiteral("/time-entries"))); // made with 600
        rig.sessionSync->engine()->setPaused(false);
        QVERIFY(rig.waitDrained());
        QCOMPARE(rig.server->focusTimeEntry(id).value(QStringLiteral("duration")).toInt(), 1500);
        QCOMPARE(loaded.size(), 0);
        QVERIFY(loaded.wait(5000));
        QVERIFY(entries->entry(id));
        QCOMPARE(entries->entry(id)->duration.value_or(0), 1500);
    }
};

QTEST_GUILESS_MAIN(TstFocusRefresh)
#include "tst_focusrefresh.moc"
