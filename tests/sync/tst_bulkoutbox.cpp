// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/FocusRig.h"
#include "tests/sync/SyncRig.h"

#include "app/bulk/BulkDeleteRunner.h"
#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/FocusBulkEditor.h"
#include "app/bulk/TrackBulkEditor.h"
#include "app/focus/FocusJson.h"
#include "app/sync/Outbox.h"
#include "app/track/TrackTime.h"
#include "tests/support/BulkRunWait.h"

using namespace punchclock;

namespace {

qint64 addEntry(sandbox::SandboxServer *server, const QString &description, int hoursAgo)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600);
    return server->insertTimeEntry({{QStringLiteral("description"), description},
                                    {QStringLiteral("start"), TrackTime::format(start)},
                                    {QStringLiteral("duration"), 300}});
}

using punchclock::test::runToEnd;

int countDescription(sandbox::SandboxServer *server, const QString &description)
{
    int n = 0;
    for (const QJsonValue &v : server->timeEntries())
        n += v.toObject().value(QStringLiteral("description")).toString() == description;
    return n;
}

} // namespace

// Issue #9 for bulk edits: each bulk request is an outbox row (≤100 IDs) written before it is
// sent; offline the rows wait (across a restart) and reach the server once it is back; cancel
// drops the rows not yet sent.
class TstBulkOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void thousandEntriesAreTenQueuedRequests()
    {
        SyncRig rig;
        for (int i = 0; i < 1000; ++i)
            addEntry(rig.server.get(), QStringLiteral("e%1").arg(i), 1 + i % 200);
        QVERIFY(rig.signIn());
        QCOMPARE(rig.model()->entries().size(), 1000);
        TrackBulkEditor editor(rig.session.get());
        BulkEditChoices c;
        c.description = QStringLiteral("Bulk");
        BulkEditRunner *runner = editor.edit(rig.model()->entries(), c);
        rig.server->clearRequests();
        int queuedAtStart = -1;
        const auto [result, error] = runToEnd(runner, [&](int done) {
            if (done == 0)
                queuedAtStart = rig.session->outbox()->count();
        });
        QCOMPARE(queuedAtStart, 10); // all written before the first request left
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.success.size(), 1000);
        QCOMPARE(result.batchesDone, 10);
        QCOMPARE(rig.server->countRequests("PATCH"), 10);
        QCOMPARE(countDescription(rig.server.get(), QStringLiteral("Bulk")), 1000);
        QCOMPARE(rig.session->pendingChangeCount(), 0);
    }

    void offlineBulkEditAndDeleteSurviveRestart()
    {
        SyncRig rig;
        QList<qint64> ids;
        for (int i = 0; i < 150; ++i)
            ids.append(addEntry(rig.server.get(), QStringLiteral("o%1").arg(i), 1 + i));
        QVERIFY(rig.signIn());
        QList<TimeEntry> toEdit;
        QList<TimeEntry> toDelete;
        for (const TimeEntry &e : rig.model()->entries())
            (toDelete.size() < 3 && e.description.value_or(QString()) >= QStringLiteral("o5") ? toDelete
                                                                                              : toEdit)
                .append(e);
        QCOMPARE(toDelete.size(), 3);

        rig.server->faults().dropConnections = 1000000; // the network is gone
        TrackBulkEditor editor(rig.session.get());
        BulkEditChoices c;
        c.description = QStringLiteral("Offline bulk");
        const auto [edited, editError] = runToEnd(editor.edit(toEdit, c));
        QVERIFY(!editError.isEmpty()); // the dialog says it is waiting...
        QCOMPARE(edited.unconfirmed.size(), 147);
        const auto [deleted, deleteError] = runToEnd(editor.remove(toDelete));
        QVERIFY(!deleteError.isEmpty());
        QCOMPARE(rig.session->pendingChangeCount(), 2 + 3); // ...and nothing is lost

        rig.restart(); // the app restarts, still offline
        QCOMPARE(rig.session->pendingChangeCount(), 5);
        QCOMPARE(rig.model()->entries().size(), 147); // the queued changes are shown on the cache
        for (const TimeEntry &e : rig.model()->entries())
            QCOMPARE(e.description.value_or(QString()), QStringLiteral("Offline bulk"));
        rig.server->faults().dropConnections = 0;
        QVERIFY(rig.signIn());
        QVERIFY(rig.waitDrained());
        QCOMPARE(countDescription(rig.server.get(), QStringLiteral("Offline bulk")), 147);
        QCOMPARE(rig.server->timeEntries().size(), 147);
        int answeredPatches = 0; // the dropped attempts do not count
        for (const sandbox::RecordedRequest &r : rig.server->requests())
            answeredPatches += r.method == "PATCH" && r.status != 0;
        QCOMPARE(answeredPatches, 2);
    }

    // A bulk edit queued offline shows at once, so a later single edit (a PUT of the whole entry
    // as shown) carries it and does not undo it when both are replayed.
    void offlineBulkEditIsShownAndKeptBySingleEdits()
    {
        SyncRig rig;
        const qint64 a = addEntry(rig.server.get(), QStringLiteral("bulk a"), 1);
        const qint64 b = addEntry(rig.server.get(), QStringLiteral("bulk b"), 2);
        QVERIFY(rig.signIn());
        const QList<TimeEntry> both{*rig.find(QStringLiteral("bulk a")), *rig.find(QStringLiteral("bulk b"))};

        rig.server->faults().dropConnections = 1000000; // the network is gone
        TrackBulkEditor editor(rig.session.get());
        BulkEditChoices c;
        c.tagMode = BulkEditChoices::TagMode::Add;
        c.tags = {QStringLiteral("x")};
        const auto [result, error] = runToEnd(editor.edit(both, c));
        QVERIFY(!error.isEmpty());
        QCOMPARE(result.unconfirmed.size(), 2);
        const auto tagsOf = [&rig](qint64 id) {
            const int row = rig.model()->rowOf(id);
            return row < 0 ? QStringList() : rig.model()->entry(row)->tags.value_or(QStringList());
        };
        QCOMPARE(tagsOf(a), QStringList{QStringLiteral("x")}); // shown at once
        QCOMPARE(tagsOf(b), QStringList{QStringLiteral("x")});

        QVERIFY(rig.editDescription(a, QStringLiteral("bulk a edited")));
        QCOMPARE(rig.session->pendingChangeCount(), 2); // the PATCH, then the PUT

        rig.server->faults().dropConnections = 0; // back
        QVERIFY(rig.waitDrained());
        const QJsonObject serverA = rig.server->timeEntry(a);
        QCOMPARE(serverA.value(QStringLiteral("description")).toString(), QStringLiteral("bulk a edited"));
        QCOMPARE(serverA.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("x")});
        QCOMPARE(rig.server->timeEntry(b).value(QStringLiteral("tags")).toArray(),
                 QJsonArray{QStringLiteral("x")});
        QTest::qWait(300); // the refresh after reconnecting keeps them too
        QCOMPARE(tagsOf(a), QStringList{QStringLiteral("x")});
        QCOMPARE(tagsOf(b), QStringList{QStringLiteral("x")});
    }

    // An entry created while offline has no server ID yet: the bulk change still reaches it.
    void offlineBulkEditReachesAnEntryCreatedOffline()
    {
        SyncRig rig;
        addEntry(rig.server.get(), QStringLiteral("on server"), 2);
        QVERIFY(rig.signIn());
        rig.server->faults().dropConnections = 1000000; // the network is gone
        TimeEntry draft;
        draft.description = QStringLiteral("made offline");
        draft.start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        draft.stop = QDateTime::currentDateTimeUtc().addSecs(-1800);
        draft.duration = 1800;
        rig.session->createEntry(draft);
        QTRY_VERIFY(rig.find(QStringLiteral("made offline")) != nullptr);
        const TimeEntry local = *rig.find(QStringLiteral("made offline"));
        QVERIFY(local.id < 0);

        TrackBulkEditor editor(rig.session.get());
        BulkEditChoices c;
        c.tagMode = BulkEditChoices::TagMode::Add;
        c.tags = {QStringLiteral("y")};
        runToEnd(editor.edit({local, *rig.find(QStringLiteral("on server"))}, c));
        QCOMPARE(rig.find(QStringLiteral("made offline"))->tags.value_or(QStringList()),
                 QStringList{QStringLiteral("y")}); // shown at once

        rig.server->faults().dropConnections = 0; // back
        QVERIFY(rig.waitDrained());
        int tagged = 0;
        for (const QJsonValue &v : rig.server->timeEntries()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("description")).toString() == QStringLiteral("made offline")) {
                QCOMPARE(o.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("y")});
                ++tagged;
            }
        }
        QCOMPARE(tagged, 1);
        QCOMPARE(countDescription(rig.server.get(), QStringLiteral("made offline")), 1);
    }

    void cancelDropsTheUnsentRows()
    {
        SyncRig rig;
        for (int i = 0; i < 300; ++i)
            addEntry(rig.server.get(), QStringLiteral("c%1").arg(i), 1 + i % 100);
        QVERIFY(rig.signIn());
        TrackBulkEditor editor(rig.session.get());
        BulkEditChoices c;
        c.description = QStringLiteral("Cancelled");
        BulkEditRunner *runner = editor.edit(rig.model()->entries(), c);
        const auto [result, error] = runToEnd(runner, [runner](int done) {
            if (done == 1)
                runner->cancel();
        });
        QVERIFY(result.cancelled);
        QCOMPARE(result.success.size(), 100);
        QCOMPARE(result.unconfirmed.size(), 200);
        QCOMPARE(rig.session->pendingChangeCount(), 0); // gone from the outbox
        QTest::qWait(200);
        QCOMPARE(countDescription(rig.server.get(), QStringLiteral("Cancelled")), 100);
        int shown = 0; // the withdrawn entries show their previous description again
        for (const TimeEntry &e : rig.model()->entries())
            shown += e.description == QStringLiteral("Cancelled");
        QCOMPARE(shown, 100);
    }

    // An entry the server refuses when the queued bulk edit is finally sent gets its previous copy
    // back, with the server's message on its row; the others keep the change.
    void refusedEntryOfAQueuedBulkEditIsRestored()
    {
        SyncRig rig;
        const qint64 a = addEntry(rig.server.get(), QStringLiteral("refused a"), 1);
        const qint64 b = addEntry(rig.server.get(), QStringLiteral("refused b"), 2);
        QVERIFY(rig.signIn());
        const QList<TimeEntry> both{*rig.find(QStringLiteral("refused a")),
                                    *rig.find(QStringLiteral("refused b"))};

        rig.server->faults().dropConnections = 1000000;
        TrackBulkEditor editor(rig.session.get());
        BulkEditChoices c;
        c.tagMode = BulkEditChoices::TagMode::Add;
        c.tags = {QStringLiteral("x")};
        QVERIFY(!runToEnd(editor.edit(both, c)).second.isEmpty());
        QVERIFY(rig.find(QStringLiteral("refused a"))->tags);

        rig.server->faults().rejectIds.insert(a, QStringLiteral("Entry is locked"));
        rig.server->faults().dropConnections = 0;
        QVERIFY(rig.waitDrained());
        const int rowA = rig.model()->rowOf(a);
        QVERIFY(rowA >= 0);
        QCOMPARE(rig.model()->entry(rowA)->tags.value_or(QStringList()), QStringList());
        QVERIFY(rig.model()
                    ->index(rowA, 0)
                    .data(TimeEntryModel::ErrorRole)
                    .toString()
                    .contains(QStringLiteral("Entry is locked")));
        QCOMPARE(rig.model()->entry(rig.model()->rowOf(b))->tags.value_or(QStringList()),
                 QStringList{QStringLiteral("x")});
    }

    // A bulk delete hides the rows at once, also while offline.
    void offlineBulkDeleteHidesTheRowsAtOnce()
    {
        SyncRig rig;
        const qint64 a = addEntry(rig.server.get(), QStringLiteral("gone a"), 1);
        addEntry(rig.server.get(), QStringLiteral("stays b"), 2);
        QVERIFY(rig.signIn());
        rig.server->faults().dropConnections = 1000000;
        TrackBulkEditor editor(rig.session.get());
        QVERIFY(!runToEnd(editor.remove({*rig.find(QStringLiteral("gone a"))})).second.isEmpty());
        QVERIFY(!rig.find(QStringLiteral("gone a")));
        QVERIFY(rig.find(QStringLiteral("stays b")));
        rig.server->faults().dropConnections = 0;
        QVERIFY(rig.waitDrained());
        QVERIFY(rig.server->timeEntry(a).isEmpty());
        QTest::qWait(300); // the refresh after reconnecting does not bring it back
        QVERIFY(!rig.find(QStringLiteral("gone a")));
    }

    void focusBulkEditWaitsOfflineAndAppliesOnce()
    {
        FocusRig rig;
        const qint64 workspace = rig.server->focusWorkspaceId();
        rig.setWorkspace(workspace);
        const qint64 task = rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Bulk")}});
        QList<FocusTimeEntry> entries;
        for (int i = 0; i < 120; ++i) {
            const QDateTime start = TrackTime::utc(QDate(2024, 6, 1), QTime(8, 0)).addSecs(i * 3600);
            const qint64 id =
                rig.server->insertFocusTimeEntry({{QStringLiteral("task_id"), task},
                                                  {QStringLiteral("start"), TrackTime::format(start)},
                                                  {QStringLiteral("duration"), 60},
                                                  {QStringLiteral("type"), QStringLiteral("activity")}});
            entries.append(FocusJson::entryFromJson(rig.server->focusTimeEntry(id)));
        }
        rig.stopServer();
        {
            FocusBulkEditor editor(rig.api.get());
            editor.setSync(rig.sync.get());
            FocusBulkChoices choices;
            choices.type = QStringLiteral("break");
            BulkJob *job = editor.edit(entries, choices);
            QVERIFY(job);
            QSignalSpy finished(job, &BulkJob::finished);
            job->start();
            QVERIFY(!finished.isEmpty() || finished.wait(10000));
            QCOMPARE(finished.first().at(0).value<BulkResult>().unconfirmed.size(), 120);
        }
        QCOMPARE(rig.sync->pendingCount(), 2); // 100 + 20
        rig.restart();
        rig.setWorkspace(workspace);
        rig.startServer();
        rig.sync->retryNow();
        QVERIFY(rig.waitDrained());
        for (const FocusTimeEntry &e : entries)
            QCOMPARE(rig.server->focusTimeEntry(e.id).value(QStringLiteral("type")).toString(),
                     QStringLiteral("break"));
    }
};

QTEST_GUILESS_MAIN(TstBulkOutbox)
#include "tst_bulkoutbox.moc"
