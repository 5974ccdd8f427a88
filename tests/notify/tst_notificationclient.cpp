// SPDX-License-Identifier: GPL-3.0-or-later
// NotificationClient against a real notification server process on a private bus
// (python3-dbusmock's notification_daemon): what Notify carries, actions only where the server
// lists them, the server's signals mapped back to our keys, and the tray fallback with no server.
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include "app/notify/NotificationClient.h"
#include "tests/support/FakeStatusNotifierWatcher.h" // PrivateSessionBus
#include "tests/support/NotificationDaemonMock.h"

using namespace punchclock;
using punchclock::test::NotificationDaemonMock;

class TestNotificationClient : public QObject
{
    Q_OBJECT

private slots:
    void sendsTitleBodyAndActions();
    void leavesOutActionsTheServerCannotShow();
    void mapsSignalsToKeys();
    void closesByKey();
    void fallsBackWithoutServer();
    void findsAServerThatComesLater();
};

namespace {
const NotificationActions kActions{{QStringLiteral("start"), QStringLiteral("Start")},
                                   {QStringLiteral("snooze"), QStringLiteral("Snooze 1 h")}};

bool waitForCalls(const QString &method, int count)
{
    return QTest::qWaitFor([&] { return NotificationDaemonMock::calls(method).size() >= count; }, 5000);
}
} // namespace

void TestNotificationClient::sendsTitleBodyAndActions()
{
    NotificationDaemonMock server;
    QVERIFY(server.start(QStringLiteral("body actions")));
    NotificationClient client;
    QSignalSpy fallback(&client, &NotificationClient::fallbackRequested);
    QVERIFY(client.notify(QStringLiteral("reminder"), QStringLiteral("No timer"), QStringLiteral("Track it"),
                          kActions) != 0);
    QVERIFY(waitForCalls(QStringLiteral("Notify"), 1));
    const QVariantList args = NotificationDaemonMock::calls(QStringLiteral("Notify")).at(0);
    QCOMPARE(args.size(), 8);
    QCOMPARE(args.at(1).toUInt(), 0u); // replaces nothing
    QCOMPARE(args.at(3).toString(), QStringLiteral("No timer"));
    QCOMPARE(args.at(4).toString(), QStringLiteral("Track it"));
    QCOMPARE(args.at(5).toStringList(),
             (QStringList{QStringLiteral("start"), QStringLiteral("Start"), QStringLiteral("snooze"),
                          QStringLiteral("Snooze 1 h")}));
    QVERIFY(client.supportsActions());
    QCOMPARE(client.serverState(), NotificationClient::ServerState::Present);
    QTRY_VERIFY(client.serverId(QStringLiteral("reminder")) != 0);
    const quint32 first = client.serverId(QStringLiteral("reminder"));

    // The same key again replaces the one shown.
    client.notify(QStringLiteral("reminder"), QStringLiteral("Still no timer"), QString(), kActions);
    QVERIFY(waitForCalls(QStringLiteral("Notify"), 2));
    QCOMPARE(NotificationDaemonMock::calls(QStringLiteral("Notify")).at(1).at(1).toUInt(), first);
    QVERIFY(fallback.isEmpty());
}

void TestNotificationClient::leavesOutActionsTheServerCannotShow()
{
    NotificationDaemonMock server;
    QVERIFY(server.start(QStringLiteral("body body-markup"))); // the template's quirk: no "actions"
    NotificationClient client;
    client.notify(QStringLiteral("reminder"), QStringLiteral("No timer"), QStringLiteral("Track it"),
                  kActions);
    QVERIFY(waitForCalls(QStringLiteral("Notify"), 1));
    const QVariantList args = NotificationDaemonMock::calls(QStringLiteral("Notify")).at(0);
    QCOMPARE(args.at(3).toString(), QStringLiteral("No timer"));
    QCOMPARE(args.at(5).toStringList(), QStringList());
    QVERIFY(!client.supportsActions());
}

void TestNotificationClient::mapsSignalsToKeys()
{
    NotificationDaemonMock server;
    QVERIFY(server.start(QStringLiteral("body actions")));
    NotificationClient client;
    QSignalSpy invoked(&client, &NotificationClient::actionInvoked);
    QSignalSpy closed(&client, &NotificationClient::closed);
    client.notify(QStringLiteral("a"), QStringLiteral("A"), QString(), kActions);
    client.notify(QStringLiteral("b"), QStringLiteral("B"), QString(), kActions);
    QTRY_VERIFY(client.serverId(QStringLiteral("a")) != 0 && client.serverId(QStringLiteral("b")) != 0);
    const quint32 a = client.serverId(QStringLiteral("a"));
    const quint32 b = client.serverId(QStringLiteral("b"));
    QVERIFY(a != b);

    NotificationDaemonMock::emitActionInvoked(9999, QStringLiteral("start")); // another app's
    NotificationDaemonMock::emitActionInvoked(b, QStringLiteral("snooze"));
    QTRY_COMPARE(invoked.size(), 1);
    QCOMPARE(invoked.at(0).at(0).toString(), QStringLiteral("b"));
    QCOMPARE(invoked.at(0).at(1).toString(), QStringLiteral("snooze"));

    NotificationDaemonMock::emitClosed(a, 2);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).toString(), QStringLiteral("a"));
    QCOMPARE(client.serverId(QStringLiteral("a")), 0u);
    NotificationDaemonMock::emitActionInvoked(a, QStringLiteral("start")); // closed: no longer ours
    QTest::qWait(200);
    QCOMPARE(invoked.size(), 1);
}

void TestNotificationClient::closesByKey()
{
    NotificationDaemonMock server;
    QVERIFY(server.start(QStringLiteral("body actions")));
    NotificationClient client;
    client.notify(QStringLiteral("a"), QStringLiteral("A"), QString());
    QTRY_VERIFY(client.serverId(QStringLiteral("a")) != 0);
    const quint32 id = client.serverId(QStringLiteral("a"));
    client.close(QStringLiteral("a"));
    QVERIFY(waitForCalls(QStringLiteral("CloseNotification"), 1));
    QCOMPARE(NotificationDaemonMock::calls(QStringLiteral("CloseNotification")).at(0).at(0).toUInt(), id);
    client.close(QStringLiteral("a")); // nothing shown any more: nothing sent
    QTest::qWait(200);
    QCOMPARE(NotificationDaemonMock::calls(QStringLiteral("CloseNotification")).size(), 1);
}

void TestNotificationClient::fallsBackWithoutServer()
{
    QVERIFY(!NotificationDaemonMock::isOnBus());
    NotificationClient client;
    QSignalSpy fallback(&client, &NotificationClient::fallbackRequested);
    client.notify(QStringLiteral("reminder"), QStringLiteral("No timer"), QStringLiteral("Track it"),
                  kActions);
    QVERIFY(fallback.wait(5000));
    QCOMPARE(fallback.at(0).at(0).toString(), QStringLiteral("No timer"));
    QCOMPARE(fallback.at(0).at(1).toString(), QStringLiteral("Track it"));
    QCOMPARE(client.serverState(), NotificationClient::ServerState::Absent);
    // Known absent: the next one falls back at once.
    client.notify(QStringLiteral("other"), QStringLiteral("Pomodoro"), QString());
    QCOMPARE(fallback.size(), 2);

    // No session bus at all.
    NotificationClient unconnected(QDBusConnection(QStringLiteral("no such connection")));
    QSignalSpy unconnectedFallback(&unconnected, &NotificationClient::fallbackRequested);
    unconnected.notify(QStringLiteral("k"), QStringLiteral("T"), QStringLiteral("B"));
    QCOMPARE(unconnectedFallback.size(), 1);
}

void TestNotificationClient::findsAServerThatComesLater()
{
    NotificationClient client;
    QSignalSpy fallback(&client, &NotificationClient::fallbackRequested);
    client.notify(QStringLiteral("k"), QStringLiteral("Before"), QString());
    QVERIFY(fallback.wait(5000));
    NotificationDaemonMock server;
    QVERIFY(server.start(QStringLiteral("body actions")));
    QTRY_COMPARE_WITH_TIMEOUT(client.serverState(), NotificationClient::ServerState::Present, 5000);
    client.notify(QStringLiteral("k"), QStringLiteral("After"), QString(), kActions);
    QVERIFY(waitForCalls(QStringLiteral("Notify"), 1));
    QCOMPARE(NotificationDaemonMock::calls(QStringLiteral("Notify")).at(0).at(3).toString(),
             QStringLiteral("After"));
    QCOMPARE(fallback.size(), 1);
}

int main(int argc, char **argv)
{
    // Its own bus: the server name meets no other test's nor a desktop's.
    punchclock::test::PrivateSessionBus bus;
    if (!bus.start())
        return 1;
    QCoreApplication app(argc, argv);
    TestNotificationClient test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notificationclient.moc"
