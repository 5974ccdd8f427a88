// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/sync/LocalStore.h"
#include "app/sync/Outbox.h"
#include "app/track/TrackTime.h"

using namespace punchclock;

// The outbox on disk: what is written survives the process, in order; confirmed changes go.
class TstOutbox : public QObject
{
    Q_OBJECT

private:
    static TimeEntry entry(qint64 id, const QString &description)
    {
        TimeEntry e;
        e.id = id;
        e.workspaceId = 7;
        e.description = description;
        e.start = TrackTime::utc(QDate(2024, 5, 6), QTime(9, 0));
        e.duration = -1;
        return e;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void schemaAndWal()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QCOMPARE(store.meta(QStringLiteral("schema_version")), QString::number(LocalStore::kSchemaVersion));
        QSqlQuery q(store.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite"));
        {
            LocalStore store(path);
            QVERIFY(store.setMeta(QStringLiteral("schema_version"), QStringLiteral("99")));
        }
        LocalStore again(path);
        QVERIFY(!again.isOpen());
        QVERIFY(again.errorString().contains(QStringLiteral("newer")));
    }

    void survivesReopenInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        qint64 createSeq = 0;
        {
            LocalStore store(path);
            Outbox outbox(&store);
            const qint64 local = outbox.allocateLocalId();
            QCOMPARE(local, qint64(-1));
            createSeq = outbox.enqueue(OutboxOp::Kind::Create, entry(local, QStringLiteral("offline")));
            TimeEntry stopped = entry(local, QStringLiteral("offline"));
            stopped.stop = stopped.start.addSecs(600);
            stopped.duration = 600;
            QVERIFY(outbox.enqueue(OutboxOp::Kind::Stop, stopped) > createSeq);
            QVERIFY(outbox.enqueue(OutboxOp::Kind::Update, entry(42, QStringLiteral("renamed"))) > 0);
            QVERIFY(outbox.enqueue(OutboxOp::Kind::Delete, entry(43, QStringLiteral("gone"))) > 0);
            QCOMPARE(outbox.count(), 4);
        } // the process "ends" here

        LocalStore store(path);
        Outbox outbox(&store);
        QCOMPARE(outbox.allocateLocalId(), qint64(-2)); // local IDs are never reused
        const QList<OutboxOp> ops = outbox.pending();
        QCOMPARE(ops.size(), 4);
        QCOMPARE(ops.at(0).kind, OutboxOp::Kind::Create);
        QCOMPARE(ops.at(0).entryId, qint64(-1));
        QCOMPARE(ops.at(0).entry.description.value_or(QString()), QStringLiteral("offline"));
        QCOMPARE(ops.at(0).entry.start, entry(0, {}).start);
        QVERIFY(ops.at(0).entry.isRunning());
        QCOMPARE(ops.at(1).kind, OutboxOp::Kind::Stop);
        QCOMPARE(ops.at(1).entry.stop.value_or(QDateTime()), entry(0, {}).start.addSecs(600));
        QCOMPARE(ops.at(2).kind, OutboxOp::Kind::Update);
        QCOMPARE(ops.at(2).entryId, qint64(42));
        QCOMPARE(ops.at(3).kind, OutboxOp::Kind::Delete);
        QVERIFY(ops.at(0).seq < ops.at(1).seq && ops.at(1).seq < ops.at(2).seq &&
                ops.at(2).seq < ops.at(3).seq);
        QCOMPARE(outbox.pendingDeletes(), QSet<qint64>{43});

        // The create is confirmed as server entry 500: the later stop follows, atomically.
        QVERIFY(outbox.markAttempt(ops.at(0).seq));
        QVERIFY(outbox.confirmCreate(ops.at(0).seq, -1, 500));
        QCOMPARE(outbox.resolve(-1), qint64(500));
        QCOMPARE(outbox.localIdOf(500).value_or(0), qint64(-1));
        QVERIFY(outbox.confirm(ops.at(2).seq));
        // A change queued later with the stale local ID goes to the server ID too.
        QVERIFY(outbox.enqueue(OutboxOp::Kind::Update, entry(-1, QStringLiteral("late"))) > 0);
    }

    void confirmedOpsStayGone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        {
            LocalStore store(path);
            Outbox outbox(&store);
            const qint64 a = outbox.enqueue(OutboxOp::Kind::Create, entry(-1, QStringLiteral("a")));
            outbox.enqueue(OutboxOp::Kind::Stop, entry(-1, QStringLiteral("a")));
            outbox.enqueue(OutboxOp::Kind::Update, entry(9, QStringLiteral("b")));
            QVERIFY(outbox.confirmCreate(a, -1, 77));
            QCOMPARE(outbox.head()->kind, OutboxOp::Kind::Stop);
        }
        LocalStore store(path);
        Outbox outbox(&store);
        const QList<OutboxOp> ops = outbox.pending();
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.at(0).kind, OutboxOp::Kind::Stop);
        QCOMPARE(ops.at(0).entryId, qint64(77)); // remapped on disk
        QCOMPARE(ops.at(0).entry.id, qint64(77));
        QCOMPARE(ops.at(1).entryId, qint64(9));
        QCOMPARE(outbox.dropEntry(77).size(), 1);
        QCOMPARE(outbox.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TstOutbox)
#include "tst_outbox.moc"
