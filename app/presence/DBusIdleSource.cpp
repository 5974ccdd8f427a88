// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presence/DBusIdleSource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QTimer>

namespace punchclock {

DBusIdleSource::Method DBusIdleSource::freedesktopScreenSaver()
{
    return {tr("KDE (org.freedesktop.ScreenSaver)"), QStringLiteral("org.freedesktop.ScreenSaver"),
            QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
            QStringLiteral("GetSessionIdleTime")};
}

DBusIdleSource::Method DBusIdleSource::mutterIdleMonitor()
{
    return {tr("GNOME (Mutter idle monitor)"), QStringLiteral("org.gnome.Mutter.IdleMonitor"),
            QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
            QStringLiteral("org.gnome.Mutter.IdleMonitor"), QStringLiteral("GetIdletime")};
}

DBusIdleSource::DBusIdleSource(const QDBusConnection &bus, Method method, QObject *parent)
    : IdleSource(parent), m_bus(bus), m_method(std::move(method))
{
}

void DBusIdleSource::query()
{
    if (!m_bus.isConnected()) {
        QTimer::singleShot(0, this, [this] { emit unavailable(tr("No session bus")); });
        return;
    }
    const QDBusMessage call =
        QDBusMessage::createMethodCall(m_method.service, m_method.path, m_method.interface, m_method.member);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusMessage reply = w->reply();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 1) {
            emit unavailable(reply.errorMessage());
            return;
        }
        // u (KDE) or t (Mutter): both convert.
        bool ok = false;
        const qulonglong ms = reply.arguments().constFirst().toULongLong(&ok);
        if (!ok) {
            emit unavailable(tr("Unexpected answer from %1").arg(m_method.service));
            return;
        }
        emit idleTime(qint64(ms));
    });
}

} // namespace punchclock
