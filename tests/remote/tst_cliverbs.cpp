// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's verbs (issue #21), the real punchclock binary as a child process: headless on
// the in-process sandbox (every verb and error path, --json parsed), offline (the sandbox gone: the
// change waits in the outbox, exit 3) then online (the next command sends it), and against a
// running app on the test's private session bus (the verbs go to it over D-Bus).
#include "app/remote/DBusNames.h"
#include "app/track/TrackTime.h"
#include "tests/support/BusCall.h"
#include "tests/support/CliProcess.h"
#include "tests/support/SandboxFixture.h"

#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace punchclock;
using namespace Qt::StringLiterals;

namespace {

QJsonObject jsonOf(const CliResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (!doc.isObject())
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), r.out.constData());
    return doc.object();
}

// Exactly one line on stderr, "punchclock: …".
bool oneErrorLine(const CliResult &r)
{
    return r.err.startsWith("punchclock: ") && r.err.endsWith('\n') && r.err.count('\n') == 1;
}

QByteArray describe(const CliResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out + "\nstderr: " + r.err;
}

} // namespace

class TestCliVerbs : public QObject
{
    Q_OBJECT
private slots:
    void usageErrors_data();
    void usageErrors();
    void notSignedIn();
    void headlessVerbs();
    void offlineThenOnline();
    void againstRunningApp();

private:
    static QString instance(const char *name)
    {
        return u"tst_cliverbs-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(QLatin1String(name));
    }
    static QJsonObject running(const sandbox::SandboxServer &server)
    {
        for (const QJsonValue &e : server.timeEntries()) {
            if (e.toObject().value(u"duration"_s).toInteger() < 0)
                return e.toObject();
        }
        return {};
    }
};

void TestCliVerbs::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown verb") << QStringList{u"bogus"_s} << u"Unknown command “bogus”"_s;
    QTest::newRow("stop -p") << QStringList{u"stop"_s, u"-p"_s, u"Docs"_s}
                             << u"-p and -t go with “start” only"_s;
    QTest::newRow("status --week") << QStringList{u"status"_s, u"--week"_s}
                                   << u"--week goes with “list” only"_s;
    QTest::newRow("start --json") << QStringList{u"start"_s, u"--json"_s} << u"--json goes with"_s;
    QTest::newRow("toggle argument") << QStringList{u"toggle"_s, u"now"_s}
                                     << u"“toggle” takes no arguments"_s;
    QTest::newRow("-p alone") << QStringList{u"-p"_s, u"Docs"_s} << u"go with a command"_s;
    QTest::newRow("unknown option") << QStringList{u"status"_s, u"--bogus"_s} << u"Unknown option 'bogus'"_s;
    QTest::newRow("two projects") << QStringList{u"start"_s, u"x"_s, u"-p"_s, u"a"_s, u"-p"_s, u"b"_s}
                                  << u"-p names one project"_s;
}

void TestCliVerbs::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    CliProcess cli(instance("usage"));
    cli.environment().remove(u"DISPLAY"_s); // a usage error needs no display
    const CliResult r = cli.run(arguments);
    QVERIFY2(r.exitCode == 2, describe(r));
    QVERIFY2(oneErrorLine(r), describe(r));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), describe(r));
    QVERIFY(r.out.isEmpty());
}

void TestCliVerbs::notSignedIn()
{
    auto server = startSandbox();
    CliProcess cli(instance("nosignin"));
    const CliResult r = cli.run({u"--server"_s, server->baseUrl().toString(), u"toggle"_s});
    QVERIFY2(r.exitCode == 1, describe(r));
    QVERIFY2(oneErrorLine(r), describe(r));
    QVERIFY2(r.err.contains("Not signed in"), describe(r));
    QCOMPARE(server->timeEntries().size(), 0);
}

void TestCliVerbs::headlessVerbs()
{
    auto server = startSandbox();
    const qint64 docs = server->insertProject(u"Docs"_s);
    server->insertProject(u"Website"_s);
    CliProcess cli(instance("headless"));
    cli.environment().insert(u"PUNCHCLOCK_TOKEN"_s, server->token());
    cli.environment().remove(u"DISPLAY"_s); // headless: no display needed
    const QStringList srv{u"--server"_s, server->baseUrl().toString()};

    CliResult r = cli.run(srv + QStringList{u"start"_s, u"Write report"_s, u"-p"_s, u"docs"_s, u"-t"_s,
                                            u"writing"_s, u"-t"_s, u"urgent"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY2(r.out.startsWith("Running 0:00:0") && r.out.contains("Write report  [Docs]  #writing #urgent"),
             describe(r));
    QCOMPARE(running(*server).value(u"description"_s).toString(), u"Write report"_s);
    QCOMPARE(running(*server).value(u"project_id"_s).toInteger(), docs);
    QCOMPARE(running(*server).value(u"tags"_s).toArray(), (QJsonArray{u"writing"_s, u"urgent"_s}));

    r = cli.run(srv + QStringList{u"status"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QJsonObject status = jsonOf(r);
    QCOMPARE(status.value(u"running"_s).toBool(), true);
    QCOMPARE(status.value(u"description"_s).toString(), u"Write report"_s);
    QCOMPARE(status.value(u"project"_s).toString(), u"Docs"_s);
    QCOMPARE(status.value(u"tags"_s).toArray(), (QJsonArray{u"writing"_s, u"urgent"_s}));
    QCOMPARE(status.value(u"pendingChanges"_s).toInt(), 0);
    QVERIFY(TrackTime::parse(status.value(u"startedAt"_s).toString()));

    // Unknown project: nothing changes, the candidates are listed.
    r = cli.run(srv + QStringList{u"start"_s, u"Other"_s, u"-p"_s, u"nope"_s});
    QVERIFY2(r.exitCode == 1 && oneErrorLine(r), describe(r));
    QVERIFY2(QString::fromUtf8(r.err).contains(u"Unknown project “nope”; projects: Docs, Website"_s),
             describe(r));
    QCOMPARE(running(*server).value(u"description"_s).toString(), u"Write report"_s);

    r = cli.run(srv + QStringList{u"stop"_s});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith("Stopped\nToday "), describe(r));
    QVERIFY(running(*server).isEmpty());
    r = cli.run(srv + QStringList{u"stop"_s});
    QVERIFY2(r.exitCode == 1, describe(r));
    QCOMPARE(r.err, QByteArray("punchclock: No timer is running\n"));

    r = cli.run(srv + QStringList{u"continue"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QCOMPARE(running(*server).value(u"description"_s).toString(), u"Write report"_s);
    QCOMPARE(running(*server).value(u"project_id"_s).toInteger(), docs);
    r = cli.run(srv + QStringList{u"toggle"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY(running(*server).isEmpty());
    r = cli.run(srv + QStringList{u"toggle"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QCOMPARE(running(*server).value(u"description"_s).toString(), u"Write report"_s);
    QCOMPARE(server->timeEntries().size(), 3);

    r = cli.run(srv + QStringList{u"today"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    const QJsonObject today = jsonOf(r);
    QCOMPARE(today.value(u"period"_s).toString(), u"today"_s);
    QCOMPARE(today.value(u"from"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(today.value(u"entries"_s).toArray().size(), 3);
    QVERIFY(today.value(u"entries"_s).toArray().last().toObject().value(u"running"_s).toBool());
    r = cli.run(srv + QStringList{u"list"_s, u"--week"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    const QJsonObject week = jsonOf(r);
    QCOMPARE(week.value(u"period"_s).toString(), u"week"_s);
    QVERIFY(week.value(u"from"_s).toString() <= today.value(u"from"_s).toString());
    QCOMPARE(week.value(u"entries"_s).toArray().size(), 3);
    r = cli.run(srv + QStringList{u"today"_s});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Write report  [Docs]") && r.out.contains("\nTotal 0:00:"),
             describe(r));
}

void TestCliVerbs::offlineThenOnline()
{
    QTemporaryDir data;
    sandbox::SandboxServer::Options options;
    options.dataFile = data.filePath(u"sandbox.json"_s);
    auto server = startSandbox(options);
    const quint16 port = quint16(server->baseUrl().port());
    const QString token = server->token();
    CliProcess cli(instance("offline"));
    cli.environment().insert(u"PUNCHCLOCK_TOKEN"_s, token);
    const QStringList srv{u"--server"_s, server->baseUrl().toString()};

    CliResult r = cli.run(srv + QStringList{u"start"_s, u"Offline work"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    const qint64 id = qint64(running(*server).value(u"id"_s).toInteger());
    QVERIFY(id != 0);

    server.reset(); // the server is gone: the port answers nothing
    QElapsedTimer clock;
    clock.start();
    r = cli.run(srv + QStringList{u"stop"_s});
    QVERIFY2(r.exitCode == 3, describe(r));
    QVERIFY2(oneErrorLine(r) && r.err.contains("Offline: saved, 1 change(s) waiting"), describe(r));
    QVERIFY2(r.out.startsWith("Stopped\n") && r.out.contains("1 change(s) not sent yet"), describe(r));
    QVERIFY2(clock.elapsed() < 20000, "an offline run does not wait for the timeout");
    r = cli.run(srv + QStringList{u"status"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QCOMPARE(jsonOf(r).value(u"running"_s).toBool(), false); // from the cache and the outbox
    QCOMPARE(jsonOf(r).value(u"pendingChanges"_s).toInt(), 1);
    QCOMPARE(jsonOf(r).value(u"online"_s).toBool(), false);
    const QDateTime stoppedOffline = QDateTime::currentDateTimeUtc();

    QTest::qWait(1500); // the stop keeps the time it was asked for, not the time it is sent
    sandbox::SandboxServer back(options);
    QVERIFY(back.listen(port));
    QVERIFY(back.timeEntry(id).value(u"duration"_s).toInteger() < 0); // still running there
    r = cli.run(srv + QStringList{u"status"_s});
    // Printed once the outbox went out: nothing waits any more.
    QVERIFY2(r.exitCode == 0 && r.out.startsWith("Stopped\n") && !r.out.contains("not sent"), describe(r));
    const QJsonObject entry = back.timeEntry(id);
    QVERIFY2(entry.value(u"duration"_s).toInteger() >= 0, "the queued stop was sent");
    const auto stop = TrackTime::parse(entry.value(u"stop"_s).toString());
    QVERIFY(stop && *stop <= stoppedOffline);
    r = cli.run(srv + QStringList{u"status"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QCOMPARE(jsonOf(r).value(u"pendingChanges"_s).toInt(), 0);
    QCOMPARE(jsonOf(r).value(u"online"_s).toBool(), true);
}

void TestCliVerbs::againstRunningApp()
{
    auto server = startSandbox();
    server->insertProject(u"Docs"_s);
    const QString name = instance("app");
    CliProcess cli(name);
    cli.environment().insert(u"PUNCHCLOCK_TOKEN"_s, server->token());
    QProcess app;
    QVERIFY(cli.startApp(app, {u"--server"_s, server->baseUrl().toString()}));
    const QString service = DBusNames::serviceName(name);
    const QDBusConnection bus = QDBusConnection::sessionBus();
    QTRY_VERIFY_WITH_TIMEOUT(bus.interface()->isServiceRegistered(service).value(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(server->countRequests("GET", u"/time_entries"_s) >= 1, 30000); // signed in
    const auto property = [&](const QString &p) {
        return busProperty(bus, service, QLatin1String(DBusNames::kTimerPath),
                           QLatin1String(DBusNames::kTimerInterface), p);
    };
    // No --server this time: the app has it; the verbs go to the app.
    const int requestsBefore = server->requests().size();
    cli.environment().remove(u"PUNCHCLOCK_TOKEN"_s);
    CliResult r = cli.run({u"start"_s, u"Via the app"_s, u"-p"_s, u"DOCS"_s, u"-t"_s, u"cli"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY2(r.out.startsWith("Running ") && r.out.contains("Via the app  [Docs]  #cli"), describe(r));
    QCOMPARE(property(u"Running"_s), QVariant(true));
    QCOMPARE(property(u"Description"_s), QVariant(u"Via the app"_s));
    QTRY_COMPARE_WITH_TIMEOUT(running(*server).value(u"description"_s).toString(), u"Via the app"_s, 10000);
    for (int i = requestsBefore; i < server->requests().size(); ++i) // only the app talked to the server
        QVERIFY(server->requests().at(i).path.contains(u"time_entries"_s));

    r = cli.run({u"status"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QJsonObject status = jsonOf(r);
    QCOMPARE(status.value(u"running"_s).toBool(), true);
    QCOMPARE(status.value(u"project"_s).toString(), u"Docs"_s);
    QCOMPARE(status.value(u"signedIn"_s).toBool(), true);
    QCOMPARE(status.value(u"startedAt"_s).toString(), property(u"StartedAt"_s).toString());

    r = cli.run({u"start"_s, u"x"_s, u"-p"_s, u"nope"_s});
    QVERIFY2(r.exitCode == 1 && oneErrorLine(r) && r.err.contains("Unknown project “nope”; projects: Docs"),
             describe(r));
    r = cli.run({u"stop"_s});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith("Stopped\n"), describe(r));
    QCOMPARE(property(u"Running"_s), QVariant(false));
    QTRY_VERIFY_WITH_TIMEOUT(running(*server).isEmpty(), 10000);
    r = cli.run({u"stop"_s});
    QVERIFY2(r.exitCode == 1, describe(r));
    QCOMPARE(r.err, QByteArray("punchclock: No timer is running\n"));
    r = cli.run({u"toggle"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QCOMPARE(property(u"Description"_s), QVariant(u"Via the app"_s));
    r = cli.run({u"continue"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    r = cli.run({u"today"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY(jsonOf(r).value(u"entries"_s).toArray().size() >= 2);
    r = cli.run({u"list"_s, u"--week"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, describe(r));
    QCOMPARE(jsonOf(r).value(u"period"_s).toString(), u"week"_s);

    // Starting the app again only brings the running one forward (the single-instance guard).
    r = cli.run({u"--server"_s, server->baseUrl().toString()});
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY(bus.interface()->isServiceRegistered(service).value());

    app.terminate();
    QSignalSpy finished(&app, &QProcess::finished);
    if (app.state() != QProcess::NotRunning && !finished.wait(15000))
        app.kill();
    QTRY_VERIFY_WITH_TIMEOUT(!bus.interface()->isServiceRegistered(service).value(), 10000);
}

QTEST_GUILESS_MAIN(TestCliVerbs)
#include "tst_cliverbs.moc"
