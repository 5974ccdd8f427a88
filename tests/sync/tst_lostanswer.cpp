// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/FocusRig.h"
#include "tests/sync/SyncRig.h"

#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/TrackBulkEditor.h"
#include "app/sync/FocusEntrySender.h"
#include "app/sync/Outbox.h"
#include "app/track/TrackTime.h"

using namespace punchclock;

// Issue #23: the server carries out a change and the connection closes before its answer
// reaches the client (the sandbox's lostAnswers fault, FIN or RST), once, twice, or once with the
// app killed before it tries again. Every kind of change must end on the server exactly as meant
// (no twin of a create), be shown once, and report no error that is not true.
class TstLostAnswer : public QObject
{
    Q_OBJECT

    enum class Mode
    {
        Once,
        OnceReset,
        Twice,
        Kill,
    };

    static void addModes(const char *kind)
    {
        QTest::newRow(qPrintable(QStringLiteral("%1 once").arg(QLatin1String(kind))))
            << kind << int(Mode::Once);
        QTest::newRow(qPrintable(QStringLiteral("%1 once RST").arg(QLatin1String(kind))))
            << kind << int(Mode::OnceReset);
        QTest::newRow(qPrintable(QStringLiteral("%1 twice").arg(QLatin1String(kind))))
            << kind << int(Mode::Twice);
        QTest::newRow(qPrintable(QStringLiteral("%1 killed").arg(QLatin1String(kind))))
            << kind << int(Mode::Kill);
    }

    static void arm(sandbox::Faults &f, Mode mode, const QByteArray &method)
    {
        f.lostAnswers = mode == Mode::Twice ? 2 : 1;
        f.lostAnswerReset = mode == Mode::OnceReset;
        f.lostAnswerMethods = {method};
        if (mode == Mode::Twice && method == "POST")
            f.lostAnswerMethods.append("GET"); // a create's second send is the lookup before it
    }

    // Errors the user would see: changes dropped as refused, failed edits.
    struct Complaints
    {
        std::unique_ptr<QSignalSpy> dropped;
        std::unique_ptr<QSignalSpy> failed;
        int earlier = 0;
        void watch(SyncRig &rig)
        {
            if (dropped)
                earlier += int(dropped->count() + failed->count());
            dropped = std::make_unique<QSignalSpy>(rig.session->sync(), &SyncEngine::dropped);
            failed = std::make_unique<QSignalSpy>(rig.session.get(), &TrackSession::editFailed);
        }
        int count() const { return earlier + int(dropped->count() + failed->count()); }
    };

    static int shown(const SyncRig &rig, const QString &description)
    {
        int n = 0;
        for (const TimeEntry &e : rig.model()->entries())
            n += e.description.value_or(QString()) == description ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void trackChange_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("modeValue");
        for (const char *kind : {"start", "manual", "stop", "edit", "delete", "bulk"})
            addModes(kind);
    }

    void trackChange()
    {
        QFETCH(QString, kind);
        QFETCH(int, modeValue);
        const auto mode = static_cast<Mode>(modeValue);
        SyncRig rig;
        QVERIFY(rig.signIn());
        Complaints complaints;
        complaints.watch(rig);
        const QString name = QStringLiteral("lost %1").arg(kind);
        const QDateTime start = TrackTime::utcFromSecs(QDateTime::currentSecsSinceEpoch() - 3600);

        // What the change starts from, sent without faults.
        if (kind == QLatin1String("stop")) {
            TimeEntry draft;
            draft.description = name;
            rig.session->startEntry(draft);
        } else if (kind != QLatin1String("start") && kind != QLatin1String("manual")) {
            TimeEntry e;
            e.description = name;
            e.start = start;
            e.duration = 600;
            e.stop = start.addSecs(600);
            rig.session->createEntry(e);
        }
        QVERIFY(rig.waitDrained());

        sandbox::Faults &f = rig.server->faults();
        const QByteArray method = kind == QLatin1String("start") || kind == QLatin1String("manual") ? "POST"
                                  : kind == QLatin1String("delete")                                 ? "DELETE"
                                  : kind == QLatin1String("bulk")                                   ? "PATCH"
                                                                                                    : "PUT";
        arm(f, mode, method);
        const int sentBefore = rig.server->countRequests(method);
        QString expectName = name;
        std::unique_ptr<TrackBulkEditor> bulk;
        if (kind == QLatin1String("start")) {
            TimeEntry draft;
            draft.description = name;
            rig.session->startEntry(draft);
        } else if (kind == QLatin1String("manual")) {
            TimeEntry e;
            e.description = name;
            e.start = start;
            e.duration = 600;
            e.stop = start.addSecs(600);
            rig.session->createEntry(e);
        } else if (kind == QLatin1String("stop")) {
            QVERIFY(rig.model()->runningEntry());
            rig.session->stopEntry(*rig.model()->runningEntry());
        } else if (kind == QLatin1String("edit")) {
            expectName = name + QStringLiteral(" edited");
            QVERIFY(rig.editDescription(rig.find(name)->id, expectName));
        } else if (kind == QLatin1String("delete")) {
            rig.session->deleteEntryLater(rig.find(name)->id);
            rig.session->flushDeletes();
        } else {
            bulk = std::make_unique<TrackBulkEditor>(rig.session.get());
            BulkEditChoices choices;
            choices.tagMode = BulkEditChoices::TagMode::Add; // a bulk PATCH that adds
            choices.tags = {QStringLiteral("lost-tag")};
            bulk->edit({*rig.find(name)}, choices)->start();
        }

        if (mode == Mode::Kill) { // killed as soon as the server has carried it out
            QTRY_VERIFY_WITH_TIMEOUT(f.lostAnswers == 0, 5000);
            bulk.reset();
            rig.restart();
            complaints.watch(rig);
            QVERIFY(rig.signIn());
        }
        QVERIFY(rig.waitDrained());
        QCOMPARE(f.lostAnswers, 0); // every lost answer really happened
        QVERIFY(rig.server->countRequests(method) > sentBefore);

        // The server holds exactly what was meant.
        const QList<QJsonObject> onServer = rig.onServer(expectName);
        if (kind == QLatin1String("delete")) {
            QCOMPARE(onServer.size(), 0);
        } else {
            QCOMPARE(onServer.size(), 1);
            const QJsonObject &s = onServer.first();
            const qint64 duration = s.value(QStringLiteral("duration")).toInteger();
            if (kind == QLatin1String("start"))
                QVERIFY(duration < 0);
            else if (kind == QLatin1String("manual"))
                QCOMPARE(secsOf(s, "stop"), start.addSecs(600).toSecsSinceEpoch());
            else if (kind == QLatin1String("stop"))
                QVERIFY(duration >= 0);
            else if (kind == QLatin1String("bulk"))
                QCOMPARE(s.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("lost-tag")});
        }
        if (kind == QLatin1String("edit"))
            QCOMPARE(rig.onServer(name).size(), 0);
        QCOMPARE(int(rig.server->timeEntries().size()), kind == QLatin1String("delete") ? 0 : 1);

        // Shown once, also after the server's whole list was read again.
        const int expected = kind == QLatin1String("delete") ? 0 : 1;
        QCOMPARE(shown(rig, expectName), expected);
        QSignalSpy refreshed(rig.session.get(), &TrackSession::refreshed);
        rig.session->fullRefresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(shown(rig, expectName), expected);
        QCOMPARE(rig.model()->rowCount(), expected);
        QCOMPARE(complaints.count(), 0);
    }

    // One local create the server already holds twice (as an HTTP layer's own resend leaves it):
    // the lookup before the resend keeps one, deletes the other and says so.
    void twinsOfOneCreateAreMerged_data()
    {
        QTest::addColumn<bool>("running");
        QTest::newRow("manual") << false;
        QTest::newRow("start") << true;
    }

    void twinsOfOneCreateAreMerged()
    {
        QFETCH(bool, running);
        SyncRig rig;
        QVERIFY(rig.signIn());
        const QString name = QStringLiteral("twin");
        sandbox::Faults &f = rig.server->faults();
        arm(f, Mode::Once, "POST");
        const QDateTime start = TrackTime::utcFromSecs(QDateTime::currentSecsSinceEpoch() - 600);
        TimeEntry e;
        e.description = name;
        e.start = start;
        e.duration = running ? -1 : 300;
        if (!running)
            e.stop = start.addSecs(300);
        rig.session->createEntry(e);
        QTRY_VERIFY_WITH_TIMEOUT(f.lostAnswers == 0, 5000);
        rig.close(); // killed; meanwhile the same create reaches the server a second time
        QJsonObject twin{{QStringLiteral("description"), name},
                         {QStringLiteral("start"), start.toString(Qt::ISODate)},
                         {QStringLiteral("created_with"), QStringLiteral("Punchclock")}};
        twin.insert(QStringLiteral("duration"), running ? 0 : 300); // a running twin was stopped by the other
        if (!running)
            twin.insert(QStringLiteral("stop"), start.addSecs(300).toString(Qt::ISODate));
        rig.server->insertTimeEntry(twin);
        QCOMPARE(rig.onServer(name).size(), 2);

        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("created twice on the server")));
        rig.open();
        QVERIFY(rig.signIn());
        QVERIFY(rig.waitDrained());
        QTRY_COMPARE_WITH_TIMEOUT(rig.onServer(name).size(), 1, 5000);
        QCOMPARE(rig.onServer(name).first().value(QStringLiteral("duration")).toInteger() < 0, running);
        QSignalSpy refreshed(rig.session.get(), &TrackSession::refreshed);
        rig.session->refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(shown(rig, name), 1);
    }

    void focusChange_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("modeValue");
        for (const char *kind : {"create", "stop"})
            addModes(kind);
    }

    // Focus: an entry created through the outbox, and a task timer's stop (which creates one).
    void focusChange()
    {
        QFETCH(QString, kind);
        QFETCH(int, modeValue);
        const auto mode = static_cast<Mode>(modeValue);
        FocusRig rig;
        const qint64 workspace = rig.server->focusWorkspaceId();
        rig.setWorkspace(workspace);
        const qint64 task = rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Lost")}});
        QSignalSpy stopped(rig.timer.get(), &FocusTaskTimer::stopped);
        QSignalSpy failed(rig.timer.get(), &FocusTaskTimer::errorOccurred);
        sandbox::Faults &f = rig.server->faults();
        if (kind == QLatin1String("stop")) {
            QVERIFY(rig.timer->start(task));
            QTest::qWait(1100);
            arm(f, mode, "POST");
            rig.timer->stop();
        } else {
            FocusTimeEntry e;
            e.taskId = task;
            e.start = TrackTime::utcFromSecs(QDateTime::currentSecsSinceEpoch() - 900);
            e.duration = 120;
            arm(f, mode, "POST");
            QVERIFY(rig.sync->enqueue(OutboxOp::Kind::FocusCreate, rig.sync->allocateLocalId(),
                                      FocusEntrySender::createPayload(e)) > 0);
        }
        if (mode == Mode::Kill) {
            QTRY_VERIFY_WITH_TIMEOUT(f.lostAnswers == 0, 5000);
            rig.restart();
            rig.setWorkspace(workspace);
            rig.sync->retryNow();
        }
        QVERIFY(rig.waitDrained());
        QCOMPARE(f.lostAnswers, 0);
        QCOMPARE(rig.entriesOf(task).size(), 1);
        if (mode != Mode::Kill && kind == QLatin1String("stop")) {
            QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 5000);
            QCOMPARE(failed.count(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TstLostAnswer)
#include "tst_lostanswer.moc"
