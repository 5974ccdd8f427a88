// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QSignalSpy>

// A D-Bus call from a test to a service in the same process, on a connection of its own, so it
// really goes through the bus: asynchronous, the event loop runs while it waits (a blocking call
// would stop the service and the in-process sandbox from answering).
inline QDBusMessage busCall(const QDBusConnection &bus, const QString &service, const QString &path,
                            const QString &interface, const QString &method,
                            const QVariantList &arguments = {})
{
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
    message.setArguments(arguments);
    QDBusPendingCall pending = bus.asyncCall(message, 20000);
    QDBusPendingCallWatcher watcher(pending);
    QSignalSpy finished(&watcher, &QDBusPendingCallWatcher::finished);
    if (!pending.isFinished())
        finished.wait(25000);
    return pending.reply();
}

// org.freedesktop.DBus.Properties.Get; an invalid QVariant on an error.
inline QVariant busProperty(const QDBusConnection &bus, const QString &service, const QString &path,
                            const QString &interface, const QString &name)
{
    const QDBusMessage reply = busCall(bus, service, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                       QStringLiteral("Get"), {interface, name});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().first().value<QDBusVariant>().variant();
}
