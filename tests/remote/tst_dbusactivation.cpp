// SPDX-License-Identifier: GPL-3.0-or-later
// D-Bus activation (DBusActivatable=true in the .desktop file): on a bus of the test's own whose
// service folder holds the .service file the build installs (its Exec pointed at this build, with
// --server on the in-process sandbox), the launcher's org.freedesktop.Application.Activate starts
// punchclock, which answers on the application ID; then /Timer works on the same name.
#include "app/remote/DBusNames.h"
#include "tests/support/BusCall.h"
#include "tests/support/SandboxFixture.h"

#include <QDBusConnectionInterface>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

using namespace punchclock;
using namespace Qt::StringLiterals;

class TestDBusActivation : public QObject
{
    Q_OBJECT
private slots:
    void serviceFileNamesTheApp();
    void activateStartsTheApp();
};

void TestDBusActivation::serviceFileNamesTheApp()
{
    QFile file(QStringLiteral(PUNCHCLOCK_SERVICE_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArrayList lines = file.readAll().split('\n');
    QCOMPARE(lines.value(0), QByteArray("[D-BUS Service]"));
    QVERIFY(lines.contains("Name=io.github.punchclock.Punchclock"));
    bool exec = false;
    for (const QByteArray &line : lines)
        exec = exec || (line.startsWith("Exec=/") && line.endsWith("/punchclock"));
    QVERIFY(exec);
    QFile desktop(QStringLiteral(PUNCHCLOCK_DESKTOP_FILE));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    QVERIFY(desktop.readAll().contains("\nDBusActivatable=true\n"));
}

void TestDBusActivation::activateStartsTheApp()
{
    auto server = startSandbox();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"services"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"tmp"_s));
    // The installed file, with Exec pointed at this build and the sandbox.
    QFile installed(QStringLiteral(PUNCHCLOCK_SERVICE_FILE));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QByteArray service;
    for (const QByteArray &line : installed.readAll().split('\n')) {
        if (line.startsWith("Exec="))
            service += "Exec=" PUNCHCLOCK_EXE " --server " + server->baseUrl().toString().toUtf8() + '\n';
        else if (!line.isEmpty())
            service += line + '\n';
    }
    QFile copy(dir.filePath(u"services/io.github.punchclock.Punchclock.service"_s));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(service);
    copy.close();
    const QString address = u"unix:path="_s + dir.filePath(u"bus"_s);
    QFile config(dir.filePath(u"bus.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                       "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>%1</listen><auth>EXTERNAL</auth>"
                       "<servicedir>%2</servicedir><policy context=\"default\">"
                       "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                       "<allow own=\"*\"/></policy></busconfig>\n")
            .arg(address, dir.filePath(u"services"_s))
            .toUtf8());
    config.close();

    // What the activated app inherits: its own folders, the offscreen platform, the token.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, dir.path());
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(var), dir.filePath(QString::fromLatin1(var).toLower()));
    env.insert(u"TMPDIR"_s, dir.filePath(u"tmp"_s)); // its single-instance socket, apart from others
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"PUNCHCLOCK_TOKEN"_s, server->token());
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    env.remove(u"PUNCHCLOCK_INSTANCE"_s); // the application ID itself
    QProcess daemon;
    daemon.setProcessEnvironment(env);
    daemon.start(u"dbus-daemon"_s,
                 {u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address"_s});
    QVERIFY(daemon.waitForStarted(10000));
    QTRY_VERIFY(daemon.canReadLine());

    QDBusConnection bus = QDBusConnection::connectToBus(address, u"activation"_s);
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    const QString name = QLatin1String(DBusNames::kApplicationId);
    QVERIFY(!bus.interface()->isServiceRegistered(name).value());

    const QDBusMessage activated = busCall(bus, name, QLatin1String(DBusNames::kApplicationPath),
                                           u"org.freedesktop.Application"_s, u"Activate"_s, {QVariantMap()});
    QVERIFY2(activated.type() == QDBusMessage::ReplyMessage, qPrintable(activated.errorMessage()));
    QVERIFY(bus.interface()->isServiceRegistered(name).value());
    const uint pid = bus.interface()->servicePid(name).value();
    QVERIFY(pid != 0);

    // The same app answers /Timer once signed in.
    QJsonObject status;
    QTRY_VERIFY_WITH_TIMEOUT(
        (status = QJsonDocument::fromJson(busCall(bus, name, QLatin1String(DBusNames::kTimerPath),
                                                  QLatin1String(DBusNames::kTimerInterface), u"Status"_s)
                                              .arguments()
                                              .value(0)
                                              .toString()
                                              .toUtf8())
                      .object(),
         status.value(u"signedIn"_s).toBool()),
        30000);
    const QDBusMessage toggled =
        busCall(bus, name, QLatin1String(DBusNames::kApplicationPath), u"org.freedesktop.Application"_s,
                u"ActivateAction"_s, {u"toggle"_s, QVariantList(), QVariantMap()});
    QVERIFY2(toggled.type() == QDBusMessage::ReplyMessage, qPrintable(toggled.errorMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(server->timeEntries().size(), 1, 10000); // an empty entry, running

    ::kill(pid_t(pid), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(!bus.interface()->isServiceRegistered(name).value(), 15000);
    QDBusConnection::disconnectFromBus(u"activation"_s);
    daemon.terminate();
    QVERIFY(daemon.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestDBusActivation)
#include "tst_dbusactivation.moc"
