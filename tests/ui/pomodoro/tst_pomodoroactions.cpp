// SPDX-License-Identifier: GPL-3.0-or-later
// The Pomodoro's actions and its status line: Ctrl+Shift+P starts and stops it, Ctrl+Shift+K
// skips a phase, the actions say what they will do, and the line under the timer bar shows the
// phase and the time left (hidden while off).
#include "app/notify/NotificationClient.h"
#include "app/pomodoro/PomodoroTimer.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"
#include "tests/support/SessionFixture.h"
#include "ui/pomodoro/PomodoroActions.h"
#include "ui/pomodoro/PomodoroStatusLabel.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QTest>
#include <QVBoxLayout>

using namespace punchclock;
using Phase = PomodoroTimer::Phase;

class TestPomodoroActions : public QObject
{
    Q_OBJECT
private slots:
    void keyboardDrivesThePomodoro();
};

void TestPomodoroActions::keyboardDrivesThePomodoro()
{
    SessionFixture f;
    ManualClock clock;
    TimerController timer(f.session.get(), &clock);
    NotificationClient notifications{QDBusConnection(QStringLiteral("no bus"))};
    PomodoroTimer pomodoro(&timer, &notifications, &clock);

    QMainWindow window;
    PomodoroActions actions(&pomodoro);
    QMenu *menu = window.menuBar()->addMenu(QStringLiteral("&Timer"));
    menu->addActions(actions.actions());
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *label = new PomodoroStatusLabel(&pomodoro, central);
    layout->addWidget(label);
    window.setCentralWidget(central);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QVERIFY(label->isHidden());
    QCOMPARE(actions.startStopAction()->text(), QStringLiteral("Start &Pomodoro"));
    QVERIFY(!actions.skipAction()->isEnabled());

    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pomodoro.phase(), Phase::Work);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Pomodoro: Work 25:00"));
    QCOMPARE(actions.startStopAction()->text(), QStringLiteral("Stop &Pomodoro"));
    QVERIFY(actions.skipAction()->isEnabled());
    QCOMPARE(actions.skipAction()->text(), QStringLiteral("S&kip to the Break"));

    clock.advance(90);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Pomodoro: Work 23:30"), 3000); // its tick

    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pomodoro.phase(), Phase::ShortBreak);
    QCOMPARE(label->text(), QStringLiteral("Pomodoro: Short break 5:00"));
    QCOMPARE(actions.skipAction()->text(), QStringLiteral("S&kip the Break"));

    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pomodoro.phase(), Phase::Off);
    QVERIFY(label->isHidden());
}

QTEST_MAIN(TestPomodoroActions)
#include "tst_pomodoroactions.moc"
