// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tray/StatusNotifierWatch.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QLoggingCategory>
#include <QTimer>

namespace punchclock {

Q_LOGGING_CATEGORY(lcTrayWatch, "punchclock.tray")

namespace {
const QString kService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString kPath = QStringLiteral("/StatusNotifierWatcher");
} // namespace

StatusNotifierWatch::StatusNotifierWatch(QObject *parent) : QObject(parent), m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &StatusNotifierWatch::poll);
    if (!sessionBusConnected())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_watcher = new QDBusServiceWatcher(
        kService, bus,
        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        qCInfo(lcTrayWatch) << "StatusNotifierWatcher appeared on the session bus";
        m_tries = 0;
        m_poll->start();
    });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        qCInfo(lcTrayWatch) << "StatusNotifierWatcher left the session bus";
        m_poll->stop(); // Qt's isSystemTrayAvailable() says no now: closing minimises
    });
    // A watcher already there whose host is not registered yet: wait for the host.
    if (bus.interface()->isServiceRegistered(kService) && !hostRegistered())
        m_poll->start();
}

bool StatusNotifierWatch::sessionBusConnected()
{
    return QDBusConnection::sessionBus().isConnected();
}

bool StatusNotifierWatch::hostRegistered() const
{
    if (!m_watcher)
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(
        kService, kPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << kService << QStringLiteral("IsStatusNotifierHostRegistered");
    // Short: a hung panel must not freeze the window.
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
}

void StatusNotifierWatch::poll()
{
    if (hostRegistered()) {
        m_poll->stop();
        qCInfo(lcTrayWatch) << "StatusNotifierHost registered: (re)creating the tray icon";
        emit hostAppeared();
    } else if (++m_tries >= kPollTries) {
        m_poll->stop();
        qCInfo(lcTrayWatch) << "StatusNotifierWatcher has no host";
    }
}

} // namespace punchclock
