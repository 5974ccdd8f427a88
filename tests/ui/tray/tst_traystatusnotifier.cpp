// SPDX-License-Identifier: GPL-3.0-or-later
// The StatusNotifierItem tray (KDE Plasma, GNOME's AppIndicator extension, waybar): a fake
// org.kde.StatusNotifierWatcher on a private session bus, and the app's tray read and driven over
// D-Bus the way a panel does (org.kde.StatusNotifierItem properties, com.canonical.dbusmenu).
//
// Why this set-up:
// - xcb (on the Xvfb display ctest runs under), not offscreen: Qt makes a D-Bus tray icon only
//   through the generic Unix platform theme (QGenericUnixTheme::createPlatformSystemTrayIcon);
//   the offscreen platform's theme has no tray at all. main() below picks xcb before QApplication.
// - A private bus (its own dbus-daemon): the watcher's well-known name must not meet another
//   test's watcher, nor a real panel's.
// - The watcher is this executable again, in its own process (--fake-watcher): Qt asks the watcher
//   with blocking calls from the GUI thread, so it cannot live in this process's event loop, and a
//   process can be killed and started again like a panel that restarts.
// - The tests that need "no watcher at start" run first: on Qt 6.4 the first tray icon a process
//   makes fixes "D-Bus tray or not" for the whole process (see DesktopIntegration).
#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonObject>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>

#include "app/timer/TimerController.h"
#include "tests/support/FakeStatusNotifierWatcher.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/StatusNotifierItemReader.h"
#include "tests/support/WindowFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/tray/DesktopIntegration.h"

#include <memory>

using namespace punchclock;
using namespace punchclock::test;

namespace {

// The app's object graph as main.cpp builds it (window + desktop integration) on the sandbox.
struct TrayApp
{
    SessionFixture f;
    std::unique_ptr<WindowFixture> parts;
    MainWindow *window = nullptr;
    std::unique_ptr<DesktopIntegration> desktop;

    void build()
    {
        parts = std::make_unique<WindowFixture>(f.session.get());
        window = &parts->window;
        desktop = std::make_unique<DesktopIntegration>(window, f.session.get(), window->timer());
    }
};

QJsonObject runningEntry(const sandbox::SandboxServer &server)
{
    for (const auto &v : server.timeEntries()) {
        if (v.toObject().value(QStringLiteral("duration")).toInteger() < 0)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestTrayStatusNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }
    // First: no tray icon made in this process yet (Qt 6.4 decides once per process).
    void noTrayAtAllMinimisesOnClose();
    void watcherAfterTheAppGetsTheItem();
    void restartedWatcherGetsTheItemAgain();
    void itemFollowsTheTimerAndItsMenuStops();

private:
    static bool waitForItem(QString *item)
    {
        const bool found = QTest::qWaitFor([] { return !WatcherProcess::items().isEmpty(); }, 15000);
        if (found && item)
            *item = WatcherProcess::items().constLast();
        return found;
    }
};

void TestTrayStatusNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTrayTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_traystatusnotifier"));
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kWatcherService));
}

void TestTrayStatusNotifier::noTrayAtAllMinimisesOnClose()
{
    TrayApp app;
    app.build();
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    QVERIFY(!app.desktop->isTrayUsable());
    QVERIFY(app.desktop->closeToTray());

    app.window->close(); // nothing to come back from: minimised, not closed, not hidden
    QVERIFY(app.window->isVisible());
    QTRY_VERIFY(app.window->isMinimized());
    auto *statusBar = app.window->findChild<QStatusBar *>();
    QVERIFY(statusBar);
    QVERIFY2(statusBar->currentMessage().contains(QStringLiteral("minimised")),
             qPrintable(statusBar->currentMessage()));

    statusBar->clearMessage(); // said once only
    app.desktop->showWindow();
    QTRY_VERIFY(!app.window->isMinimized());
    app.window->close();
    QTRY_VERIFY(app.window->isMinimized());
    QVERIFY(statusBar->currentMessage().isEmpty());
}

void TestTrayStatusNotifier::watcherAfterTheAppGetsTheItem()
{
    TrayApp app;
    app.build();
    // The app is up, with no tray to put its icon in (well within kStatusNotifierGraceMs: after it,
    // Qt 6.4 would have settled on XEmbed for this process).
    QTest::qWait(300);
    QVERIFY(!app.desktop->isTrayUsable());

    WatcherProcess watcher; // the panel comes up (a login with autostart)
    QVERIFY(watcher.start());
    QString item;
    QVERIFY2(waitForItem(&item), watcher.output().constData());
    QTRY_VERIFY(app.desktop->isTrayUsable());
    QVERIFY(!itemProperties(itemService(item)).isEmpty()); // the item answers on the bus
}

void TestTrayStatusNotifier::restartedWatcherGetsTheItemAgain()
{
    WatcherProcess watcher;
    QVERIFY(watcher.start());
    TrayApp app;
    app.build();
    QVERIFY(waitForItem(nullptr));

    watcher.stop(); // the panel crashes or restarts
    QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kWatcherService));
    QVERIFY(!app.desktop->isTrayUsable());
    QVERIFY(watcher.start());
    QString item;
    QVERIFY2(waitForItem(&item), watcher.output().constData());
    QTRY_VERIFY(!itemProperties(itemService(item)).isEmpty());
    QTRY_VERIFY(app.desktop->isTrayUsable());
}

void TestTrayStatusNotifier::itemFollowsTheTimerAndItsMenuStops()
{
    WatcherProcess watcher;
    QVERIFY(watcher.start());
    TrayApp app;
    app.f.addEntry(QStringLiteral("Write the report"), 3, 30);
    app.build();
    QVERIFY(app.f.signIn());
    QString item;
    QVERIFY(waitForItem(&item));
    const QString service = itemService(item);

    QVariantMap props = itemProperties(service);
    QVERIFY(!props.isEmpty());
    QCOMPARE(props.value(QStringLiteral("Status")).toString(), QStringLiteral("Active"));
    QVERIFY(!props.value(QStringLiteral("Title")).toString().isEmpty());
    QTRY_VERIFY(toolTipText(itemProperties(service)).contains(QStringLiteral("no timer running")));
    const QByteArray idleIcon = iconPixels(itemProperties(service));
    QVERIFY(!idleIcon.isEmpty());

    // The menu as the panel reads it.
    const QString menu = menuPath(props);
    QVERIFY(!menu.isEmpty());
    auto layout = [&] { return menuLayout(service, menu); };
    auto click = [&](int id) { return clickMenuItem(service, menu, id); };
    MenuItem root = layout();
    const MenuItem *start = findItem(root, QStringLiteral("Start “Write the report”"));
    QVERIFY(start);
    const MenuItem *continueMenu = findItem(root, QStringLiteral("Continue"));
    QVERIFY(continueMenu);
    QVERIFY(findItem(*continueMenu, QStringLiteral("Write the report"))); // a recent entry

    // Start from the panel's menu: the sandbox gets the running entry, the item follows.
    QVERIFY(click(start->id));
    QTRY_VERIFY_WITH_TIMEOUT(!runningEntry(*app.f.server).isEmpty(), 5000);
    const qint64 id = runningEntry(*app.f.server).value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(app.window->timer()->isRunning(), 5000);
    QTRY_VERIFY(toolTipText(itemProperties(service)).contains(QStringLiteral("Write the report")));
    const QString first = toolTipText(itemProperties(service));
    QVERIFY2(first.contains(QStringLiteral("Running for 0:00:")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("\nToday: ")), qPrintable(first)); // the day so far
    // The timer may pass a second between two reads: the tooltip catches up on the same tick.
    QTRY_VERIFY(toolTipText(itemProperties(service)).contains(app.window->timer()->elapsedText()));
    QTRY_VERIFY_WITH_TIMEOUT(toolTipText(itemProperties(service)) != first, 3000); // the elapsed time ticks
    QVERIFY(iconPixels(itemProperties(service)) != idleIcon);

    // Stop from the panel's menu.
    QTRY_VERIFY(findItem(root = layout(), QStringLiteral("Stop “Write the report”")));
    QVERIFY(click(findItem(root, QStringLiteral("Stop “Write the report”"))->id));
    QTRY_VERIFY_WITH_TIMEOUT(app.f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger() >= 0,
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(!app.window->timer()->isRunning(), 5000);
    QTRY_VERIFY(toolTipText(itemProperties(service)).contains(QStringLiteral("no timer running")));
    QVERIFY(toolTipText(itemProperties(service)).contains(QStringLiteral("\nToday: ")));
    QCOMPARE(iconPixels(itemProperties(service)), idleIcon);
    QVERIFY(findItem(layout(), QStringLiteral("Start “Write the report”")));
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--fake-watcher") == 0)
        return runFakeStatusNotifierWatcher(argc, argv);
    PrivateSessionBus bus; // see the top of the file
    if (!bus.start())
        return 1;
    // Over the offscreen platform ctest sets for tests/ui: the D-Bus tray needs the xcb platform's
    // generic Unix theme (see the top). Xvfb gives the display; without one this fails, never skips.
    qputenv("QT_QPA_PLATFORM", "xcb");
    qunsetenv("XDG_CURRENT_DESKTOP");
    int status = 0;
    {
        QApplication app(argc, argv);
        TestTrayStatusNotifier test;
        status = QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_traystatusnotifier.moc"
