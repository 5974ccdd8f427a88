// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notify/NotificationClient.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>
#include <QVariantMap>

#include <utility>

namespace punchclock {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "punchclock.notify")

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDesktopEntry = QStringLiteral("io.github.punchclock.Punchclock");
} // namespace

NotificationClient::NotificationClient(QDBusConnection bus, QObject *parent)
    : QObject(parent), m_bus(std::move(bus))
{
    if (!m_bus.isConnected()) {
        m_state = ServerState::Absent; // no session bus: the tray it is, for good
        return;
    }
    // A server that starts, stops or is replaced (another desktop's) may list other capabilities.
    m_watcher = new QDBusServiceWatcher(kService, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] {
        m_serverIds.clear(); // the old server's IDs mean nothing to the new one
        setState(ServerState::Unknown);
        refreshCapabilities();
    });
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

NotificationClient::~NotificationClient() = default;

quint32 NotificationClient::notify(const QString &key, const QString &title, const QString &body,
                                   const NotificationActions &actions)
{
    const Pending pending{m_nextLocalId++, key, title, body, actions};
    if (m_nextLocalId == 0)
        m_nextLocalId = 1;
    switch (m_state) {
    case ServerState::Present:
        send(pending);
        break;
    case ServerState::Absent:
        emit fallbackRequested(title, body);
        break;
    case ServerState::Unknown:
        // Only the newest of one key is worth showing once the server answers.
        m_waiting.removeIf([&key](const Pending &p) { return p.key == key; });
        m_waiting.append(pending);
        refreshCapabilities();
        break;
    }
    return pending.localId;
}

void NotificationClient::close(const QString &key)
{
    m_waiting.removeIf([&key](const Pending &p) { return p.key == key; });
    const quint32 id = m_serverIds.take(key);
    if (id == 0 || m_state != ServerState::Present)
        return;
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call);
}

void NotificationClient::refreshCapabilities()
{
    if (m_asking || !m_bus.isConnected())
        return;
    m_asking = true;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &NotificationClient::onCapabilities);
}

void NotificationClient::onCapabilities(QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    m_asking = false;
    const QDBusPendingReply<QStringList> reply = *call;
    if (reply.isError()) {
        // ServiceUnknown (nobody owns the name, none to activate), or a server that does not answer.
        qCInfo(lcNotify) << "no notification server:" << reply.error().message();
        m_capabilities.clear();
        setState(ServerState::Absent);
    } else {
        m_capabilities = reply.value();
        setState(ServerState::Present);
    }
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    for (const Pending &pending : waiting) {
        if (m_state == ServerState::Present)
            send(pending);
        else
            emit fallbackRequested(pending.title, pending.body);
    }
}

void NotificationClient::send(const Pending &pending)
{
    QStringList actions;
    if (supportsActions()) {
        for (const NotificationAction &action : pending.actions)
            actions << action.key << action.label;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), kDesktopEntry);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QCoreApplication::applicationName() << m_serverIds.value(pending.key) << kDesktopEntry
         << pending.title << pending.body << actions << hints << qint32(kTimeoutMs);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, pending](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<quint32> reply = *w;
        if (reply.isError()) {
            qCWarning(lcNotify) << "Notify failed:" << reply.error().message();
            emit fallbackRequested(pending.title, pending.body);
            return;
        }
        m_serverIds.insert(pending.key, reply.value());
    });
}

QString NotificationClient::keyOf(quint32 serverId) const
{
    for (auto it = m_serverIds.cbegin(); it != m_serverIds.cend(); ++it) {
        if (it.value() == serverId)
            return it.key();
    }
    return {};
}

// Both signals are broadcast to every client of the server: only our own IDs count.
void NotificationClient::onActionInvoked(uint id, const QString &action)
{
    const QString key = keyOf(id);
    if (!key.isEmpty())
        emit actionInvoked(key, action);
}

void NotificationClient::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const QString key = keyOf(id);
    if (key.isEmpty())
        return;
    m_serverIds.remove(key);
    emit closed(key);
}

void NotificationClient::setState(ServerState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit serverStateChanged(state);
}

} // namespace punchclock
