// SPDX-License-Identifier: GPL-3.0-or-later
// The mini timer (issue #21): continue and stop from its one button against the sandbox, what it
// names, where it is put, and View → Mini Timer.
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include "app/timer/TimerController.h"
#include "tests/support/Child.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/timer/MiniTimer.h"

using namespace punchclock;

class TestMiniTimer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void continuesTheNewestEntryThenStops();
    void startsAnEmptyEntryWhenThereIsNone();
    void remembersWhereItWasPut();
    void closingHidesAndIsRemembered();
    void viewMenuAction();
    void everyControlHasAnAccessibleName();

private:
    static QJsonObject running(const sandbox::SandboxServer &server)
    {
        for (const auto &v : server.timeEntries()) {
            if (v.toObject().value(QStringLiteral("duration")).toInteger() < 0)
                return v.toObject();
        }
        return {};
    }
};

void TestMiniTimer::continuesTheNewestEntryThenStops()
{
    SessionFixture f;
    const qint64 project = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    f.addEntry(QStringLiteral("Older work"), 5, 30);
    f.addEntry(QStringLiteral("Homepage layout"), 2, 40,
               {{QStringLiteral("project_id"), project},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("design")}},
                {QStringLiteral("billable"), true}});
    TimerController timer(f.session.get());
    MiniTimer mini(f.session.get(), &timer);
    mini.setShown(true);
    QVERIFY(f.signIn());

    auto *button = child<QPushButton>(&mini, "miniStartStop");
    auto *description = child<QLabel>(&mini, "miniDescription");
    QTRY_COMPARE(description->text(), QStringLiteral("Last: Homepage layout"));
    QCOMPARE(button->text(), QStringLiteral("Continue"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Continue “Homepage layout”"));
    QCOMPARE(child<QLabel>(&mini, "miniProjectDot")->accessibleName(), QStringLiteral("Project: Website"));
    QCOMPARE(child<QLabel>(&mini, "miniElapsed")->text(), QStringLiteral("0:00:00"));

    // Continue: a new running entry like the newest one, project, tags and billable included.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!running(*f.server).isEmpty(), 5000);
    const QJsonObject started = running(*f.server);
    QCOMPARE(started.value(QStringLiteral("description")).toString(), QStringLiteral("Homepage layout"));
    QCOMPARE(started.value(QStringLiteral("project_id")).toInteger(), project);
    QCOMPARE(started.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("design")});
    QCOMPARE(started.value(QStringLiteral("billable")).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Stop"), 5000);
    QCOMPARE(description->text(), QStringLiteral("Homepage layout"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Stop “Homepage layout”"));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&mini, "miniElapsed")->text().left(3), QStringLiteral("0:0"),
                              2000);

    // Stop.
    const qint64 id = started.value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger() >= 0,
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Continue"), 5000);
    QCOMPARE(child<QLabel>(&mini, "miniElapsed")->text(), QStringLiteral("0:00:00"));
}

void TestMiniTimer::startsAnEmptyEntryWhenThereIsNone()
{
    SessionFixture f;
    TimerController timer(f.session.get());
    MiniTimer mini(f.session.get(), &timer);
    mini.setShown(true);
    QVERIFY(f.signIn());
    auto *button = child<QPushButton>(&mini, "miniStartStop");
    QCOMPARE(child<QLabel>(&mini, "miniDescription")->text(), QStringLiteral("Last: No entries yet"));
    QCOMPARE(button->text(), QStringLiteral("Start"));
    QCOMPARE(child<QLabel>(&mini, "miniProjectDot")->accessibleName(), QStringLiteral("No project"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!running(*f.server).isEmpty(), 5000);
    QCOMPARE(running(*f.server).value(QStringLiteral("description")).toString(), QString());
}

void TestMiniTimer::remembersWhereItWasPut()
{
    SessionFixture f;
    TimerController timer(f.session.get());
    QVERIFY(!MiniTimer::wasShown());
    {
        MiniTimer mini(f.session.get(), &timer);
        mini.setShown(true);
        QVERIFY(QTest::qWaitForWindowExposed(&mini));
        QVERIFY(mini.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        mini.move(120, 140);
        QTRY_COMPARE(mini.pos(), QPoint(120, 140));
    } // quit with it open
    QVERIFY(MiniTimer::wasShown());
    MiniTimer again(f.session.get(), &timer);
    QVERIFY(!again.isVisible());
    again.setShown(true);
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.pos(), QPoint(120, 140));
    again.move(200, 90);
    QTRY_COMPARE(again.pos(), QPoint(200, 90));
    again.setShown(false);
    QVERIFY(!MiniTimer::wasShown());
    again.setShown(true);
    QCOMPARE(again.pos(), QPoint(200, 90));
}

void TestMiniTimer::closingHidesAndIsRemembered()
{
    SessionFixture f;
    TimerController timer(f.session.get());
    MiniTimer mini(f.session.get(), &timer);
    QSignalSpy shown(&mini, &MiniTimer::shownChanged);
    mini.setShown(true);
    QVERIFY(QTest::qWaitForWindowExposed(&mini));
    QVERIFY(mini.close()); // the window manager's close button
    QVERIFY(!mini.isVisible());
    QVERIFY(!MiniTimer::wasShown());
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(1).at(0).toBool(), false);

    QSignalSpy window(&mini, &MiniTimer::windowRequested);
    QTest::mouseClick(child<QToolButton>(&mini, "miniOpenWindow"), Qt::LeftButton);
    QCOMPARE(window.size(), 1);
}

void TestMiniTimer::viewMenuAction()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    QAction *action = windowFixture.window.miniTimerAction();
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QCOMPARE(action->text(), QStringLiteral("&Mini Timer"));
}

void TestMiniTimer::everyControlHasAnAccessibleName()
{
    SessionFixture f;
    TimerController timer(f.session.get());
    MiniTimer mini(f.session.get(), &timer);
    mini.setShown(true);
    QVERIFY(f.signIn());
    for (QWidget *w : mini.findChildren<QWidget *>())
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

QTEST_MAIN(TestMiniTimer)
#include "tst_minitimer.moc"
