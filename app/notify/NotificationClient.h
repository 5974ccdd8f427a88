// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/notify/NotificationAction.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace punchclock {

// Desktop notifications through org.freedesktop.Notifications (the Desktop Notifications
// Specification), with buttons where the server can show them. Every notification has a key
// chosen by its feature ("reminder.idle", "pomodoro"): a new one with the same key replaces the
// one still shown, and the key comes back with the button pressed (actionInvoked) or the close.
//
// The server's capabilities are asked once (GetCapabilities) and again when the server changes;
// actions are sent only when it lists "actions" (a server without them would show nothing to
// press). With no server on the bus (or no bus), fallbackRequested() asks the tray to show the
// title and body instead (QSystemTrayIcon::showMessage); its buttons are lost then.
//
// All D-Bus calls are asynchronous: a notification asked for before the capabilities are known
// waits for them.
class NotificationClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = -1; // the server's default

    explicit NotificationClient(QDBusConnection bus = QDBusConnection::sessionBus(),
                                QObject *parent = nullptr);
    ~NotificationClient() override;

    // Shows (or replaces) the notification `key`. Returns a local number for this notification,
    // never 0; the key is what the signals name.
    quint32 notify(const QString &key, const QString &title, const QString &body,
                   const NotificationActions &actions = {});
    void close(const QString &key); // CloseNotification, when it is still shown

    enum class ServerState
    {
        Unknown, // not asked yet, or being asked
        Present,
        Absent
    };
    ServerState serverState() const { return m_state; }
    QStringList capabilities() const { return m_capabilities; }
    bool supportsActions() const { return m_capabilities.contains(QLatin1String("actions")); }
    // The D-Bus ID the server gave `key`'s notification (0: none shown).
    quint32 serverId(const QString &key) const { return m_serverIds.value(key); }

    // Asks the server's capabilities again (also done when the server comes or goes).
    void refreshCapabilities();

signals:
    void actionInvoked(const QString &key, const QString &action);
    void closed(const QString &key);
    // No notification server: show `title` and `body` another way (the tray).
    void fallbackRequested(const QString &title, const QString &body);
    void serverStateChanged(punchclock::NotificationClient::ServerState state);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    struct Pending
    {
        quint32 localId;
        QString key;
        QString title;
        QString body;
        NotificationActions actions;
    };

    void send(const Pending &pending);
    void onCapabilities(QDBusPendingCallWatcher *call);
    void setState(ServerState state);
    QString keyOf(quint32 serverId) const;

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    ServerState m_state = ServerState::Unknown;
    bool m_asking = false;
    QStringList m_capabilities;
    QList<Pending> m_waiting;            // asked for before the capabilities were known
    QHash<QString, quint32> m_serverIds; // key -> the server's ID of what it shows
    quint32 m_nextLocalId = 1;
};

} // namespace punchclock
