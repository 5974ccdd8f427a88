// SPDX-License-Identifier: GPL-3.0-or-later
// The window's one undo stack (issue #17 item 4): every kind of change undone and redone against
// the sandbox, the Edit menu's Undo/Redo texts and enabled state, and an undo whose entry is gone.
#include <QAction>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "app/api/ApiError.h"
#include "app/bulk/BulkEditRunner.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/bulk/BulkEditController.h"
#include "ui/entries/EntriesView.h"
#include "ui/main/MainWindow.h"
#include "ui/undo/UndoHistory.h"

using namespace punchclock;

namespace {

constexpr int kSent = TrackSession::kUndoDeleteMs + 5000; // a delete waits for its undo time

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

TimeEntry shown(const SessionFixture &f, qint64 id)
{
    const int row = f.session->entries()->rowOf(id);
    return row >= 0 ? *f.session->entries()->entry(row) : TimeEntry();
}

QString description(const SessionFixture &f, qint64 id)
{
    return f.server->timeEntry(id).value(QStringLiteral("description")).toString();
}

bool serverRunning(const SessionFixture &f, qint64 id)
{
    return f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger() < 0;
}

// The one entry on the server with this description (0: none or several).
qint64 onServer(const SessionFixture &f, const QString &text)
{
    qint64 found = 0;
    for (const auto &v : f.server->timeEntries()) {
        if (v.toObject().value(QStringLiteral("description")).toString() == text) {
            if (found)
                return 0;
            found = v.toObject().value(QStringLiteral("id")).toInteger();
        }
    }
    return found;
}

} // namespace

class TestUndoHistory : public QObject
{
    Q_OBJECT

private slots:
    void actionsNameTheStepAndAreDisabledWhenEmpty()
    {
        SessionFixture f;
        const qint64 id = f.addEntry(QStringLiteral("before"), 2, 30);
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        QAction *undo = action(w.window, "undoAction");
        QAction *redo = action(w.window, "redoAction");
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));

        TimeEntry e = shown(f, id);
        e.billable = true;
        QVERIFY(f.session->entries()->editEntry(e));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Change Billable"));
        QVERIFY(!redo->isEnabled());
        QTRY_VERIFY(f.server->timeEntry(id).value(QStringLiteral("billable")).toBool());
        undo->trigger();
        QVERIFY(!undo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("&Redo Change Billable"));
        QTRY_VERIFY(!f.server->timeEntry(id).value(QStringLiteral("billable")).toBool());
        redo->trigger();
        QTRY_VERIFY(f.server->timeEntry(id).value(QStringLiteral("billable")).toBool());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Change Billable"));
    }

    void cellEditsUndoAndRedo_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::newRow("description") << int(TimeEntryModel::Description) << QVariant(QStringLiteral("after"))
                                     << QStringLiteral("Change Description") << QStringLiteral("description");
        QTest::newRow("tags") << int(TimeEntryModel::Tags) << QVariant(QStringList{QStringLiteral("new")})
                              << QStringLiteral("Change Tags") << QStringLiteral("tags");
        QTest::newRow("duration") << int(TimeEntryModel::Duration) << QVariant(QStringLiteral("1:00:00"))
                                  << QStringLiteral("Change Duration") << QStringLiteral("duration");
        QTest::newRow("project") << int(TimeEntryModel::Project) << QVariant()
                                 << QStringLiteral("Change Project") << QStringLiteral("project_id");
    }

    void cellEditsUndoAndRedo()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, name);
        QFETCH(QString, field);
        SessionFixture f;
        const qint64 project = f.server->insertProject(QStringLiteral("Website"));
        if (!value.isValid())
            value = project;
        const qint64 id = f.addEntry(QStringLiteral("before"), 2, 30,
                                     {{QStringLiteral("tags"), QJsonArray{QStringLiteral("old")}}});
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        const QJsonValue before = f.server->timeEntry(id).value(field);
        TimeEntryModel *model = f.session->entries();
        QVERIFY(model->setData(model->index(model->rowOf(id), column), value, Qt::EditRole));
        QTRY_VERIFY(f.server->timeEntry(id).value(field) != before);
        const QJsonValue after = f.server->timeEntry(id).value(field);
        QAction *undo = action(w.window, "undoAction");
        QCOMPARE(undo->text(), QStringLiteral("&Undo ") + name);
        undo->trigger();
        QTRY_COMPARE(f.server->timeEntry(id).value(field), before);
        action(w.window, "redoAction")->trigger();
        QTRY_COMPARE(f.server->timeEntry(id).value(field), after);
    }

    void startUndoDeletesAndRedoStartsAgain()
    {
        SessionFixture f;
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        TimeEntry draft;
        draft.description = QStringLiteral("started");
        QSignalSpy started(&w.timer, &TimerController::started);
        w.timer.start(draft);
        QVERIFY(started.wait());
        QTRY_VERIFY(onServer(f, QStringLiteral("started")) != 0);
        QAction *undo = action(w.window, "undoAction");
        QCOMPARE(undo->text(), QStringLiteral("&Undo Start Timer"));
        undo->trigger();
        QVERIFY(!w.timer.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntries().isEmpty(), kSent);
        action(w.window, "redoAction")->trigger();
        QVERIFY(w.timer.isRunning());
        QTRY_VERIFY(onServer(f, QStringLiteral("started")) != 0);
        QVERIFY(serverRunning(f, onServer(f, QStringLiteral("started"))));
    }

    void startThatStoppedAnotherResumesIt()
    {
        SessionFixture f;
        const qint64 first = f.addRunning(QStringLiteral("first"), 20);
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        TimeEntry draft;
        draft.description = QStringLiteral("second");
        QSignalSpy started(&w.timer, &TimerController::started);
        w.timer.start(draft);
        QVERIFY(started.wait());
        QTRY_VERIFY(onServer(f, QStringLiteral("second")) != 0);
        QTRY_VERIFY(!serverRunning(f, first));
        action(w.window, "undoAction")->trigger();
        QTRY_VERIFY(serverRunning(f, first));
        QTRY_VERIFY_WITH_TIMEOUT(onServer(f, QStringLiteral("second")) == 0, kSent);
        QCOMPARE(w.timer.running()->description, std::optional<QString>(QStringLiteral("first")));
        action(w.window, "redoAction")->trigger();
        QTRY_VERIFY(!serverRunning(f, first));
        QTRY_VERIFY(onServer(f, QStringLiteral("second")) != 0);
        QVERIFY(serverRunning(f, onServer(f, QStringLiteral("second"))));
    }

    // Undo of a start deletes the entry and redo starts it anew with another ID: the stop after it,
    // redone too, must find the new entry (it failed as "no longer there" before).
    void redoAfterARecreatedStartFindsTheNewEntry()
    {
        SessionFixture f;
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        TimeEntry draft;
        draft.description = QStringLiteral("again");
        QSignalSpy started(&w.timer, &TimerController::started);
        w.timer.start(draft);
        QVERIFY(started.wait());
        QSignalSpy stopped(&w.timer, &TimerController::stopped);
        w.timer.stop();
        QVERIFY(stopped.wait());
        QTRY_VERIFY(onServer(f, QStringLiteral("again")) != 0);
        QTRY_VERIFY(!serverRunning(f, onServer(f, QStringLiteral("again"))));
        QAction *undo = action(w.window, "undoAction");
        QAction *redo = action(w.window, "redoAction");
        undo->trigger(); // the stop
        undo->trigger(); // the start
        QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntries().isEmpty(), kSent);
        QSignalSpy failed(w.window.findChild<UndoHistory *>(), &UndoHistory::failed);
        redo->trigger(); // starts it again: a new ID
        QTRY_VERIFY(onServer(f, QStringLiteral("again")) != 0);
        redo->trigger(); // stops that new entry
        QVERIFY(!w.timer.isRunning());
        QTRY_VERIFY(!serverRunning(f, onServer(f, QStringLiteral("again"))));
        QVERIFY(failed.isEmpty());
        QVERIFY(!redo->isEnabled());
    }

    void stopUndoRunsAgainAndRedoStopsAtTheSameTime()
    {
        SessionFixture f;
        const qint64 id = f.addRunning(QStringLiteral("running"), 30);
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        QVERIFY(w.timer.isRunning());
        QSignalSpy stopped(&w.timer, &TimerController::stopped);
        w.timer.stop();
        QVERIFY(stopped.wait());
        QTRY_VERIFY(!serverRunning(f, id));
        const QString stop = f.server->timeEntry(id).value(QStringLiteral("stop")).toString();
        QAction *undo = action(w.window, "undoAction");
        QCOMPARE(undo->text(), QStringLiteral("&Undo Stop Timer"));
        undo->trigger();
        QVERIFY(w.timer.isRunning());
        QTRY_VERIFY(serverRunning(f, id));
        QCOMPARE(action(w.window, "redoAction")->text(), QStringLiteral("&Redo Stop Timer"));
        action(w.window, "redoAction")->trigger();
        QVERIFY(!w.timer.isRunning());
        QTRY_VERIFY(!serverRunning(f, id));
        QCOMPARE(f.server->timeEntry(id).value(QStringLiteral("stop")).toString(), stop);
    }

    void barEditOfTheRunningEntryUndoes()
    {
        SessionFixture f;
        const qint64 id = f.addRunning(QStringLiteral("draft name"), 5);
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        w.timer.setDescription(QStringLiteral("final name"));
        QTRY_COMPARE(description(f, id), QStringLiteral("final name"));
        QCOMPARE(action(w.window, "undoAction")->text(), QStringLiteral("&Undo Change Description"));
        action(w.window, "undoAction")->trigger();
        QTRY_COMPARE(description(f, id), QStringLiteral("draft name"));
        QVERIFY(serverRunning(f, id));
        action(w.window, "redoAction")->trigger();
        QTRY_COMPARE(description(f, id), QStringLiteral("final name"));
    }

    void continueAndDuplicateUndoAndRedo()
    {
        SessionFixture f;
        const qint64 id = f.addEntry(QStringLiteral("original"), 3, 20);
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        QSignalSpy started(&w.timer, &TimerController::started);
        w.timer.continueEntry(shown(f, id));
        QVERIFY(started.wait());
        QTRY_COMPARE(f.server->timeEntries().size(), 2);
        action(w.window, "undoAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntries().size(), 1, kSent);

        TimeEntry copy = shown(f, id);
        copy.id = 0;
        f.session->createEntry(copy); // what Duplicate does
        QCOMPARE(action(w.window, "undoAction")->text(), QStringLiteral("&Undo Add Entry"));
        QTRY_COMPARE(f.server->timeEntries().size(), 2);
        action(w.window, "undoAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntries().size(), 1, kSent);
        action(w.window, "redoAction")->trigger();
        QTRY_COMPARE(f.server->timeEntries().size(), 2);
    }

    void deleteUndoneAfterItWasSentComesBack()
    {
        SessionFixture f;
        const qint64 id = f.addEntry(QStringLiteral("to delete"), 3, 20);
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        f.session->deleteEntryLater(id);
        QCOMPARE(action(w.window, "undoAction")->text(), QStringLiteral("&Undo Delete Entry"));
        QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(id).isEmpty(), kSent);
        action(w.window, "undoAction")->trigger();
        QTRY_VERIFY(onServer(f, QStringLiteral("to delete")) != 0);
        action(w.window, "redoAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntries().isEmpty(), kSent);
    }

    void bulkEditUndoAndRedo()
    {
        SessionFixture f;
        const qint64 a = f.addEntry(QStringLiteral("a"), 3, 20);
        const qint64 b = f.addEntry(QStringLiteral("b"), 4, 20);
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        BulkEditChoices choices;
        choices.billable = true;
        BulkEditRunner *runner = w.bulkEditor.edit({shown(f, a), shown(f, b)}, choices);
        QSignalSpy finished(runner, &BulkJob::finished);
        runner->start();
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(action(w.window, "undoAction")->isEnabled());
        QCOMPARE(action(w.window, "undoAction")->text(), QStringLiteral("&Undo Bulk Edit of 2 Entries"));
        action(w.window, "undoAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!f.server->timeEntry(a).value(QStringLiteral("billable")).toBool() &&
                                     !f.server->timeEntry(b).value(QStringLiteral("billable")).toBool(),
                                 10000);
        action(w.window, "redoAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(a).value(QStringLiteral("billable")).toBool() &&
                                     f.server->timeEntry(b).value(QStringLiteral("billable")).toBool(),
                                 10000);
        QCOMPARE(action(w.window, "undoAction")->text(), QStringLiteral("&Undo Bulk Edit of 2 Entries"));
    }

    void undoWhenTheEntryIsGoneSaysSo()
    {
        SessionFixture f;
        const qint64 id = f.addEntry(QStringLiteral("doomed"), 3, 20);
        QVERIFY(f.signIn());
        WindowFixture w(f.session.get());
        TimeEntry e = shown(f, id);
        e.description = QStringLiteral("renamed");
        QVERIFY(f.session->entries()->editEntry(e));
        QTRY_COMPARE(description(f, id), QStringLiteral("renamed"));
        // Deleted elsewhere: another client's DELETE, then a refresh here.
        bool done = false;
        f.api.deleteTimeEntry(e.workspaceId, id, this, [&done](ApiResult<NoContent>) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(f.refresh());
        QCOMPARE(f.session->entries()->rowOf(id), -1);
        QSignalSpy failed(w.window.findChild<QObject *>(QStringLiteral("undoHistory")),
                          SIGNAL(failed(QString)));
        action(w.window, "undoAction")->trigger();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no longer there")));
        QVERIFY(!action(w.window, "undoAction")->isEnabled()); // dropped from the stack
        QVERIFY(!action(w.window, "redoAction")->isEnabled());
        QVERIFY(f.server->timeEntries().isEmpty());
    }
};

QTEST_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
