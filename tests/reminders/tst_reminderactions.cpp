// SPDX-License-Identifier: GPL-3.0-or-later
// A reminder end to end: TrackingReminder → NotificationClient → a notification server on a
// private bus (python3-dbusmock's notification_daemon, with "actions") → the person presses a
// button (the server's ActionInvoked) → the timer starts or continues on the sandbox.
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include "app/notify/NotificationClient.h"
#include "app/reminders/TrackingReminder.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"
#include "tests/support/FakeStatusNotifierWatcher.h" // PrivateSessionBus
#include "tests/support/NotificationDaemonMock.h"
#include "tests/support/SessionFixture.h"

using namespace punchclock;
using punchclock::test::NotificationDaemonMock;

class TestReminderActions : public QObject
{
    Q_OBJECT

private slots:
    void continueAndStartFromTheNotification();
    void snoozeFromTheNotification();
    void withoutServerTheTrayShowsIt();
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

// Every day, all day: the reminder's hours never get in the way of a test run at any hour.
ReminderSettings allDay()
{
    ReminderSettings settings;
    settings.hours.setDays({1, 2, 3, 4, 5, 6, 7});
    settings.hours.setRanges({{QTime(0, 0), QTime(23, 59, 59, 999)}});
    return settings;
}

bool waitForNotify(int count)
{
    return QTest::qWaitFor(
        [count] { return NotificationDaemonMock::calls(QStringLiteral("Notify")).size() >= count; }, 5000);
}
} // namespace

void TestReminderActions::continueAndStartFromTheNotification()
{
    NotificationDaemonMock server;
    QVERIFY(server.start(QStringLiteral("body actions")));
    SessionFixture f;
    f.addEntry(QStringLiteral("Write the report"), 2, 30);
    ManualClock clock;
    TimerController timer(f.session.get(), &clock);
    NotificationClient notifications;
    TrackingReminder reminder(&timer, f.session.get(), &notifications, &clock);
    reminder.setSettings(allDay());
    QVERIFY(f.signIn());

    clock.advance(15 * 60);
    reminder.check();
    QVERIFY(waitForNotify(1));
    const QVariantList args = NotificationDaemonMock::calls(QStringLiteral("Notify")).at(0);
    QCOMPARE(args.at(3).toString(), QStringLiteral("No timer is running"));
    QCOMPARE(args.at(4).toString(), QStringLiteral("It is working time and nothing is being tracked."));
    QCOMPARE(args.at(5).toStringList(),
             (QStringList{QStringLiteral("start"), QStringLiteral("Start"), QStringLiteral("continue"),
                          QStringLiteral("Continue “Write the report”"), QStringLiteral("snooze"),
                          QStringLiteral("Snooze 1 h"), QStringLiteral("default"),
                          QStringLiteral("Open Punchclock")}));
    QTRY_VERIFY(notifications.serverId(TrackingReminder::kIdleKey) != 0);
    const quint32 id = notifications.serverId(TrackingReminder::kIdleKey);

    NotificationDaemonMock::emitActionInvoked(id, QStringLiteral("continue"));
    QTRY_COMPARE_WITH_TIMEOUT(runningOn(*f.server).value(QStringLiteral("description")).toString(),
                              QStringLiteral("Write the report"), 5000);
    QCOMPARE(f.server->timeEntries().size(), 2); // a new entry, like the one before
    // Tracking now: the reminder is taken off the screen.
    QTRY_VERIFY_WITH_TIMEOUT(!NotificationDaemonMock::calls(QStringLiteral("CloseNotification")).isEmpty(),
                             5000);
    QCOMPARE(NotificationDaemonMock::calls(QStringLiteral("CloseNotification")).at(0).at(0).toUInt(), id);

    QTRY_VERIFY(timer.isRunning() && !timer.isBusy());
    timer.stop();
    QTRY_VERIFY_WITH_TIMEOUT(runningOn(*f.server).isEmpty(), 5000);
    clock.advance(15 * 60);
    reminder.check();
    QVERIFY(waitForNotify(2));
    QTRY_VERIFY(notifications.serverId(TrackingReminder::kIdleKey) != 0);
    QSignalSpy attention(&reminder, &TrackingReminder::attentionRequested);
    NotificationDaemonMock::emitActionInvoked(notifications.serverId(TrackingReminder::kIdleKey),
                                              QStringLiteral("start"));
    QTRY_VERIFY_WITH_TIMEOUT(!runningOn(*f.server).isEmpty(), 5000);
    QCOMPARE(runningOn(*f.server).value(QStringLiteral("description")).toString(), QString());
    QCOMPARE(f.server->timeEntries().size(), 3);
    QCOMPARE(attention.size(), 1);
}

void TestReminderActions::snoozeFromTheNotification()
{
    NotificationDaemonMock server;
    QVERIFY(server.start(QStringLiteral("body actions")));
    SessionFixture f;
    ManualClock clock;
    TimerController timer(f.session.get(), &clock);
    NotificationClient notifications;
    TrackingReminder reminder(&timer, f.session.get(), &notifications, &clock);
    reminder.setSettings(allDay());
    clock.advance(15 * 60);
    reminder.check();
    QVERIFY(waitForNotify(1));
    // No entry yet: nothing to continue.
    QVERIFY(!NotificationDaemonMock::calls(QStringLiteral("Notify"))
                 .at(0)
                 .at(5)
                 .toStringList()
                 .contains(QStringLiteral("continue")));
    QTRY_VERIFY(notifications.serverId(TrackingReminder::kIdleKey) != 0);
    const QDateTime pressedAt = clock.nowUtc();
    NotificationDaemonMock::emitActionInvoked(notifications.serverId(TrackingReminder::kIdleKey),
                                              QStringLiteral("snooze"));
    QTRY_COMPARE(reminder.snoozedUntil(), pressedAt.addSecs(3600));
    QCOMPARE(reminder.nextCheckAt(), pressedAt.addSecs(3600));
    QCOMPARE(f.server->timeEntries().size(), 0);
}

void TestReminderActions::withoutServerTheTrayShowsIt()
{
    QVERIFY(!NotificationDaemonMock::isOnBus());
    SessionFixture f;
    ManualClock clock;
    TimerController timer(f.session.get(), &clock);
    NotificationClient notifications;
    QSignalSpy fallback(&notifications, &NotificationClient::fallbackRequested);
    TrackingReminder reminder(&timer, f.session.get(), &notifications, &clock);
    reminder.setSettings(allDay());
    clock.advance(15 * 60);
    reminder.check();
    QVERIFY(fallback.wait(5000));
    QCOMPARE(fallback.at(0).at(0).toString(), QStringLiteral("No timer is running"));
}

int main(int argc, char **argv)
{
    punchclock::test::PrivateSessionBus bus; // its own bus: the server name meets no other test's
    if (!bus.start())
        return 1;
    QCoreApplication app(argc, argv);
    TestReminderActions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reminderactions.moc"
