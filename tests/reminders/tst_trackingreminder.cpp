// SPDX-License-Identifier: GPL-3.0-or-later
// TrackingReminder's schedule, driven by the swappable clock (never by waiting minutes): reminders
// within working hours only, every interval, none at weekends, snooze, the long-running timer;
// and what the reminder's buttons do to the timer, on the sandbox. Notifications go to a client
// with no bus here (its tray fallback); tst_reminderactions presses the buttons over D-Bus.
#include <QSignalSpy>
#include <QTest>

#include "app/notify/NotificationClient.h"
#include "app/reminders/TrackingReminder.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"
#include "tests/support/SessionFixture.h"

using namespace punchclock;

class TestTrackingReminder : public QObject
{
    Q_OBJECT

private slots:
    void remindsWithinWorkingHours();
    void nothingAtTheWeekend();
    void snoozeWaitsAnHour();
    void aStopStartsTheInterval();
    void longRunningTimer();
    void switchedOff();
    void buttonsActOnTheTimer();
};

namespace {
// Monday 2024-03-04 in local time, far from any daylight-saving change.
QDateTime at(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 3, 4).addDays(dayOffset), QTime(hour, minute)).toUTC();
}

QJsonObject runningOn(const sandbox::SandboxServer &server)
{
    for (const auto &v : server.timeEntries()) {
        if (v.toObject().value(QStringLiteral("duration")).toInteger() < 0)
            return v.toObject();
    }
    return {};
}

// The pieces a reminder needs, nothing on a bus: notifications fall back (and are counted).
struct Rig
{
    SessionFixture f;
    ManualClock clock;
    TimerController timer{f.session.get(), &clock};
    NotificationClient notifications{QDBusConnection(QStringLiteral("no bus"))};
    std::unique_ptr<TrackingReminder> reminder;

    explicit Rig(const QDateTime &start) : clock(start)
    {
        reminder = std::make_unique<TrackingReminder>(&timer, f.session.get(), &notifications, &clock);
    }
    // Moves the clock and lets the reminder look (what its single-shot timer does when due).
    void moveTo(const QDateTime &when)
    {
        clock.set(when);
        reminder->check();
    }
};
} // namespace

void TestTrackingReminder::remindsWithinWorkingHours()
{
    Rig rig(at(0, 8));
    QSignalSpy reminded(rig.reminder.get(), &TrackingReminder::reminded);
    QSignalSpy shown(&rig.notifications, &NotificationClient::fallbackRequested);
    QCOMPARE(rig.reminder->nextCheckAt(), at(0, 9)); // not at 8:15: before working hours
    rig.moveTo(at(0, 8, 30));
    QCOMPARE(reminded.size(), 0);
    rig.moveTo(at(0, 9));
    QCOMPARE(reminded.size(), 1);
    QCOMPARE(reminded.at(0).at(0).value<TrackingReminder::Kind>(), TrackingReminder::NotTracking);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("No timer is running"));
    QCOMPARE(rig.reminder->nextCheckAt(), at(0, 9, 15));
    rig.moveTo(at(0, 9, 10));
    QCOMPARE(reminded.size(), 1);
    rig.moveTo(at(0, 9, 15));
    QCOMPARE(reminded.size(), 2);
    QCOMPARE(rig.reminder->nextCheckAt(), at(0, 9, 30));
    rig.moveTo(at(0, 16, 50)); // a late look (the machine slept): one reminder, not a burst
    QCOMPARE(reminded.size(), 3);
    QCOMPARE(rig.reminder->nextCheckAt(), at(1, 9)); // 17:05 is after hours: Tuesday
    rig.moveTo(at(0, 17, 5));
    QCOMPARE(reminded.size(), 3);
    rig.moveTo(at(0, 23));
    QCOMPARE(reminded.size(), 3);
    rig.moveTo(at(1, 9));
    QCOMPARE(reminded.size(), 4);
}

void TestTrackingReminder::nothingAtTheWeekend()
{
    Rig rig(at(4, 16, 55)); // Friday
    QSignalSpy reminded(rig.reminder.get(), &TrackingReminder::reminded);
    QCOMPARE(rig.reminder->nextCheckAt(), at(7, 9)); // Monday
    for (const QDateTime &when : {at(5, 9), at(5, 12), at(6, 10), at(6, 16)})
        rig.moveTo(when);
    QCOMPARE(reminded.size(), 0);
    rig.moveTo(at(7, 9));
    QCOMPARE(reminded.size(), 1);

    // Other days, other hours.
    ReminderSettings settings;
    settings.hours.setDays({6});
    settings.hours.setRanges({{QTime(10, 0), QTime(12, 0)}, {QTime(14, 0), QTime(15, 0)}});
    rig.reminder->setSettings(settings);
    QCOMPARE(rig.reminder->nextCheckAt(), at(12, 10)); // the next Saturday
    rig.moveTo(at(12, 10));
    QCOMPARE(reminded.size(), 2);
    rig.moveTo(at(12, 12, 10));
    QCOMPARE(reminded.size(), 2);
    QCOMPARE(rig.reminder->nextCheckAt(), at(12, 14));
}

void TestTrackingReminder::snoozeWaitsAnHour()
{
    Rig rig(at(0, 10));
    QSignalSpy reminded(rig.reminder.get(), &TrackingReminder::reminded);
    rig.moveTo(at(0, 10, 15));
    QCOMPARE(reminded.size(), 1);
    rig.reminder->snooze();
    QCOMPARE(rig.reminder->snoozedUntil(), at(0, 11, 15));
    QCOMPARE(rig.reminder->nextCheckAt(), at(0, 11, 15));
    rig.moveTo(at(0, 10, 30));
    rig.moveTo(at(0, 11));
    QCOMPARE(reminded.size(), 1);
    rig.moveTo(at(0, 11, 15));
    QCOMPARE(reminded.size(), 2);
    QCOMPARE(rig.reminder->nextCheckAt(), at(0, 11, 30)); // then every interval again

    // A snooze into the evening: the next morning.
    rig.moveTo(at(0, 16, 30));
    rig.reminder->snooze();
    QCOMPARE(rig.reminder->nextCheckAt(), at(1, 9));
}

void TestTrackingReminder::aStopStartsTheInterval()
{
    Rig rig(at(0, 10));
    QVERIFY(rig.f.signIn());
    QSignalSpy reminded(rig.reminder.get(), &TrackingReminder::reminded);
    TimeEntry draft;
    draft.description = QStringLiteral("Design");
    rig.timer.start(draft);
    QTRY_VERIFY(rig.timer.isRunning());
    QCOMPARE(rig.reminder->nextCheckAt(), at(0, 18)); // running: only the long-running reminder
    rig.moveTo(at(0, 10, 40));
    QCOMPARE(reminded.size(), 0);
    QTRY_VERIFY(!rig.timer.isBusy());
    rig.timer.stop();
    QTRY_VERIFY(!rig.timer.isRunning());
    QCOMPARE(rig.reminder->nextCheckAt(), at(0, 10, 55)); // an interval after the stop
    rig.moveTo(at(0, 10, 55));
    QCOMPARE(reminded.size(), 1);
}

void TestTrackingReminder::longRunningTimer()
{
    Rig rig(at(0, 9));
    QVERIFY(rig.f.signIn());
    QSignalSpy reminded(rig.reminder.get(), &TrackingReminder::reminded);
    TimeEntry draft;
    draft.description = QStringLiteral("Migration");
    rig.timer.start(draft);
    QTRY_VERIFY(rig.timer.isRunning());
    QCOMPARE(rig.reminder->nextCheckAt(), at(0, 17)); // started 9:00, 8 hours
    rig.moveTo(at(0, 16, 59));
    QCOMPARE(reminded.size(), 0);
    rig.moveTo(at(0, 17, 1));
    QCOMPARE(reminded.size(), 1);
    QCOMPARE(reminded.at(0).at(0).value<TrackingReminder::Kind>(), TrackingReminder::LongRunning);
    QVERIFY(reminded.at(0).at(2).toString().contains(QStringLiteral("Migration")));
    QVERIFY(!rig.reminder->nextCheckAt().isValid()); // once an entry
    rig.moveTo(at(0, 20));
    QCOMPARE(reminded.size(), 1);

    // Its Stop button stops the timer on the server.
    QTRY_VERIFY(!rig.timer.isBusy());
    emit rig.notifications.actionInvoked(TrackingReminder::kLongKey, QStringLiteral("stop"));
    QTRY_VERIFY_WITH_TIMEOUT(runningOn(*rig.f.server).isEmpty(), 5000);
    QVERIFY(!rig.timer.isRunning());
}

void TestTrackingReminder::switchedOff()
{
    Rig rig(at(0, 10));
    ReminderSettings settings;
    settings.idleEnabled = false;
    rig.reminder->setSettings(settings);
    QSignalSpy reminded(rig.reminder.get(), &TrackingReminder::reminded);
    QVERIFY(!rig.reminder->nextCheckAt().isValid());
    rig.moveTo(at(0, 11));
    rig.moveTo(at(0, 15));
    QCOMPARE(reminded.size(), 0);
}

void TestTrackingReminder::buttonsActOnTheTimer()
{
    Rig rig(at(0, 10));
    rig.f.addEntry(QStringLiteral("Write the report"), 2, 30);
    QVERIFY(rig.f.signIn());
    QCOMPARE(rig.reminder->lastEntry()->description.value_or(QString()), QStringLiteral("Write the report"));
    QSignalSpy attention(rig.reminder.get(), &TrackingReminder::attentionRequested);

    emit rig.notifications.actionInvoked(TrackingReminder::kIdleKey, QStringLiteral("continue"));
    QTRY_COMPARE_WITH_TIMEOUT(runningOn(*rig.f.server).value(QStringLiteral("description")).toString(),
                              QStringLiteral("Write the report"), 5000);
    QTRY_VERIFY(rig.timer.isRunning() && !rig.timer.isBusy());
    rig.timer.stop();
    QTRY_VERIFY_WITH_TIMEOUT(runningOn(*rig.f.server).isEmpty(), 5000);
    QTRY_VERIFY(!rig.timer.isBusy());

    emit rig.notifications.actionInvoked(TrackingReminder::kIdleKey, QStringLiteral("start"));
    QTRY_VERIFY_WITH_TIMEOUT(!runningOn(*rig.f.server).isEmpty(), 5000);
    QCOMPARE(runningOn(*rig.f.server).value(QStringLiteral("description")).toString(), QString());
    QCOMPARE(attention.size(), 1); // the window comes up for the description
    QCOMPARE(rig.f.server->timeEntries().size(), 3);

    // Other features' keys are not the reminder's business.
    QTRY_VERIFY(!rig.timer.isBusy());
    emit rig.notifications.actionInvoked(QStringLiteral("pomodoro"), QStringLiteral("stop"));
    QTest::qWait(200);
    QVERIFY(rig.timer.isRunning());
}

QTEST_GUILESS_MAIN(TestTrackingReminder)
#include "tst_trackingreminder.moc"
