// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #20's questions as desktop notifications: the screen locked while "Writing" ran, unlocked
// 30 minutes later → "Welcome back" with three buttons on a notification server (dbusmock, with
// "actions") → a button press answers it on the sandbox; a stop announced with Continue.
#include <QSignalSpy>
#include <QTest>

#include "app/notify/NotificationClient.h"
#include "tests/support/FakePresenceServices.h"
#include "tests/support/NotificationDaemonMock.h"
#include "tests/support/PresenceRig.h"
#include "ui/presence/ReturnNotification.h"

using namespace punchclock;
using punchclock::test::emitScreenSaverActive;
using punchclock::test::NotificationDaemonMock;

class TestReturnNotification : public QObject
{
    Q_OBJECT

private slots:
    void answeredFromTheNotification_data();
    void answeredFromTheNotification();
    void answeredInTheWindowClosesIt();
    void stoppedWithContinue();
};

namespace {
const QString kSaver = QStringLiteral("fakeScreenSaver");

// A notification server with buttons, the rig following the lock with `onLock`, the notifications
// wired as the Shell does, signed in and "Writing" running.
struct Scene
{
    NotificationDaemonMock server;
    std::unique_ptr<PresenceRig> rig;
    NotificationClient notifications;
    std::unique_ptr<ReturnNotification> notification;

    bool start(PresenceSettings::Action onLock)
    {
        if (!server.start(QStringLiteral("body actions")))
            return false;
        rig = PresenceRig::withLock(onLock);
        notification =
            std::make_unique<ReturnNotification>(rig->presence.get(), &notifications, rig->timer.get());
        return rig->signIn() && rig->startWriting();
    }

    // Locked after `before` minutes, unlocked `away` minutes later.
    void lockFor(int before, int away)
    {
        rig->clock.advance(before * 60);
        emitScreenSaverActive(kSaver, true);
        QTest::qWait(300); // the lock arrives (a D-Bus signal) before the clock moves on
        rig->clock.advance(away * 60);
        emitScreenSaverActive(kSaver, false);
    }
};

bool waitForCalls(const QString &method, int count)
{
    return QTest::qWaitFor([&] { return NotificationDaemonMock::calls(method).size() >= count; }, 5000);
}
} // namespace

void TestReturnNotification::answeredFromTheNotification_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("firstStopsAfterMinutes"); // -1: still running
    QTest::newRow("discard and continue") << QStringLiteral("continue") << 2 << 5;
    QTest::newRow("discard and stop") << QStringLiteral("stop") << 1 << 5;
    QTest::newRow("keep") << QStringLiteral("keep") << 1 << -1;
}

void TestReturnNotification::answeredFromTheNotification()
{
    QFETCH(QString, action);
    QFETCH(int, entries);
    QFETCH(int, firstStopsAfterMinutes);
    Scene scene;
    QVERIFY(scene.start(PresenceSettings::Action::AskOnReturn));
    PresenceRig *rig = scene.rig.get();
    NotificationClient &notifications = scene.notifications;
    const QDateTime t0 = PresenceRig::start(rig->entries().value(0));
    scene.lockFor(5, 30);
    QVERIFY(waitForCalls(QStringLiteral("Notify"), 1));
    const QVariantList args = NotificationDaemonMock::calls(QStringLiteral("Notify")).at(0);
    QCOMPARE(args.at(3).toString(), QStringLiteral("Welcome back"));
    QVERIFY2(args.at(4).toString().startsWith(QStringLiteral("The screen was locked from ")),
             qPrintable(args.at(4).toString()));
    QVERIFY(args.at(4).toString().contains(QStringLiteral("“Writing”")));
    QCOMPARE(args.at(5).toStringList(),
             (QStringList{QStringLiteral("continue"), QStringLiteral("Discard time away and continue"),
                          QStringLiteral("stop"), QStringLiteral("Discard time away and stop"),
                          QStringLiteral("keep"), QStringLiteral("Keep time away")}));
    QTRY_VERIFY(notifications.serverId(ReturnNotification::kReturnKey) != 0);

    NotificationDaemonMock::emitActionInvoked(notifications.serverId(ReturnNotification::kReturnKey), action);
    QTest::qWait(200);
    QVERIFY(rig->drained());
    QTRY_COMPARE(rig->entries().size(), entries);
    const QList<QJsonObject> list = rig->entries();
    if (firstStopsAfterMinutes < 0)
        QVERIFY(!PresenceRig::stop(list.at(0)).isValid());
    else
        QCOMPARE(PresenceRig::stop(list.at(0)), t0.addSecs(firstStopsAfterMinutes * 60));
    if (entries == 2) { // the copy runs from the return
        QCOMPARE(PresenceRig::start(list.at(1)), t0.addSecs(35 * 60));
        QCOMPARE(list.at(1).value(QStringLiteral("description")).toString(), QStringLiteral("Writing"));
        QCOMPARE(list.at(1).value(QStringLiteral("project_id")).toInteger(), rig->projectId);
    }
    // Answered: the question is gone from the screen.
    QVERIFY(waitForCalls(QStringLiteral("CloseNotification"), 1));
}

void TestReturnNotification::answeredInTheWindowClosesIt()
{
    Scene scene;
    QVERIFY(scene.start(PresenceSettings::Action::AskOnReturn));
    PresenceRig *rig = scene.rig.get();
    NotificationClient &notifications = scene.notifications;
    scene.lockFor(5, 10);
    QVERIFY(waitForCalls(QStringLiteral("Notify"), 1));
    QTRY_VERIFY(notifications.serverId(ReturnNotification::kReturnKey) != 0);
    const quint32 id = notifications.serverId(ReturnNotification::kReturnKey);
    rig->presence->keep(); // the dialog's Keep
    QVERIFY(waitForCalls(QStringLiteral("CloseNotification"), 1));
    QCOMPARE(NotificationDaemonMock::calls(QStringLiteral("CloseNotification")).at(0).at(0).toUInt(), id);
    // A late press of the closed notification's button changes nothing.
    NotificationDaemonMock::emitActionInvoked(id, QStringLiteral("stop"));
    QTest::qWait(300);
    QVERIFY(rig->timer->isRunning());
}

void TestReturnNotification::stoppedWithContinue()
{
    Scene scene;
    QVERIFY(scene.start(PresenceSettings::Action::Stop));
    PresenceRig *rig = scene.rig.get();
    NotificationClient &notifications = scene.notifications;
    rig->clock.advance(12 * 60);
    emitScreenSaverActive(kSaver, true);
    QVERIFY(waitForCalls(QStringLiteral("Notify"), 1));
    const QVariantList args = NotificationDaemonMock::calls(QStringLiteral("Notify")).at(0);
    QCOMPARE(args.at(3).toString(), QStringLiteral("Timer stopped"));
    QVERIFY2(args.at(4).toString().startsWith(QStringLiteral("The timer was stopped at ")),
             qPrintable(args.at(4).toString()));
    QCOMPARE(args.at(5).toStringList(),
             (QStringList{QStringLiteral("continue"), QStringLiteral("Continue")}));
    QVERIFY(rig->drained());
    QTRY_VERIFY(!rig->timer->isRunning() && !rig->timer->isBusy());
    emitScreenSaverActive(kSaver, false);

    QTRY_VERIFY(notifications.serverId(ReturnNotification::kStoppedKey) != 0);
    NotificationDaemonMock::emitActionInvoked(notifications.serverId(ReturnNotification::kStoppedKey),
                                              QStringLiteral("continue"));
    QTRY_VERIFY_WITH_TIMEOUT(rig->timer->isRunning(), 5000);
    QVERIFY(rig->drained());
    QTRY_COMPARE(rig->entries().size(), 2);
    QCOMPARE(rig->entries().at(1).value(QStringLiteral("description")).toString(), QStringLiteral("Writing"));
    // Running again: the "stopped" notification is taken down.
    QVERIFY(waitForCalls(QStringLiteral("CloseNotification"), 1));
}

QTEST_MAIN(TestReturnNotification)
#include "tst_returnnotification.moc"
