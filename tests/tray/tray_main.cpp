// SPDX-License-Identifier: GPL-3.0-or-later
// The tray timer under a real tray host (Xvfb + openbox + trayer, see run-with-tray-host.sh):
// the daily job done from the tray menu alone, against the in-process sandbox.
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>

#include "app/cli/CommandLine.h"
#include "app/core/AppCore.h"
#include "app/sync/SyncEngine.h"
#include "app/timer/TimerController.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/Shell.h"
#include "ui/tray/DesktopIntegration.h"
#include "ui/tray/TrayMenu.h"

using namespace punchclock;

namespace {

// The app's object graph as main.cpp builds it, on a signed-in sandbox session.
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
    QSystemTrayIcon *tray() const { return desktop->trayIcon(); }
    TrayMenu *menu() const { return desktop->menu(); }
    TimerController *timer() const { return window->timer(); }
};

QJsonObject runningEntry(const sandbox::SandboxServer &server)
{
    for (const auto &v : server.timeEntries()) {
        if (v.toObject().value(QStringLiteral("duration")).toInteger() < 0)
            return v.toObject();
    }
    return {};
}

// Qt's XEmbed tray icon is a small top-level widget docked into trayer.
QWidget *trayIconWidget()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (qstrcmp(w->metaObject()->className(), "QSystemTrayIconSys") == 0)
            return w;
    }
    return nullptr;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }
    void trayHostShowsTheIcon();
    void startAndStopFromTheMenu();
    void continueARecentEntry();
    void clicksOnTheIcon();
    void focusSubmenuWaitsForItsHook();
    void closeHidesToTrayWithOneNotice();
    void errorsWhileHiddenAreNotified();
    void ctrlQQuitsWithCloseToTrayOn(); // runs the application's event loop to its end
    void closeToTrayOffQuits();         // last: runs the application's event loop to its end
};

void TestTrayIcon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTrayTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_trayicon"));
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY2(QSystemTrayIcon::isSystemTrayAvailable(), "no tray host: run through run-with-tray-host.sh");
}

void TestTrayIcon::trayHostShowsTheIcon()
{
    TrayApp app;
    app.build();
    QVERIFY(app.tray()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!app.tray()->geometry().isEmpty(), 5000);
    QVERIFY(app.desktop->isTrayUsable());
    QVERIFY(!QApplication::quitOnLastWindowClosed()); // the tray keeps the app alive
    QCOMPARE(app.tray()->contextMenu(), app.menu());
    QVERIFY(app.desktop->iconPath().contains(QStringLiteral("idle")));
}

void TestTrayIcon::startAndStopFromTheMenu()
{
    TrayApp app;
    app.f.addEntry(QStringLiteral("Write the report"), 3, 30);
    app.build();
    QVERIFY(app.f.signIn());
    app.menu()->rebuildNow();
    QCOMPARE(app.menu()->startStopAction()->text(), QStringLiteral("&Start “Write the report”"));
    const qint64 idleKey = app.tray()->icon().cacheKey();
    const QString idlePath = app.desktop->iconPath();
    QVERIFY(idlePath.startsWith(QStringLiteral(":/icons/tray-idle-")));
    QVERIFY(app.tray()->toolTip().contains(QStringLiteral("no timer running")));

    app.menu()->startStopAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!runningEntry(*app.f.server).isEmpty(), 5000);
    const QJsonObject running = runningEntry(*app.f.server);
    QCOMPARE(running.value(QStringLiteral("description")).toString(), QStringLiteral("Write the report"));
    const qint64 id = running.value(QStringLiteral("id")).toInteger();

    QTRY_VERIFY_WITH_TIMEOUT(app.timer()->isRunning(), 5000);
    QVERIFY(app.desktop->iconPath().startsWith(QStringLiteral(":/icons/tray-running-")));
    QVERIFY(app.tray()->icon().cacheKey() != idleKey);
    QTRY_VERIFY(app.tray()->toolTip().contains(QStringLiteral("Write the report")));
    QVERIFY(app.tray()->toolTip().contains(QStringLiteral("Running for 0:00:0")));
    // The timer may pass a second between the two reads: the tooltip catches up on the same tick.
    QTRY_VERIFY(app.tray()->toolTip().contains(app.timer()->elapsedText()));
    const QString first = app.tray()->toolTip();
    QTRY_VERIFY_WITH_TIMEOUT(app.tray()->toolTip() != first, 3000); // ticks once a second
    QVERIFY(app.tray()->toolTip().contains(app.timer()->elapsedText()));
    QCOMPARE(app.menu()->startStopAction()->text(), QStringLiteral("S&top “Write the report”"));

    QTRY_VERIFY(app.menu()->startStopAction()->isEnabled());
    app.menu()->startStopAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(app.f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger() >= 0,
                             5000);
    // The outbox sends a stop as one PUT carrying the clicked stop time (see app/sync/).
    QCOMPARE(app.f.server->countRequests("PUT", QStringLiteral("/time_entries/%1").arg(id)), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!app.timer()->isRunning(), 5000);
    QCOMPARE(app.desktop->iconPath(), idlePath);
    QVERIFY(app.tray()->toolTip().contains(QStringLiteral("no timer running")));
}

void TestTrayIcon::continueARecentEntry()
{
    TrayApp app;
    const qint64 project = app.f.server->insertProject(QStringLiteral("Acme website"));
    const QJsonObject acme{{QStringLiteral("project_id"), project}};
    app.f.addEntry(QStringLiteral("Design review"), 1, 45, acme);
    app.f.addEntry(QStringLiteral("Email"), 2, 15);
    app.f.addEntry(QStringLiteral("Design review"), 3, 30, acme); // the same again: listed once
    app.f.addEntry(QStringLiteral("Standup"), 4, 15);
    app.f.addEntry(QStringLiteral("Invoices"), 5, 20);
    app.f.addEntry(QStringLiteral("Planning"), 6, 60);
    app.f.addEntry(QStringLiteral("Too old for the menu"), 7, 10);
    app.build();
    QVERIFY(app.f.signIn());
    app.menu()->rebuildNow();

    const QList<QAction *> actions = app.menu()->continueMenu()->actions();
    QCOMPARE(actions.size(), TrayMenu::kRecentCount);
    QCOMPARE(actions.at(0)->text(), QStringLiteral("Design review · Acme website"));
    QCOMPARE(actions.at(1)->text(), QStringLiteral("Email"));
    QCOMPARE(actions.at(4)->text(), QStringLiteral("Planning"));

    actions.at(0)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!runningEntry(*app.f.server).isEmpty(), 5000);
    const QJsonObject running = runningEntry(*app.f.server);
    QCOMPARE(running.value(QStringLiteral("description")).toString(), QStringLiteral("Design review"));
    QCOMPARE(running.value(QStringLiteral("project_id")).toInteger(), project);
    QTRY_VERIFY_WITH_TIMEOUT(app.tray()->toolTip().contains(QStringLiteral("Acme website")), 5000);
    QVERIFY(app.tray()->toolTip().contains(QStringLiteral("Design review")));
}

void TestTrayIcon::clicksOnTheIcon()
{
    TrayApp app;
    app.build();
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    QTRY_VERIFY_WITH_TIMEOUT(!app.tray()->geometry().isEmpty(), 5000);
    QWidget *icon = trayIconWidget();
    if (!icon)
        QSKIP("the tray icon is not an XEmbed widget on this platform");

    QTest::mouseClick(icon, Qt::LeftButton); // Trigger: hide
    QTRY_VERIFY(!app.window->isVisible());
    QCOMPARE(app.menu()->showHideAction()->text(), QStringLiteral("&Show window"));
    QTest::mouseClick(icon, Qt::LeftButton); // and show again
    QTRY_VERIFY(app.window->isVisible());
    QCOMPARE(app.menu()->showHideAction()->text(), QStringLiteral("&Hide window"));

    QTest::mouseClick(icon, Qt::RightButton);
    QTRY_VERIFY(app.menu()->isVisible());
    app.menu()->hide();
}

void TestTrayIcon::focusSubmenuWaitsForItsHook()
{
    TrayApp app;
    app.build();
    QVERIFY(!app.menu()->focusMenu()->menuAction()->isVisible());

    QStringListModel tasks;
    QList<QString> startedOn;
    app.menu()->setFocusTasks(
        &tasks, [&startedOn](const QModelIndex &task) { startedOn.append(task.data().toString()); });
    QVERIFY(app.menu()->focusMenu()->menuAction()->isVisible());
    QVERIFY(!app.menu()->focusMenu()->isEnabled()); // no tasks yet

    tasks.setStringList({QStringLiteral("Ship the tray"), QStringLiteral("Fix R&D budget")});
    QTRY_COMPARE(app.menu()->focusMenu()->actions().size(), 2);
    QVERIFY(app.menu()->focusMenu()->isEnabled());
    QCOMPARE(app.menu()->focusMenu()->actions().at(1)->text(), QStringLiteral("Fix R&&D budget"));
    app.menu()->focusMenu()->actions().at(1)->trigger();
    QCOMPARE(startedOn, QList<QString>{QStringLiteral("Fix R&D budget")});

    app.menu()->setFocusTasks(nullptr, {});
    QVERIFY(!app.menu()->focusMenu()->menuAction()->isVisible());
}

void TestTrayIcon::closeHidesToTrayWithOneNotice()
{
    TrayApp app;
    app.build();
    QTRY_VERIFY_WITH_TIMEOUT(app.desktop->isTrayUsable(), 5000);
    QVERIFY(app.menu()->closeToTrayAction()->isChecked());
    QSignalSpy notified(app.desktop.get(), &DesktopIntegration::notified);
    QSignalSpy aboutToQuit(qApp, &QCoreApplication::aboutToQuit);

    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    QVERIFY(app.window->close() == false); // refused: hidden to the tray instead
    QVERIFY(!app.window->isVisible());
    QCOMPARE(notified.count(), 1);
    QVERIFY(notified.at(0).at(0).toString().contains(QStringLiteral("still running")));
    QCOMPARE(app.menu()->showHideAction()->text(), QStringLiteral("&Show window"));

    app.menu()->showHideAction()->trigger();
    QVERIFY(app.window->isVisible());
    app.window->close();
    QVERIFY(!app.window->isVisible());
    QCOMPARE(notified.count(), 1); // the notice is shown once, ever
    QVERIFY(QSettings().value(QStringLiteral("tray/closeNoticeShown")).toBool());

    emit app.tray()->messageClicked(); // clicking a notification brings the window back
    QVERIFY(app.window->isVisible());
    QTest::qWait(100);
    QCOMPARE(aboutToQuit.count(), 0);
}

void TestTrayIcon::errorsWhileHiddenAreNotified()
{
    TrayApp app;
    app.f.addRunning(QStringLiteral("Deep work"), 10);
    app.build();
    QVERIFY(app.f.signIn());
    QTRY_VERIFY_WITH_TIMEOUT(app.desktop->isTrayUsable(), 5000);
    QSignalSpy notified(app.desktop.get(), &DesktopIntegration::notified);

    // Shown: errors go to the window's status bar, not to the tray.
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    emit app.timer()->failed(QStringLiteral("seen in the window"));
    QCOMPARE(notified.count(), 0);

    qint64 running = 0;
    for (const auto &v : app.f.server->timeEntries())
        if (v.toObject().value(QStringLiteral("duration")).toInteger() < 0)
            running = v.toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(running != 0);
    app.desktop->hideWindow();
    app.f.server->faults().dropConnections = 1000000; // the network goes away
    QTRY_VERIFY_WITH_TIMEOUT(app.menu()->startStopAction()->isEnabled(), 5000);
    app.menu()->startStopAction()->trigger(); // Stop while offline
    QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 1, 30000);
    const QString message = notified.last().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("Offline")), qPrintable(message));
    QVERIFY(app.f.server->timeEntry(running).value(QStringLiteral("duration")).toInteger() < 0);
    app.f.server->faults().dropConnections = 0; // back online: nothing lost, the stop arrives
    app.f.session->sync()->retryNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        app.f.server->timeEntry(running).value(QStringLiteral("duration")).toInteger() >= 0, 30000);

    const int before = notified.count();
    emit app.timer()->failed(message); // the same error again soon: not repeated
    QCOMPARE(notified.count(), before);

    emit app.tray()->messageClicked();
    QVERIFY(app.window->isVisible());
}

// Issue #17, item 8: closing the window hides it to the tray, but File → Quit (Ctrl+Q) quits, with
// no "still running" notice. Built as main.cpp builds the app (AppCore, Shell), not signed in.
void TestTrayIcon::ctrlQQuitsWithCloseToTrayOn()
{
    CommandLine commandLine;
    AppCore core(commandLine, QStringLiteral("tst_trayquit"));
    Shell shell(&core);
    QTRY_VERIFY_WITH_TIMEOUT(shell.desktop()->isTrayUsable(), 5000);
    QVERIFY(shell.desktop()->closeToTray());
    QSignalSpy notified(shell.desktop(), &DesktopIntegration::notified);
    QSignalSpy aboutToQuit(qApp, &QCoreApplication::aboutToQuit);
    MainWindow *window = shell.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    QTimer::singleShot(50, window, [window] { QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier); });
    QTimer::singleShot(10000, qApp, [] { QCoreApplication::exit(3); }); // only hidden: did not quit
    QCOMPARE(QApplication::exec(), 0);
    QCOMPARE(aboutToQuit.count(), 1);
    QVERIFY(!window->isVisible());
    QCOMPARE(notified.count(), 0); // a quit, not a hide to the tray
}

void TestTrayIcon::closeToTrayOffQuits()
{
    TrayApp app;
    app.build();
    QTRY_VERIFY_WITH_TIMEOUT(app.desktop->isTrayUsable(), 5000);
    app.menu()->closeToTrayAction()->trigger(); // off
    QVERIFY(!app.desktop->closeToTray());
    QVERIFY(!QSettings().value(QStringLiteral("tray/closeToTray")).toBool());
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window));

    QTimer::singleShot(50, app.window, &QWidget::close);
    QTimer::singleShot(10000, qApp, [] { QCoreApplication::exit(3); }); // did not quit
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!app.window->isVisible());
}

QTEST_MAIN(TestTrayIcon)
#include "tray_main.moc"
