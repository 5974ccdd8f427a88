// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/FocusRig.h"

#include "app/focus/FocusJson.h"
#include "app/models/FocusTaskModel.h"
#include "app/session/FocusSession.h"
#include "app/sync/FocusEntrySender.h"
#include "app/sync/Outbox.h"
#include "app/track/TrackTime.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace punchclock;

// Issue #9 for Toggl Focus: changes queued under one API key and organization belong to them.
// While another key or organization is set up they are kept (and the user is told), never sent
// to it; once the first one is back they reach it exactly once.
class TstFocusAccount : public QObject
{
    Q_OBJECT

    static int writes(const sandbox::SandboxServer &server)
    {
        return server.countRequests("POST") + server.countRequests("PATCH") + server.countRequests("PUT") +
               server.countRequests("DELETE");
    }

    static int focusRowsInStore(LocalStore *store)
    {
        QSqlQuery q(store->db());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE product = 1")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void queuedChangesWaitForTheirAccount_data()
    {
        QTest::addColumn<QString>("otherKey");
        QTest::addColumn<qint64>("otherOrganization");
        QTest::newRow("another organization") << QString() << qint64(2);
        QTest::newRow("another key") << QStringLiteral("another-focus-key") << qint64(1);
    }

    void queuedChangesWaitForTheirAccount()
    {
        QFETCH(QString, otherKey);
        QFETCH(qint64, otherOrganization);
        FocusRig rig;
        const QString key = rig.server->focusKey();
        if (otherKey.isEmpty())
            otherKey = key;
        const qint64 task =
            rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Account A")}});
        const qint64 existing = rig.server->insertFocusTimeEntry(
            {{QStringLiteral("task_id"), task},
             {QStringLiteral("start"), TrackTime::format(TrackTime::utc(QDate(2024, 5, 1), QTime(9, 0)))},
             {QStringLiteral("duration"), 600}});
        rig.openSession(key, 1);
        QAbstractItemModelTester tasksTester(rig.session->tasks());
        QAbstractItemModelTester entriesTester(rig.session->entries());
        QVERIFY(rig.loadTasks());
        QSignalSpy entriesLoaded(rig.session.get(), &FocusSession::entriesLoaded);
        rig.session->selectTask(task);
        QVERIFY(entriesLoaded.wait(10000));

        // Offline under A: a timer stop and an edit wait in the outbox.
        rig.stopServer();
        FocusTaskTimer *timer = rig.session->timer();
        QVERIFY(timer->start(task));
        QTest::qWait(1100);
        timer->stop();
        FocusTimeEntryModel *entries = rig.session->entries();
        QVERIFY(
            entries->setData(entries->index(entries->rowOf(existing), FocusTimeEntryModel::DurationColumn),
                             QStringLiteral("25m")));
        QCOMPARE(rig.sessionSync->pendingCount(), 2);
        const qint64 stopped =
            FocusEntrySender::entryOf(rig.sessionSync->outbox()->head().value()).duration.value_or(-1);
        QVERIFY(stopped >= 1);

        // Settings → Toggl Focus: another key or organization, applied at once.
        rig.startServer();
        QSignalSpy waiting(rig.session.get(), &FocusSession::otherAccountChangesChanged);
        rig.session->configure(otherKey, otherOrganization, 0, rig.serverUrl());
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().at(0).toInt(), 2);
        // Another key of the same organization (a regenerated one?) may be sent with, if asked.
        QCOMPARE(waiting.first().at(2).toInt(), otherOrganization == 1 ? 2 : 0);
        const QString message = waiting.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("2 unsent")) &&
                     message.contains(QLatin1String("organization 1")),
                 qPrintable(message));
        rig.session->connectAndLoad(); // the sandbox refuses B (401 or 403): whatever B does, not A's changes
        QTest::qWait(1500);
        QCOMPARE(writes(*rig.server), 0);
        QCOMPARE(rig.sessionSync->pendingCount(), 0); // B has none
        QCOMPARE(rig.sessionSync->otherAccountChangeCount(), 2);

        // Quit and start again under B: still kept, and still said.
        rig.restart();
        rig.openSession(otherKey, otherOrganization);
        QCOMPARE(rig.sessionSync->otherAccountChangeCount(), 2);
        QCOMPARE(focusRowsInStore(rig.store.get()), 2);
        rig.session->connectAndLoad();
        QTest::qWait(800);
        QCOMPARE(writes(*rig.server), 0);
        QCOMPARE(rig.entriesOf(task).size(), 1);
        QCOMPARE(rig.server->focusTimeEntry(existing).value(QStringLiteral("duration")).toInt(), 600);

        // Back to A: both go, once.
        QSignalSpy waitingAgain(rig.session.get(), &FocusSession::otherAccountChangesChanged);
        rig.session->configure(key, 1, 0, rig.serverUrl());
        QCOMPARE(waitingAgain.size(), 1);
        QCOMPARE(waitingAgain.first().at(0).toInt(), 0);
        QCOMPARE(rig.sessionSync->pendingCount(), 2);
        QVERIFY(rig.loadTasks());
        QVERIFY(rig.waitDrained());
        QTest::qWait(300);
        QCOMPARE(rig.server->countRequests("POST", QStringLiteral("/time-entries")), 1);
        const QList<QJsonObject> onServer = rig.entriesOf(task);
        QCOMPARE(onServer.size(), 2);
        QCOMPARE(rig.server->focusTimeEntry(existing).value(QStringLiteral("duration")).toInt(), 1500);
        int created = 0;
        for (const QJsonObject &o : onServer) {
            if (o.value(QStringLiteral("id")).toInteger() != existing) {
                ++created;
                QCOMPARE(o.value(QStringLiteral("duration")).toInteger(), stopped);
            }
        }
        QCOMPARE(created, 1);
        QCOMPARE(focusRowsInStore(rig.store.get()), 0);
        QCOMPARE(rig.sessionSync->otherAccountChangeCount(), 0);
    }

    // A regenerated key: what was made with the old one waits until the user says to send it with
    // the new one, and goes once; another organization's changes still wait.
    void sameOrganizationChangesGoWithThisKeyWhenAsked()
    {
        FocusRig rig;
        const QString key = rig.server->focusKey();
        const qint64 task =
            rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Regenerated")}});
        rig.stopServer(); // offline: both stops wait in the outbox
        rig.openSession(key, 2);
        const auto trackASecond = [&rig, task] {
            QVERIFY(rig.session->timer()->start(task));
            QTest::qWait(1100);
            rig.session->timer()->stop();
        };
        trackASecond();
        rig.session->configure(QStringLiteral("old-focus-key"), 1, 0, rig.serverUrl());
        trackASecond();
        QCOMPARE(rig.sessionSync->pendingCount(), 1);

        rig.startServer();
        QSignalSpy waiting(rig.session.get(), &FocusSession::otherAccountChangesChanged);
        rig.session->configure(key, 1, 0, rig.serverUrl());
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().at(0).toInt(), 2);
        QCOMPARE(waiting.first().at(2).toInt(), 1);
        QVERIFY(rig.loadTasks());
        QTest::qWait(500);
        QCOMPARE(writes(*rig.server), 0); // not without the user's word

        QCOMPARE(rig.session->sendWaitingWithThisKey(), 1);
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.last().at(0).toInt(), 1);
        QCOMPARE(waiting.last().at(2).toInt(), 0);
        QVERIFY(rig.waitDrained());
        QTest::qWait(300);
        QCOMPARE(rig.server->countRequests("POST", QStringLiteral("/time-entries")), 1);
        QCOMPARE(rig.entriesOf(task).size(), 1);
        QCOMPARE(rig.sessionSync->otherAccountChangeCount(), 1); // organization 2's
        QCOMPARE(rig.session->sendWaitingWithThisKey(), 0);
        QCOMPARE(focusRowsInStore(rig.store.get()), 1);
    }

    // The database holds the organization and a fingerprint, never the key.
    void keyIsNotStored()
    {
        FocusRig rig;
        const QString secret = QStringLiteral("focus-key-that-must-not-be-on-disk");
        rig.openSession(secret, 1);
        rig.stopServer();
        const qint64 task = 42000001;
        QVERIFY(rig.session->timer()->start(task));
        rig.session->timer()->stop();
        QCOMPARE(rig.sessionSync->pendingCount(), 1);
        const QString account = rig.sessionSync->account();
        QVERIFY(account.startsWith(QLatin1String("1:")));
        QVERIFY(!account.contains(secret));
        rig.close();
        const QString path = rig.dir.filePath(QStringLiteral("punchclock.sqlite"));
        for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains(
                         QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex()),
                     qPrintable(file));
        }
    }

    // A database of schema 3 (no account column) moves to 4; its unsent Focus changes go to the
    // first account set up, as before.
    void migratesSchema3AndKeepsItsChanges()
    {
        FocusRig rig;
        rig.close();
        const QString path = rig.dir.filePath(QStringLiteral("punchclock.sqlite"));
        const qint64 task =
            rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Migrated")}});
        FocusTimeEntry queued;
        queued.id = -1;
        queued.taskId = task;
        queued.start = TrackTime::utc(QDate(2024, 5, 2), QTime(9, 0));
        queued.duration = 42;
        queued.type = QStringLiteral("activity");
        {
            QFile::remove(path);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : {"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
                                    "INSERT INTO meta VALUES ('schema_version', '3')",
                                    "INSERT INTO meta VALUES ('next_local_id', '-2')",
                                    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind "
                                    "INTEGER NOT NULL, entry_id "
                                    "INTEGER NOT NULL, payload TEXT NOT NULL, attempts INTEGER NOT NULL "
                                    "DEFAULT 0, last_error TEXT, "
                                    "created_at INTEGER NOT NULL, product INTEGER NOT NULL DEFAULT 0)",
                                    "CREATE INDEX outbox_entry ON outbox(entry_id)",
                                    "CREATE INDEX outbox_product ON outbox(product, seq)",
                                    "CREATE TABLE id_map (local_id INTEGER PRIMARY KEY, server_id INTEGER "
                                    "NOT NULL, product INTEGER "
                                    "NOT NULL DEFAULT 0)",
                                    "CREATE TABLE entries (id INTEGER PRIMARY KEY, json TEXT NOT NULL)",
                                    "CREATE TABLE related_cache (list TEXT PRIMARY KEY, json TEXT NOT NULL, "
                                    "saved_at INTEGER NOT "
                                    "NULL)"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            q.prepare(QStringLiteral("INSERT INTO outbox (kind, product, entry_id, payload, created_at) "
                                     "VALUES (20, 1, -1, ?, ?)"));
            q.addBindValue(QString::fromUtf8(
                QJsonDocument(FocusEntrySender::createPayload(queued, QStringLiteral("timer"))).toJson()));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        rig.open();
        QVERIFY2(rig.store->isOpen(), qPrintable(rig.store->errorString()));
        QCOMPARE(rig.store->meta(QStringLiteral("schema_version")),
                 QString::number(LocalStore::kSchemaVersion));
        {
            QSqlQuery q(rig.store->db());
            QVERIFY(q.exec(QStringLiteral("SELECT account FROM outbox")) && q.next());
            QCOMPARE(q.value(0).toString(), QString()); // no account known yet
        }
        rig.openSession(rig.server->focusKey(), 1);
        QCOMPARE(rig.sessionSync->pendingCount(), 1); // adopted by the first account set up
        QVERIFY(rig.loadTasks());
        QVERIFY(rig.waitDrained());
        QCOMPARE(rig.entriesOf(task).size(), 1);
        QCOMPARE(rig.entriesOf(task).first().value(QStringLiteral("duration")).toInt(), 42);
    }
};

QTEST_GUILESS_MAIN(TstFocusAccount)
#include "tst_focusaccount.moc"
