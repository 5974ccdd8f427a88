// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/session/TrackSession.h"
#include "app/sync/SyncEngine.h"
#include "app/track/TrackTime.h"
#include "tests/support/SandboxFixture.h"

#include <cstdio>

using namespace punchclock;

// The real client in a child process (this executable with --child) is killed with SIGKILL while
// it syncs, twice, and restarted on the same database: every change it had queued reaches the
// sandbox exactly once.
namespace {

// --child STORE URL TOKEN FIRST COUNT: queue COUNT entries ("kill FIRST".."kill FIRST+COUNT-1"),
// printing "queued NAME" once each is in the outbox, then exit when the outbox is empty.
int runChild(const QStringList &args)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString store = args.value(2);
    ApiTransport transport;
    TrackApi api(&transport);
    api.setBaseUrl(QUrl(args.value(3)));
    api.setCredentials(Credentials::apiToken(args.value(4)));
    const int first = args.value(5).toInt();
    const int count = args.value(6).toInt();
    TrackSession session(&api, store, nullptr);
    SyncEngine::Timing timing;
    timing.baseDelayMs = 20;
    timing.maxDelayMs = 200;
    session.sync()->setTiming(timing);
    session.signIn();

    const QDateTime base = TrackTime::utcFromSecs(QDateTime::currentSecsSinceEpoch() - 86400);
    int next = first;
    QTimer queue;
    queue.setInterval(5);
    QObject::connect(&queue, &QTimer::timeout, [&] {
        if (next >= first + count) {
            queue.stop();
            return;
        }
        TimeEntry e;
        e.description = QStringLiteral("kill %1").arg(next);
        e.start = base.addSecs(next * 120);
        e.duration = 60;
        e.stop = e.start.addSecs(60);
        session.createEntry(e);
        std::printf("queued kill %d\n", next);
        std::fflush(stdout);
        ++next;
    });
    queue.start();
    QTimer done;
    done.setInterval(20);
    QObject::connect(&done, &QTimer::timeout, [&] {
        if (!queue.isActive() && session.pendingChangeCount() == 0 && !session.sync()->isSending())
            QCoreApplication::exit(0);
    });
    done.start();
    return QCoreApplication::exec();
}

} // namespace

class TstKillMidSync : public QObject
{
    Q_OBJECT

    QStringList m_queued;

    void startChild(QProcess &child, const QString &store, const sandbox::SandboxServer &server, int first,
                    int count)
    {
        QObject::connect(&child, &QProcess::readyReadStandardOutput, &child, [this, &child] {
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                if (line.startsWith(QLatin1String("queued ")))
                    m_queued.append(line.mid(7));
            }
        });
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--child"), store, server.baseUrl().toString(), server.token(),
                            QString::number(first), QString::number(count)});
        child.start();
    }

private slots:
    void killedTwiceLosesNothing()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("child.sqlite"));
        auto server = startSandbox();

        // Run 1: queue 60 changes, killed after 15 creates reached the server.
        {
            QProcess child;
            startChild(child, store, *server, 0, 60);
            QVERIFY(child.waitForStarted(5000));
            QTRY_VERIFY_WITH_TIMEOUT(server->countRequests("POST") >= 15, 20000);
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        }
        const int afterFirstKill = int(server->timeEntries().size());
        QVERIFY(afterFirstKill < 60); // really killed mid-sync
        // Run 2: restarted, 30 more changes; killed again after 10 more POSTs.
        {
            const int posts = server->countRequests("POST");
            QProcess child;
            startChild(child, store, *server, 60, 30);
            QVERIFY(child.waitForStarted(5000));
            QTRY_VERIFY_WITH_TIMEOUT(server->countRequests("POST") >= posts + 10, 20000);
            child.kill();
            QVERIFY(child.waitForFinished(5000));
        }
        // Run 3: restarted, sends the rest and exits once the outbox is empty.
        {
            QProcess child;
            startChild(child, store, *server, 0, 0);
            QVERIFY(child.waitForStarted(5000));
            QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 40000);
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
        }

        QHash<QString, int> copies;
        for (const QJsonValue &v : server->timeEntries())
            ++copies[v.toObject().value(QStringLiteral("description")).toString()];
        QVERIFY(m_queued.size() >= 15 + 10);
        for (const QString &name : std::as_const(m_queued))
            QVERIFY2(copies.value(name) == 1,
                     qPrintable(name + QStringLiteral(": %1 copies").arg(copies.value(name))));
        for (auto it = copies.cbegin(); it != copies.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" duplicated")));
        std::printf("queued %d, on the server %d, POSTs %d\n", int(m_queued.size()), int(copies.size()),
                    server->countRequests("POST"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--child"))
        return runChild(app.arguments());
    TstKillMidSync test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killmidsync.moc"
