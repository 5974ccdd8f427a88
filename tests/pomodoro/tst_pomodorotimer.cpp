// SPDX-License-Identifier: GPL-3.0-or-later
// PomodoroTimer's cycle, driven by the swappable clock: work → short break → … → a long break
// after every fourth work phase, the remaining time, skip and stop, a notification at each
// change; and "stop the timer during breaks" stopping and continuing the entry on the sandbox.
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/notify/NotificationClient.h"
#include "app/pomodoro/PomodoroTimer.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"
#include "tests/support/SessionFixture.h"

using namespace punchclock;
using Phase = PomodoroTimer::Phase;

class TestPomodoroTimer : public QObject
{
    Q_OBJECT

private slots:
    void cycleWithLongBreaks();
    void remainingTime();
    void skipAndStop();
    void stopsTheTimerDuringBreaks();
    void leavesTheTimerAloneByDefault();
    void settingsRoundTrip();
};

namespace {
QJsonObject runningOn(const sandbox::SandboxServer &server)
{
    for (const auto &v : server.timeEntries()) {
        if (v.toObject().value(QStringLiteral("duration")).toInteger() < 0)
            return v.toObject();
    }
    return {};
}

struct Rig
{
    SessionFixture f;
    ManualClock clock;
    TimerController timer{f.session.get(), &clock};
    NotificationClient notifications{QDBusConnection(QStringLiteral("no bus"))}; // falls back
    PomodoroTimer pomodoro{&timer, &notifications, &clock};

    void minutes(int m)
    {
        clock.advance(qint64(m) * 60);
        pomodoro.check();
    }
};
} // namespace

void TestPomodoroTimer::cycleWithLongBreaks()
{
    Rig rig;
    QSignalSpy changed(&rig.pomodoro, &PomodoroTimer::phaseChanged);
    QSignalSpy shown(&rig.notifications, &NotificationClient::fallbackRequested);
    QCOMPARE(rig.pomodoro.phase(), Phase::Off);
    rig.pomodoro.start();
    QCOMPARE(rig.pomodoro.phase(), Phase::Work);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("Pomodoro: work"));

    const QList<Phase> expected{Phase::ShortBreak, Phase::Work, Phase::ShortBreak, Phase::Work,
                                Phase::ShortBreak, Phase::Work, Phase::LongBreak,  Phase::Work};
    for (Phase next : expected) {
        const Phase current = rig.pomodoro.phase();
        const int length = current == Phase::Work ? 25 : (current == Phase::LongBreak ? 15 : 5);
        rig.minutes(length - 1);
        QCOMPARE(rig.pomodoro.phase(), current); // not before its time
        rig.minutes(1);
        QCOMPARE(rig.pomodoro.phase(), next);
    }
    QCOMPARE(rig.pomodoro.completedWorkPhases(), 4);
    QCOMPARE(changed.size(), 1 + expected.size());
    QCOMPARE(shown.size(), 1 + expected.size()); // one notification each change
    QCOMPARE(shown.at(7).at(0).toString(), QStringLiteral("Pomodoro: long break"));
    QCOMPARE(shown.at(1).at(0).toString(), QStringLiteral("Pomodoro: short break"));

    // Another length and rhythm.
    PomodoroSettings settings;
    settings.workMinutes = 50;
    settings.longBreakEvery = 2;
    settings.longBreakMinutes = 30;
    rig.pomodoro.setSettings(settings);
    rig.pomodoro.stop();
    rig.pomodoro.start();
    rig.minutes(50);
    QCOMPARE(rig.pomodoro.phase(), Phase::ShortBreak);
    rig.minutes(5);
    rig.minutes(50);
    QCOMPARE(rig.pomodoro.phase(), Phase::LongBreak);
    QCOMPARE(rig.pomodoro.remainingSeconds(), 30 * 60);
}

void TestPomodoroTimer::remainingTime()
{
    Rig rig;
    QCOMPARE(rig.pomodoro.statusText(), QString());
    rig.pomodoro.start();
    QCOMPARE(rig.pomodoro.remainingSeconds(), 25 * 60);
    QCOMPARE(rig.pomodoro.remainingText(), QStringLiteral("25:00"));
    QCOMPARE(rig.pomodoro.phaseEndsAt(), rig.clock.nowUtc().addSecs(25 * 60));
    rig.clock.advance(61);
    QCOMPARE(rig.pomodoro.remainingText(), QStringLiteral("23:59"));
    QCOMPARE(rig.pomodoro.statusText(), QStringLiteral("Work 23:59"));
    rig.pomodoro.check(); // not yet
    QCOMPARE(rig.pomodoro.phase(), Phase::Work);
    rig.clock.advance(24 * 60 - 1);
    QCOMPARE(rig.pomodoro.remainingText(), QStringLiteral("0:00"));
    rig.pomodoro.check();
    QCOMPARE(rig.pomodoro.statusText(), QStringLiteral("Short break 5:00"));
    // A look long after the end (the machine slept): the next phase starts now, whole.
    rig.clock.advance(3600);
    rig.pomodoro.check();
    QCOMPARE(rig.pomodoro.phase(), Phase::Work);
    QCOMPARE(rig.pomodoro.remainingSeconds(), 25 * 60);
}

void TestPomodoroTimer::skipAndStop()
{
    Rig rig;
    QSignalSpy shown(&rig.notifications, &NotificationClient::fallbackRequested);
    rig.pomodoro.skip(); // off: nothing to skip
    QCOMPARE(rig.pomodoro.phase(), Phase::Off);
    rig.pomodoro.start();
    rig.minutes(3);
    rig.pomodoro.skip();
    QCOMPARE(rig.pomodoro.phase(), Phase::ShortBreak);
    QCOMPARE(rig.pomodoro.remainingSeconds(), 5 * 60);
    emit rig.notifications.actionInvoked(PomodoroTimer::kNotificationKey,
                                         QStringLiteral("skip")); // its button
    QCOMPARE(rig.pomodoro.phase(), Phase::Work);
    emit rig.notifications.actionInvoked(QStringLiteral("reminder.idle"), QStringLiteral("stop")); // not ours
    QCOMPARE(rig.pomodoro.phase(), Phase::Work);
    emit rig.notifications.actionInvoked(PomodoroTimer::kNotificationKey, QStringLiteral("stop"));
    QCOMPARE(rig.pomodoro.phase(), Phase::Off);
    QCOMPARE(rig.pomodoro.remainingSeconds(), 0);
    const qsizetype shownBefore = shown.size();
    rig.minutes(60);
    QCOMPARE(rig.pomodoro.phase(), Phase::Off);
    QCOMPARE(shown.size(), shownBefore);
    rig.pomodoro.start(); // a new cycle
    QCOMPARE(rig.pomodoro.completedWorkPhases(), 0);
}

void TestPomodoroTimer::stopsTheTimerDuringBreaks()
{
    Rig rig;
    QVERIFY(rig.f.signIn());
    PomodoroSettings settings;
    settings.stopTimerDuringBreaks = true;
    rig.pomodoro.setSettings(settings);
    TimeEntry draft;
    draft.description = QStringLiteral("Deep work");
    rig.timer.start(draft);
    QTRY_VERIFY_WITH_TIMEOUT(!runningOn(*rig.f.server).isEmpty(), 5000);
    QTRY_VERIFY(rig.timer.isRunning() && !rig.timer.isBusy());
    const qint64 first = runningOn(*rig.f.server).value(QStringLiteral("id")).toInteger();

    rig.pomodoro.start();
    rig.minutes(25);
    QCOMPARE(rig.pomodoro.phase(), Phase::ShortBreak);
    QTRY_VERIFY_WITH_TIMEOUT(runningOn(*rig.f.server).isEmpty(), 5000); // stopped for the break
    QVERIFY(rig.f.server->timeEntry(first).value(QStringLiteral("duration")).toInteger() >= 0); // stopped
    QVERIFY(rig.pomodoro.pausedEntry().has_value());
    QTRY_VERIFY(!rig.timer.isBusy());

    rig.minutes(5);
    QCOMPARE(rig.pomodoro.phase(), Phase::Work);
    QTRY_VERIFY_WITH_TIMEOUT(!runningOn(*rig.f.server).isEmpty(), 5000); // continued after it
    const QJsonObject second = runningOn(*rig.f.server);
    QCOMPARE(second.value(QStringLiteral("description")).toString(), QStringLiteral("Deep work"));
    QVERIFY(second.value(QStringLiteral("id")).toInteger() != first);
    QCOMPARE(rig.f.server->timeEntries().size(), 2);
    QVERIFY(!rig.pomodoro.pausedEntry());
    QTRY_VERIFY(rig.timer.isRunning() && !rig.timer.isBusy());

    // A timer started during the break is left running: nothing is continued over it.
    rig.minutes(25);
    QTRY_VERIFY_WITH_TIMEOUT(runningOn(*rig.f.server).isEmpty(), 5000);
    QTRY_VERIFY(!rig.timer.isRunning() && !rig.timer.isBusy());
    TimeEntry other;
    other.description = QStringLiteral("Phone call");
    rig.timer.start(other);
    QTRY_VERIFY_WITH_TIMEOUT(!runningOn(*rig.f.server).isEmpty(), 5000);
    QTRY_VERIFY(rig.timer.isRunning() && !rig.timer.isBusy());
    rig.minutes(5);
    QCOMPARE(rig.pomodoro.phase(), Phase::Work);
    QTest::qWait(300);
    QCOMPARE(runningOn(*rig.f.server).value(QStringLiteral("description")).toString(),
             QStringLiteral("Phone call"));
    QCOMPARE(rig.f.server->timeEntries().size(), 3);
}

void TestPomodoroTimer::leavesTheTimerAloneByDefault()
{
    Rig rig;
    QVERIFY(rig.f.signIn());
    TimeEntry draft;
    draft.description = QStringLiteral("Deep work");
    rig.timer.start(draft);
    QTRY_VERIFY_WITH_TIMEOUT(!runningOn(*rig.f.server).isEmpty(), 5000);
    rig.pomodoro.start();
    rig.minutes(25);
    QCOMPARE(rig.pomodoro.phase(), Phase::ShortBreak);
    QTest::qWait(300);
    QVERIFY(!runningOn(*rig.f.server).isEmpty());
    QCOMPARE(rig.f.server->timeEntries().size(), 1);
}

void TestPomodoroTimer::settingsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const PomodoroSettings defaults = PomodoroSettings::load(settings);
    QCOMPARE(defaults, PomodoroSettings());
    QCOMPARE(defaults.workMinutes, 25);
    QCOMPARE(defaults.shortBreakMinutes, 5);
    QCOMPARE(defaults.longBreakMinutes, 15);
    QCOMPARE(defaults.longBreakEvery, 4);
    PomodoroSettings changed;
    changed.workMinutes = 45;
    changed.shortBreakMinutes = 10;
    changed.longBreakMinutes = 20;
    changed.longBreakEvery = 3;
    changed.stopTimerDuringBreaks = true;
    changed.sound = true;
    changed.save(settings);
    QCOMPARE(PomodoroSettings::load(settings), changed);
}

QTEST_GUILESS_MAIN(TestPomodoroTimer)
#include "tst_pomodorotimer.moc"
