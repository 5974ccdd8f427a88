// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "app/bulk/BulkDeleteRunner.h"
#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/TrackBulkEditor.h"
#include "tests/support/BulkRunWait.h"
#include "tests/support/SessionFixture.h"

using namespace punchclock;

namespace {
QStringList tagsOf(const QJsonObject &entry)
{
    QStringList tags;
    for (const QJsonValue &v : entry.value(QStringLiteral("tags")).toArray())
        tags.append(v.toString());
    tags.sort();
    return tags;
}

using punchclock::test::runToEnd;
} // namespace

class TestTrackBulkEditor : public QObject
{
    Q_OBJECT
private slots:
    void edits250EntriesInThreeRequests()
    {
        SessionFixture f;
        for (int i = 0; i < 250; ++i)
            f.addEntry(QStringLiteral("entry %1").arg(i), 1 + i % 40, 10);
        QVERIFY(f.signIn());
        const QList<TimeEntry> entries = f.session->entries()->entries();
        QCOMPARE(entries.size(), 250);
        const qint64 project = f.server->insertProject(QStringLiteral("Bulk"));

        TrackBulkEditor editor(f.session.get());
        BulkEditChoices c;
        c.description = QStringLiteral("Renamed");
        c.changeProject = true;
        c.projectId = project;
        c.billable = true;
        f.server->clearRequests();
        QSignalSpy refreshed(f.session.get(), &TrackSession::refreshed);
        const auto [result, error] = runToEnd(editor.edit(entries, c));
        QVERIFY(error.isEmpty());
        QCOMPARE(result.success.size(), 250);
        QVERIFY(result.allSucceeded());
        QCOMPARE(f.server->countRequests("PATCH", QStringLiteral("/time_entries/")), 3);
        for (const QJsonValue &v : f.server->timeEntries()) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("description")).toString(), QStringLiteral("Renamed"));
            QCOMPARE(e.value(QStringLiteral("project_id")).toInteger(), project);
            QCOMPARE(e.value(QStringLiteral("billable")).toBool(), true);
        }
        QVERIFY(refreshed.wait(5000)); // the table shows the server's state
        QCOMPARE(f.session->entries()->entries().first().description.value_or(QString()),
                 QStringLiteral("Renamed"));
        QVERIFY(editor.canUndo());
    }

    void tagsAddAndRemoveKeepTheOthers()
    {
        SessionFixture f;
        const QJsonObject tagged{
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("keep"), QStringLiteral("old")}}};
        const qint64 a = f.addEntry(QStringLiteral("a"), 1, 10, tagged);
        const qint64 b = f.addEntry(QStringLiteral("b"), 2, 10, tagged);
        QVERIFY(f.signIn());
        TrackBulkEditor editor(f.session.get());
        BulkEditChoices add;
        add.tagMode = BulkEditChoices::TagMode::Add;
        add.tags = {QStringLiteral("new")};
        QVERIFY(runToEnd(editor.edit(f.session->entries()->entries(), add)).first.allSucceeded());
        QCOMPARE(tagsOf(f.server->timeEntry(a)),
                 (QStringList{QStringLiteral("keep"), QStringLiteral("new"), QStringLiteral("old")}));
        BulkEditChoices remove;
        remove.tagMode = BulkEditChoices::TagMode::Remove;
        remove.tags = {QStringLiteral("old")};
        QVERIFY(runToEnd(editor.edit(f.session->entries()->entries(), remove)).first.allSucceeded());
        QCOMPARE(tagsOf(f.server->timeEntry(a)),
                 (QStringList{QStringLiteral("keep"), QStringLiteral("new")}));
        QCOMPARE(tagsOf(f.server->timeEntry(b)),
                 (QStringList{QStringLiteral("keep"), QStringLiteral("new")}));
        QCOMPARE(f.server->timeEntry(b).value(QStringLiteral("description")).toString(), QStringLiteral("b"));
    }

    void rejectedIdsAreReportedAndTheRestChanged()
    {
        SessionFixture f;
        QList<qint64> ids;
        for (int i = 0; i < 120; ++i)
            ids.append(f.addEntry(QStringLiteral("e%1").arg(i), 1 + i % 30, 5));
        f.server->faults().rejectIds.insert(ids.at(3), QStringLiteral("Entry is locked"));
        f.server->faults().rejectIds.insert(ids.at(110), QStringLiteral("No access"));
        QVERIFY(f.signIn());
        TrackBulkEditor editor(f.session.get());
        BulkEditChoices c;
        c.description = QStringLiteral("Changed");
        const auto [result, error] = runToEnd(editor.edit(f.session->entries()->entries(), c));
        QVERIFY(error.isEmpty());
        QCOMPARE(result.failure.size(), 2);
        QCOMPARE(result.success.size(), 118);
        for (const BulkFailure &fail : result.failure)
            QCOMPARE(fail.message, f.server->faults().rejectIds.value(fail.id));
        for (qint64 id : ids) {
            const QString d = f.server->timeEntry(id).value(QStringLiteral("description")).toString();
            QCOMPARE(d == QStringLiteral("Changed"), !f.server->faults().rejectIds.contains(id));
        }
    }

    void cancelAfterFirstBatchLeavesTheRest()
    {
        SessionFixture f;
        for (int i = 0; i < 250; ++i)
            f.addEntry(QStringLiteral("e%1").arg(i), 1 + i % 40, 5);
        QVERIFY(f.signIn());
        TrackBulkEditor editor(f.session.get());
        BulkEditChoices c;
        c.description = QStringLiteral("Changed");
        BulkEditRunner *runner = editor.edit(f.session->entries()->entries(), c);
        const auto [result, error] = runToEnd(runner, [runner](int done) {
            if (done == 1)
                runner->cancel();
        });
        QVERIFY(result.cancelled);
        QCOMPARE(result.success.size(), 100);
        QCOMPARE(result.unconfirmed.size(), 150);
        QCOMPARE(f.server->countRequests("PATCH"), 1);
        int changed = 0;
        for (const QJsonValue &v : f.server->timeEntries())
            changed +=
                v.toObject().value(QStringLiteral("description")).toString() == QStringLiteral("Changed");
        QCOMPARE(changed, 100);
    }

    void undoRestoresPreviousValues()
    {
        SessionFixture f;
        const qint64 p1 = f.server->insertProject(QStringLiteral("P1"));
        const qint64 p2 = f.server->insertProject(QStringLiteral("P2"));
        const qint64 a = f.addEntry(
            QStringLiteral("alpha"), 3, 30,
            {{QStringLiteral("project_id"), p1}, {QStringLiteral("tags"), QJsonArray{QStringLiteral("t1")}}});
        const qint64 b = f.addEntry(QStringLiteral("beta"), 5, 45, {{QStringLiteral("billable"), true}});
        QVERIFY(f.signIn());
        const QJsonObject beforeA = f.server->timeEntry(a);
        const QJsonObject beforeB = f.server->timeEntry(b);
        TrackBulkEditor editor(f.session.get());
        BulkEditChoices c;
        c.description = QStringLiteral("gamma");
        c.changeProject = true;
        c.projectId = p2;
        c.tagMode = BulkEditChoices::TagMode::Replace;
        c.tags = {QStringLiteral("z")};
        c.billable = false;
        c.shiftSeconds = -(86400 + 3600 + 15 * 60);
        QVERIFY(runToEnd(editor.edit(f.session->entries()->entries(), c)).first.allSucceeded());
        QCOMPARE(f.server->timeEntry(a).value(QStringLiteral("description")).toString(),
                 QStringLiteral("gamma"));
        QCOMPARE(f.server->timeEntry(a).value(QStringLiteral("duration")).toInteger(), 30 * 60);
        QCOMPARE(TrackTime::parse(f.server->timeEntry(b).value(QStringLiteral("start")).toString())
                     .value_or(QDateTime()),
                 TrackTime::parse(beforeB.value(QStringLiteral("start")).toString())
                     .value_or(QDateTime())
                     .addSecs(c.shiftSeconds));
        QSignalSpy undoChanged(&editor, &TrackBulkEditor::undoAvailableChanged);
        BulkEditRunner *undo = editor.undo();
        QVERIFY(undo);
        QVERIFY(!editor.canUndo());
        QVERIFY(runToEnd(undo).first.allSucceeded());
        for (const auto &[id, before] : {std::pair{a, beforeA}, std::pair{b, beforeB}}) {
            const QJsonObject now = f.server->timeEntry(id);
            for (const char *key : {"description", "project_id", "billable", "start", "stop", "duration"})
                QCOMPARE(now.value(QLatin1String(key)), before.value(QLatin1String(key)));
            QCOMPARE(tagsOf(now), tagsOf(before));
        }
    }

    void deleteSendsOneDeletePerEntry()
    {
        SessionFixture f;
        for (int i = 0; i < 7; ++i)
            f.addEntry(QStringLiteral("d%1").arg(i), 1 + i, 5);
        const qint64 keep = f.addEntry(QStringLiteral("keep"), 20, 5);
        QVERIFY(f.signIn());
        QList<TimeEntry> doomed;
        for (const TimeEntry &e : f.session->entries()->entries()) {
            if (e.id != keep)
                doomed.append(e);
        }
        TrackBulkEditor editor(f.session.get());
        f.server->clearRequests();
        const auto [result, error] = runToEnd(editor.remove(doomed));
        QCOMPARE(result.success.size(), 7);
        QCOMPARE(f.server->countRequests("DELETE"), 7);
        QCOMPARE(f.server->timeEntries().size(), 1);
        QVERIFY(!f.server->timeEntry(keep).isEmpty());
    }

    void deleteCanBeCancelled()
    {
        SessionFixture f;
        for (int i = 0; i < 6; ++i)
            f.addEntry(QStringLiteral("d%1").arg(i), 1 + i, 5);
        QVERIFY(f.signIn());
        TrackBulkEditor editor(f.session.get());
        BulkDeleteRunner *runner = editor.remove(f.session->entries()->entries());
        const auto [result, error] = runToEnd(runner, [runner](int done) {
            if (done == 2)
                runner->cancel();
        });
        QVERIFY(result.cancelled);
        QCOMPARE(result.success.size(), 2);
        QCOMPARE(result.unconfirmed.size(), 4);
        QCOMPARE(f.server->timeEntries().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestTrackBulkEditor)
#include "tst_trackbulkeditor.moc"
