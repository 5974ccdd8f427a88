// SPDX-License-Identifier: GPL-3.0-or-later
// The real punchclock executable on Wayland: a headless weston (its own socket and a private
// XDG_RUNTIME_DIR, mode 0700), the app with QT_QPA_PLATFORM=wayland and no DISPLAY (so there is no
// X11 to fall back to: if Qt's Wayland platform cannot run, the app exits and this fails), signed
// in against the sandbox. Its window must map on the compositor, and a timer is started and
// stopped the way a Wayland desktop offers it without the window: from the StatusNotifierItem
// tray's menu (com.canonical.dbusmenu), with a fake panel watcher on a private session bus.
// Whether the window mapped is read from weston's protocol log (--debug --logger-scopes=proto):
// the app's xdg_toplevel got a configure, was acknowledged, and its surface got a buffer.
#include "tests/support/FakeStatusNotifierWatcher.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/StatusNotifierItemReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock::test;

namespace {

const QString kAppId = QStringLiteral("io.github.punchclock.Punchclock"); // QGuiApplication::desktopFileName

QJsonObject runningEntry(const sandbox::SandboxServer &server)
{
    for (const auto &v : server.timeEntries()) {
        if (v.toObject().value(QStringLiteral("duration")).toInteger() < 0)
            return v.toObject();
    }
    return {};
}

// True once weston's protocol log shows the app's toplevel mapped: the xdg_surface that became a
// toplevel with our app id acknowledged a configure, and its wl_surface then got a buffer.
// Weston 10 names a client "client 0x55d0…", weston 14 "client 0x55d0… (PID 4242)".
bool windowMapped(const QString &log)
{
    static const QRegularExpression getXdgSurface(QStringLiteral(
        R"((client \S+(?: \(PID \d+\))?) rq xdg_wm_base@\d+\.get_xdg_surface\(new id (xdg_surface@\d+), (wl_surface@\d+)\))"));
    auto it = getXdgSurface.globalMatch(log);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString client = m.captured(1);
        const QString xdgSurface = m.captured(2);
        const QString surface = m.captured(3);
        const QString rest = log.mid(m.capturedEnd());
        const QRegularExpression toplevel(
            QRegularExpression::escape(client + QStringLiteral(" rq ") + xdgSurface +
                                       QStringLiteral(".get_toplevel(new id ")) +
            QStringLiteral(R"((xdg_toplevel@\d+)\))"));
        const auto t = toplevel.match(rest);
        if (!t.hasMatch())
            continue;
        const QString appId = client + QStringLiteral(" rq ") + t.captured(1) +
                              QStringLiteral(".set_app_id(\"") + kAppId + QLatin1Char('"');
        const qsizetype ack =
            rest.indexOf(client + QStringLiteral(" rq ") + xdgSurface + QStringLiteral(".ack_configure("));
        if (!rest.contains(appId) || ack < 0)
            continue;
        if (rest.indexOf(client + QStringLiteral(" rq ") + surface + QStringLiteral(".attach(wl_buffer@"),
                         ack) >= 0)
            return true;
    }
    return false;
}

} // namespace

class TestWaylandBinary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void runsOnWaylandStartsAndStopsATimer();

private:
    QString binary() const
    {
        return QCoreApplication::applicationDirPath() + QLatin1String("/../punchclock");
    }
    QString westonLog() const
    {
        QFile f(m_runtime.filePath(QStringLiteral("weston.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR of the compositor and the app
    QString m_socket;
    QProcess m_weston;
};

void TestWaylandBinary::initTestCase()
{
    QVERIFY2(QFileInfo::exists(binary()), qPrintable(binary()));
    const QString weston = QStandardPaths::findExecutable(QStringLiteral("weston"));
    QVERIFY2(!weston.isEmpty(), "weston is not installed (scripts/install-deps.sh installs it)");
    QVERIFY(m_runtime.isValid());
    // Wayland refuses a runtime directory others can read.
    QVERIFY(QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    m_socket = QStringLiteral("punchclock-test-%1").arg(QCoreApplication::applicationPid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    env.remove(QStringLiteral("DISPLAY")); // never the X11 backend
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_weston.setProcessEnvironment(env);
    m_weston.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_weston.start(weston, {QStringLiteral("--backend=headless-backend.so"),
                            QStringLiteral("--socket=") + m_socket, QStringLiteral("--idle-time=0"),
                            QStringLiteral("--debug"), QStringLiteral("--logger-scopes=log,proto"),
                            QStringLiteral("--log=") + m_runtime.filePath(QStringLiteral("weston.log"))});
    QVERIFY2(m_weston.waitForStarted(10000), qPrintable(m_weston.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo::exists(m_runtime.filePath(m_socket)), qPrintable(westonLog()),
                              15000);
}

void TestWaylandBinary::cleanupTestCase()
{
    m_weston.terminate();
    if (!m_weston.waitForFinished(5000)) {
        m_weston.kill();
        m_weston.waitForFinished();
    }
}

void TestWaylandBinary::runsOnWaylandStartsAndStopsATimer()
{
    const QString token =
        QStringLiteral("wl%1token000000000000000000000").arg(QCoreApplication::applicationPid());
    sandbox::SandboxServer::Options options;
    options.token = token;
    auto sandbox = startSandbox(options);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    sandbox->insertTimeEntry({{QStringLiteral("description"), QStringLiteral("Write the report")},
                              {QStringLiteral("start"), start.toString(Qt::ISODate)},
                              {QStringLiteral("duration"), 1800}});
    WatcherProcess watcher; // the panel is up before the app, as on a running desktop
    QVERIFY(watcher.start());

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(var),
                   home.path() + QLatin1Char('/') + QString::fromLatin1(var).toLower());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    env.insert(QStringLiteral("WAYLAND_DISPLAY"), m_socket);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("wayland")); // no fallback list
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORMTHEME"));
    env.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
    env.insert(QStringLiteral("PUNCHCLOCK_INSTANCE"),
               QStringLiteral("tst_waylandbinary-%1").arg(QCoreApplication::applicationPid()));
    env.insert(QStringLiteral("PUNCHCLOCK_TOKEN"), token);
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(binary(), {QStringLiteral("--server"), sandbox->baseUrl().toString()});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    auto stopApp = qScopeGuard([&app] {
        app.terminate();
        if (!app.waitForFinished(10000)) {
            app.kill();
            app.waitForFinished();
        }
    });

    // Signed in, loaded, and the window is on the compositor.
    QTRY_VERIFY_WITH_TIMEOUT(sandbox->countRequests("GET", QStringLiteral("/time_entries")) >= 1, 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(windowMapped(westonLog()) || app.state() != QProcess::Running,
                              "the window never mapped on weston", 30000);
    QCOMPARE(app.state(), QProcess::Running);
    QVERIFY(windowMapped(westonLog()));

    // The tray item, and Start / Stop from its menu.
    QTRY_VERIFY_WITH_TIMEOUT(!WatcherProcess::items().isEmpty(), 20000);
    const QString service = itemService(WatcherProcess::items().constLast());
    const QVariantMap props = itemProperties(service);
    const QString menu = menuPath(props);
    QVERIFY2(!menu.isEmpty(), qPrintable(service));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(menuLayout(service, menu), QStringLiteral("Start “Write the report”")),
                             10000);
    QVERIFY(clickMenuItem(
        service, menu, findItem(menuLayout(service, menu), QStringLiteral("Start “Write the report”"))->id));
    QTRY_VERIFY_WITH_TIMEOUT(!runningEntry(*sandbox).isEmpty(), 10000);
    const qint64 id = runningEntry(*sandbox).value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(findItem(menuLayout(service, menu), QStringLiteral("Stop “Write the report”")),
                             10000);
    QVERIFY(clickMenuItem(
        service, menu, findItem(menuLayout(service, menu), QStringLiteral("Stop “Write the report”"))->id));
    QTRY_VERIFY_WITH_TIMEOUT(sandbox->timeEntry(id).value(QStringLiteral("duration")).toInteger() >= 0,
                             10000);
    const QJsonObject stopped = sandbox->timeEntry(id);
    QCOMPARE(stopped.value(QStringLiteral("description")).toString(), QStringLiteral("Write the report"));
    QVERIFY(!stopped.value(QStringLiteral("stop")).toString().isEmpty());
    QCOMPARE(app.state(), QProcess::Running);
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--fake-watcher") == 0)
        return runFakeStatusNotifierWatcher(argc, argv);
    PrivateSessionBus bus; // the watcher's name meets no other test's, nor a real panel's
    if (!bus.start())
        return 1;
    QCoreApplication app(argc, argv);
    TestWaylandBinary test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_waylandbinary.moc"
