// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "app/api/ApiTransport.h"
#include "app/api/FocusApi.h"
#include "app/bulk/FocusBulkEditor.h"
#include "app/track/TrackTime.h"
#include "tests/support/SandboxFixture.h"

using namespace punchclock;

class TestFocusBulkEditor : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<FocusApi> m_api;
    qint64 m_taskA = 0;
    qint64 m_taskB = 0;

    qint64 addEntry(qint64 task, const QDateTime &start)
    {
        return m_server->insertFocusTimeEntry({{QStringLiteral("task_id"), task},
                                               {QStringLiteral("start"), TrackTime::format(start)},
                                               {QStringLiteral("duration"), 600},
                                               {QStringLiteral("type"), QStringLiteral("activity")}});
    }
    QList<FocusTimeEntry> entriesOf(qint64 task)
    {
        QList<FocusTimeEntry> out;
        bool done = false;
        m_api->listTaskTimeEntries(task, FocusEntryQuery{}, nullptr, [&](ApiResult<QList<FocusTimeEntry>> r) {
            if (r.value)
                out = *r.value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no answer");
        return out;
    }
    // Starts the editor's run and waits for its result.
    static BulkResult wait(BulkJob *job)
    {
        QSignalSpy finished(job, &BulkJob::finished);
        job->start();
        if (finished.isEmpty() && !finished.wait(20000))
            return {};
        return finished.first().first().value<BulkResult>();
    }

private slots:
    void init()
    {
        m_server = startSandbox();
        m_transport = std::make_unique<ApiTransport>();
        m_api = std::make_unique<FocusApi>(m_transport.get());
        QVERIFY(!m_api->setBaseUrl(m_server->baseUrl()));
        m_api->setApiKey(m_server->focusKey());
        m_api->setOrganizationId(m_server->focusOrganizationId());
        m_api->setWorkspaceId(m_server->focusWorkspaceId());
        m_taskA = m_server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("A")}});
        m_taskB = m_server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("B")}});
        QVERIFY(m_taskA > 0 && m_taskB > 0);
    }

    void patchInBatchesAndUndo()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-2);
        for (int i = 0; i < 150; ++i)
            QVERIFY(addEntry(m_taskA, t0.addSecs(i * 900)) > 0);
        const QList<FocusTimeEntry> before = entriesOf(m_taskA);
        QCOMPARE(before.size(), 150);
        FocusBulkEditor editor(m_api.get());
        FocusBulkChoices c;
        c.type = QStringLiteral("break");
        c.taskId = m_taskB;
        c.shiftSeconds = -3600;
        BulkJob *editJob = editor.edit(before, c);
        QVERIFY(editJob);
        const BulkResult result = wait(editJob);
        QCOMPARE(result.success.size(), 150);
        QCOMPARE(m_server->countRequests("PATCH", QStringLiteral("/time-entries/bulk")), 2);
        for (const FocusTimeEntry &e : before) {
            const QJsonObject now = m_server->focusTimeEntry(e.id);
            QCOMPARE(now.value(QStringLiteral("type")).toString(), QStringLiteral("break"));
            QCOMPARE(now.value(QStringLiteral("task_id")).toInteger(), m_taskB);
            QCOMPARE(TrackTime::parse(now.value(QStringLiteral("start")).toString()).value_or(QDateTime()),
                     e.start.addSecs(-3600));
        }
        QVERIFY(editor.canUndo());
        BulkJob *undoJob = editor.undo();
        QVERIFY(undoJob);
        QVERIFY(wait(undoJob).allSucceeded());
        for (const FocusTimeEntry &e : before) {
            const QJsonObject now = m_server->focusTimeEntry(e.id);
            QCOMPARE(now.value(QStringLiteral("type")).toString(), QStringLiteral("activity"));
            QCOMPARE(now.value(QStringLiteral("task_id")).toInteger(), m_taskA);
            QCOMPARE(TrackTime::parse(now.value(QStringLiteral("start")).toString()).value_or(QDateTime()),
                     e.start);
        }
    }

    void deleteAndRestore()
    {
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(addEntry(m_taskA, QDateTime::currentDateTimeUtc().addSecs(-(i + 1) * 3600)));
        FocusBulkEditor editor(m_api.get());
        BulkJob *removeJob = editor.remove(ids.mid(0, 3));
        QVERIFY(removeJob);
        QCOMPARE(wait(removeJob).success.size(), 3);
        QCOMPARE(m_server->countRequests("DELETE", QStringLiteral("/time-entries/bulk")), 1);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_server->focusTimeEntry(ids.at(i)).value(QStringLiteral("deleted_at")).isNull(),
                     i >= 3);
        BulkJob *restoreJob = editor.restore(ids.mid(0, 3));
        QVERIFY(restoreJob);
        QVERIFY(wait(restoreJob).allSucceeded());
        for (qint64 id : ids)
            QVERIFY(m_server->focusTimeEntry(id).value(QStringLiteral("deleted_at")).isNull());
    }

    void refusedRequestFailsItsEntries()
    {
        const qint64 id = addEntry(m_taskA, QDateTime::currentDateTimeUtc().addSecs(-7200));
        FocusTimeEntry gone;
        gone.id = 999999;
        gone.start = QDateTime::currentDateTimeUtc();
        FocusTimeEntry e;
        e.id = id;
        e.start = QDateTime::currentDateTimeUtc().addSecs(-7200);
        FocusBulkEditor editor(m_api.get());
        FocusBulkChoices c;
        c.type = QStringLiteral("break");
        BulkJob *editJob = editor.edit({e, gone}, c);
        QVERIFY(editJob);
        const BulkResult result = wait(editJob);
        QCOMPARE(result.failure.size(), 2); // Focus takes a request whole or not at all
        QVERIFY(!result.failure.first().message.isEmpty());
        QCOMPARE(m_server->focusTimeEntry(id).value(QStringLiteral("type")).toString(),
                 QStringLiteral("activity"));
        QVERIFY(!editor.canUndo());
    }
};

QTEST_GUILESS_MAIN(TestFocusBulkEditor)
#include "tst_focusbulkeditor.moc"
