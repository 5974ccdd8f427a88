// SPDX-License-Identifier: GPL-3.0-or-later
// The tray code with no tray host (offscreen): the app still works; closing the window minimises it
// (close to tray on, nothing to come back from) or quits (close to tray off).
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>

#include "app/platform/SingleInstance.h"
#include "app/timer/TimerController.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/tray/DesktopIntegration.h"
#include "ui/tray/TrayMenu.h"

using namespace punchclock;

class TestTrayNoHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QSettings().clear(); }
    void iconsFollowThePalette();
    void badgesMarkTheIcon();
    void menuWorksWithoutATray();
    void activationShowsTheWindow();
    void closingMinimisesWithCloseToTrayOn();
    void closingTheWindowQuits(); // last: runs the application's event loop to its end
};

void TestTrayNoHost::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTrayTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_traynohost"));
    QSettings().clear();
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
}

void TestTrayNoHost::iconsFollowThePalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 40, 44));
    QCOMPARE(DesktopIntegration::iconPathFor(false, light), QStringLiteral(":/icons/tray-idle-light.svg"));
    QCOMPARE(DesktopIntegration::iconPathFor(true, light), QStringLiteral(":/icons/tray-running-light.svg"));
    QCOMPARE(DesktopIntegration::iconPathFor(false, dark), QStringLiteral(":/icons/tray-idle-dark.svg"));
    QCOMPARE(DesktopIntegration::iconPathFor(true, dark), QStringLiteral(":/icons/tray-running-dark.svg"));
    for (const char *name : {"idle-light", "idle-dark", "running-light", "running-dark"}) {
        const QIcon icon(QStringLiteral(":/icons/tray-%1.svg").arg(QLatin1String(name)));
        QVERIFY2(!icon.pixmap(22, 22).isNull(), name);
    }
}

void TestTrayNoHost::badgesMarkTheIcon()
{
    const QString path = QStringLiteral(":/icons/tray-idle-light.svg");
    const QImage plain =
        DesktopIntegration::iconFor(path, DesktopIntegration::Badge::None).pixmap(64, 64).toImage();
    for (auto badge : {DesktopIntegration::Badge::Offline, DesktopIntegration::Badge::PomodoroWork,
                       DesktopIntegration::Badge::PomodoroBreak}) {
        const QImage marked = DesktopIntegration::iconFor(path, badge).pixmap(64, 64).toImage();
        QVERIFY(!marked.isNull());
        QVERIFY(marked != plain);
        // The dot's colour, just inside its outline on the left.
        const QColor inside = marked.pixelColor(QPoint(int(64 * 0.56) + 3, int(64 * 0.77)));
        QCOMPARE(inside.rgb(), DesktopIntegration::badgeColor(badge).rgb());
    }

    // Offline: the tray's icon gets the dot and the tooltip says so; online again, both go.
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    DesktopIntegration desktop(&windowFixture.window, f.session.get(), windowFixture.window.timer());
    QCOMPARE(desktop.badge(), DesktopIntegration::Badge::None);
    emit f.session->syncStateChanged(2, false);
    QCOMPARE(desktop.badge(), DesktopIntegration::Badge::Offline);
    QVERIFY2(desktop.toolTip().contains(QStringLiteral("Offline: 2 change(s) not sent yet")),
             qPrintable(desktop.toolTip()));
    desktop.setPomodoroBadge(DesktopIntegration::Badge::PomodoroWork);
    QCOMPARE(desktop.badge(), DesktopIntegration::Badge::Offline); // offline matters more
    emit f.session->syncStateChanged(0, true);
    QCOMPARE(desktop.badge(), DesktopIntegration::Badge::PomodoroWork);
    QVERIFY(!desktop.toolTip().contains(QStringLiteral("Offline")));
    desktop.setPomodoroBadge(DesktopIntegration::Badge::None);
    QCOMPARE(desktop.badge(), DesktopIntegration::Badge::None);
}

void TestTrayNoHost::menuWorksWithoutATray()
{
    SessionFixture f;
    f.addEntry(QStringLiteral("Write the report"), 2, 30);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    DesktopIntegration desktop(&window, f.session.get(), window.timer());
    QVERIFY(!desktop.isTrayUsable());
    QVERIFY(QApplication::quitOnLastWindowClosed()); // no tray: nothing keeps the app alive
    QSignalSpy notified(&desktop, &DesktopIntegration::notified);
    window.show();
    QVERIFY(f.signIn());

    desktop.menu()->startStopAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.timer()->isRunning(), 5000);
    QVERIFY(desktop.iconPath().contains(QStringLiteral("running")));
    QVERIFY(desktop.toolTip().contains(QStringLiteral("Write the report")));
    // The menu's first line: the entry, its time and the day's total; not a command.
    QAction *header = desktop.menu()->headerAction();
    QVERIFY(!header->isEnabled());
    QVERIFY2(header->text().startsWith(QStringLiteral("Write the report · 0:00:")),
             qPrintable(header->text()));
    QVERIFY2(header->text().contains(QStringLiteral(" · Today: ")), qPrintable(header->text()));

    desktop.hideWindow();
    emit window.timer()->failed(QStringLiteral("Could not stop the timer"));
    QCOMPARE(notified.count(), 0); // nowhere to show it; nothing breaks
    QTRY_VERIFY(desktop.menu()->startStopAction()->isEnabled());
    desktop.menu()->startStopAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.timer()->isRunning(), 5000);
    QTRY_VERIFY2(header->text().startsWith(QStringLiteral("No timer running · Today: ")),
                 qPrintable(header->text()));
}

void TestTrayNoHost::activationShowsTheWindow()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    DesktopIntegration desktop(&window, f.session.get(), window.timer());
    const QString name = QStringLiteral("punchclock-test-nohost-%1").arg(QCoreApplication::applicationPid());
    SingleInstance instance(name);
    QVERIFY(instance.claim());
    QObject::connect(&instance, &SingleInstance::activateRequested, &desktop,
                     &DesktopIntegration::showWindow);
    QVERIFY(!window.isVisible());

    QVERIFY(!SingleInstance(name).claim()); // "punchclock" started again
    QTRY_VERIFY(window.isVisible());
}

void TestTrayNoHost::closingMinimisesWithCloseToTrayOn()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    DesktopIntegration desktop(&window, f.session.get(), window.timer());
    QVERIFY(desktop.closeToTray()); // the setting is on, but there is no tray to close to
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.close()); // the close is refused: no way back from a hidden window
    QVERIFY(window.isVisible());
    QTRY_VERIFY(window.isMinimized());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("minimised")));
}

void TestTrayNoHost::closingTheWindowQuits()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    DesktopIntegration desktop(&window, f.session.get(), window.timer());
    desktop.setCloseToTray(false); // on, there is no tray: it would minimise
    QSignalSpy notified(&desktop, &DesktopIntegration::notified);
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTimer::singleShot(50, &window, &QWidget::close);
    QTimer::singleShot(10000, qApp, [] { QCoreApplication::exit(3); }); // did not quit
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!window.isVisible());
    QCOMPARE(lastClosed.count(), 1);
    QCOMPARE(notified.count(), 0);
}

QTEST_MAIN(TestTrayNoHost)
#include "tst_traynohost.moc"
