// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/SyncRig.h"

#include "app/sync/Outbox.h"

using namespace punchclock;

// Start, stop, edit and create with the server unreachable, then back: the sandbox ends with
// exactly the expected entries, once each, and the local IDs became the server's.
class TstOfflineSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offlineChangesReachTheServerOnce()
    {
        SyncRig rig;
        QVERIFY(rig.signIn());
        const int before = rig.server->timeEntries().size();

        rig.server->faults().dropConnections = 1000000; // the network is gone
        QSignalSpy state(rig.session.get(), &TrackSession::syncStateChanged);

        TimeEntry draft;
        draft.description = QStringLiteral("offline A");
        rig.session->startEntry(draft);
        const TimeEntry *a = rig.find(QStringLiteral("offline A"));
        QVERIFY(a);
        QVERIFY(a->id < 0); // shown at once, with a local ID
        QVERIFY(a->isRunning());
        const QDateTime aStart = a->start;
        QTest::qWait(1100);
        rig.session->stopEntry(*rig.find(QStringLiteral("offline A")));
        const TimeEntry aStopped = *rig.find(QStringLiteral("offline A"));
        QVERIFY(!aStopped.isRunning());

        TimeEntry b;
        b.description = QStringLiteral("offline B");
        b.start = QDateTime::currentDateTimeUtc().addSecs(-7200);
        b.stop = b.start.addSecs(1800);
        b.duration = 1800;
        rig.session->createEntry(b);
        QVERIFY(rig.editDescription(rig.find(QStringLiteral("offline B"))->id,
                                    QStringLiteral("offline B edited")));

        draft.description = QStringLiteral("offline C");
        rig.session->startEntry(draft);
        QVERIFY(rig.find(QStringLiteral("offline C"))->isRunning());

        QTRY_VERIFY_WITH_TIMEOUT(!rig.session->isOnline(), 5000);
        QVERIFY(rig.session->pendingChangeCount() >= 5);
        QVERIFY(!state.isEmpty());
        QCOMPARE(rig.server->timeEntries().size(), before); // nothing arrived

        rig.server->faults().dropConnections = 0; // back
        QVERIFY(rig.waitDrained());
        QTRY_VERIFY_WITH_TIMEOUT(rig.session->isOnline(), 5000);

        const QList<QJsonObject> serverA = rig.onServer(QStringLiteral("offline A"));
        QCOMPARE(serverA.size(), 1);
        QCOMPARE(secsOf(serverA.first(), "start"), aStart.toSecsSinceEpoch());
        QCOMPARE(secsOf(serverA.first(), "stop"),
                 aStopped.stop->toSecsSinceEpoch()); // the click, not the send
        QCOMPARE(rig.onServer(QStringLiteral("offline B")).size(), 0);
        const QList<QJsonObject> serverB = rig.onServer(QStringLiteral("offline B edited"));
        QCOMPARE(serverB.size(), 1);
        QCOMPARE(serverB.first().value(QStringLiteral("duration")).toInteger(), 1800);
        const QList<QJsonObject> serverC = rig.onServer(QStringLiteral("offline C"));
        QCOMPARE(serverC.size(), 1);
        QVERIFY(serverC.first().value(QStringLiteral("duration")).toInteger() < 0);
        QCOMPARE(rig.server->timeEntries().size(), before + 3);

        // The model now carries the server IDs.
        QTRY_COMPARE(rig.find(QStringLiteral("offline A"))->id,
                     serverA.first().value(QStringLiteral("id")).toInteger());
        QCOMPARE(rig.find(QStringLiteral("offline B edited"))->id,
                 serverB.first().value(QStringLiteral("id")).toInteger());
        QCOMPARE(rig.find(QStringLiteral("offline C"))->id,
                 serverC.first().value(QStringLiteral("id")).toInteger());
        for (const TimeEntry &e : rig.model()->entries())
            QVERIFY2(e.id > 0, qPrintable(e.description.value_or(QString())));
    }

    void restartWhileOfflineKeepsEverything()
    {
        SyncRig rig;
        QVERIFY(rig.signIn());
        rig.server->faults().dropConnections = 1000000;
        TimeEntry draft;
        draft.description = QStringLiteral("survives restart");
        rig.session->startEntry(draft);
        const QDateTime start = rig.find(QStringLiteral("survives restart"))->start;
        TimeEntry done;
        done.description = QStringLiteral("done offline");
        done.start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        done.stop = done.start.addSecs(600);
        done.duration = 600;
        rig.session->createEntry(done);
        rig.session->deleteEntryLater(rig.find(QStringLiteral("done offline"))->id);
        rig.session->flushDeletes();

        rig.restart(); // the process ends with everything unsent
        const TimeEntry *running = rig.find(QStringLiteral("survives restart"));
        QVERIFY(running); // in the window before any network answer
        QVERIFY(running->isRunning());
        QCOMPARE(running->start, start); // the original start, not the restart time
        QVERIFY(!rig.find(QStringLiteral("done offline")));

        rig.server->faults().dropConnections = 0;
        QVERIFY(rig.signIn());
        QVERIFY(rig.waitDrained());
        QCOMPARE(rig.onServer(QStringLiteral("survives restart")).size(), 1);
        QCOMPARE(secsOf(rig.onServer(QStringLiteral("survives restart")).first(), "start"),
                 start.toSecsSinceEpoch());
        QCOMPARE(rig.onServer(QStringLiteral("done offline")).size(), 0); // created and deleted
        QVERIFY(rig.find(QStringLiteral("survives restart"))->id > 0);
    }

    // The server created the entry but the answer was lost (a truncated body; an answer slower
    // than the client's timeout): the resend must find it, not create a second one.
    void ambiguousCreateIsNotDuplicated_data()
    {
        QTest::addColumn<int>("malformed");
        QTest::addColumn<int>("latencyMs");
        QTest::newRow("truncated body") << 1 << 0;
        QTest::newRow("answer after the timeout") << 0 << 1200;
    }

    void ambiguousCreateIsNotDuplicated()
    {
        QFETCH(int, malformed);
        QFETCH(int, latencyMs);
        SyncRig rig;
        QVERIFY(rig.signIn());
        rig.server->faults().malformedBodies = malformed;
        rig.server->faults().latencyMs = latencyMs;
        TimeEntry e;
        e.description = QStringLiteral("once only");
        e.start = QDateTime::currentDateTimeUtc().addSecs(-900);
        e.stop = e.start.addSecs(300);
        e.duration = 300;
        rig.session->createEntry(e);
        QTRY_VERIFY_WITH_TIMEOUT(rig.server->countRequests("POST") >= 1, 5000);
        QTest::qWait(latencyMs + 100);
        rig.server->faults().latencyMs = 0;
        QVERIFY(rig.waitDrained());
        QCOMPARE(rig.onServer(QStringLiteral("once only")).size(), 1);
        QCOMPARE(rig.find(QStringLiteral("once only"))->id,
                 rig.onServer(QStringLiteral("once only")).first().value(QStringLiteral("id")).toInteger());
    }

    void permanentErrorIsDroppedVisibly()
    {
        SyncRig rig;
        QVERIFY(rig.signIn());
        const qint64 id = rig.server->insertTimeEntry(
            {{QStringLiteral("description"), QStringLiteral("doomed")},
             {QStringLiteral("start"), TrackTime::format(QDateTime::currentDateTimeUtc().addSecs(-600))},
             {QStringLiteral("duration"), 60}});
        QVERIFY(rig.signIn());
        QVERIFY(rig.find(QStringLiteral("doomed")));
        // Deleted by another client meanwhile: our edit gets a 404 and must not loop.
        bool deleted = false;
        rig.api->deleteTimeEntry(rig.server->defaultWorkspaceId(), id, nullptr,
                                 [&](ApiResult<NoContent> r) { deleted = r.ok(); });
        QTRY_VERIFY(deleted);
        QSignalSpy failed(rig.session.get(), &TrackSession::editFailed);
        QVERIFY(rig.editDescription(id, QStringLiteral("doomed edit")));
        QVERIFY(failed.wait(5000));
        QVERIFY(rig.waitDrained());
        const int puts = rig.server->countRequests("PUT");
        QTest::qWait(300);
        QCOMPARE(rig.server->countRequests("PUT"), puts); // not retried
        QCOMPARE(rig.session->pendingChangeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstOfflineSync)
#include "tst_offlinesync.moc"
