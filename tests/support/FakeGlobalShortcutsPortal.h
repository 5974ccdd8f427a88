// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The desktop portal's org.freedesktop.portal.GlobalShortcuts, as small as the protocol allows,
// on a connection of its own in the test's process (the test's private session bus): the version
// property, CreateSession and BindShortcuts answered through org.freedesktop.portal.Request's
// Response signal, and Activated sent when the test "presses" a shortcut. A QDBusVirtualObject
// (no moc), like FakeStatusNotifierWatcher.
#include "app/remote/PortalShortcut.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QTimer>

namespace punchclock::test {

class FakeGlobalShortcutsPortal : public QDBusVirtualObject
{
public:
    static inline const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
    static inline const QString kInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");

    FakeGlobalShortcutsPortal()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-portal")))
    {
        PortalShortcut::registerDBusTypes();
    }
    ~FakeGlobalShortcutsPortal() override { stop(); }

    bool start() { return m_bus.registerVirtualObject(kPath, this) && m_bus.registerService(kService); }
    void stop()
    {
        m_bus.unregisterService(kService);
        m_bus.unregisterObject(kPath);
    }

    uint bindResponse = 0;       // 1: the user cancelled the dialog
    QList<PortalShortcut> bound; // what BindShortcuts got
    QString session;             // the session handle given out
    QString boundSession;        // the one BindShortcuts named
    int createSessionCalls = 0;

    // A shortcut pressed: Activated for `sessionHandle` (default: the one given out).
    void press(const QString &id, const QString &sessionHandle = {})
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("Activated"));
        signal << QVariant::fromValue(QDBusObjectPath(sessionHandle.isEmpty() ? session : sessionHandle))
               << id << qulonglong(1234) << QVariantMap();
        m_bus.send(signal);
    }

    QString introspect(const QString &path) const override
    {
        if (path != kPath)
            return {};
        return QStringLiteral(R"xml(<interface name="org.freedesktop.portal.GlobalShortcuts">
  <method name="CreateSession"><arg type="a{sv}" direction="in"/><arg type="o" direction="out"/></method>
  <method name="BindShortcuts"><arg type="o" direction="in"/><arg type="a(sa{sv})" direction="in"/>
    <arg type="s" direction="in"/><arg type="a{sv}" direction="in"/><arg type="o" direction="out"/></method>
  <signal name="Activated"><arg type="o"/><arg type="s"/><arg type="t"/><arg type="a{sv}"/></signal>
  <property name="version" type="u" access="read"/>
</interface>
)xml");
    }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QString member = message.member();
        const QVariantList args = message.arguments();
        if (member == QLatin1String("Get") && args.size() == 2 && args.at(0).toString() == kInterface &&
            args.at(1).toString() == QLatin1String("version")) {
            connection.send(message.createReply(QVariant::fromValue(QDBusVariant(uint(1)))));
            return true;
        }
        if (member == QLatin1String("CreateSession") && args.size() == 1) {
            ++createSessionCalls;
            const QVariantMap options = qdbus_cast<QVariantMap>(args.at(0));
            session = kPath + QLatin1String("/session/") + sender(message) + QLatin1Char('/') +
                      options.value(QStringLiteral("session_handle_token")).toString();
            respond(message, connection, options, 0, {{QStringLiteral("session_handle"), session}});
            return true;
        }
        if (member == QLatin1String("BindShortcuts") && args.size() == 4) {
            boundSession = args.at(0).value<QDBusObjectPath>().path();
            bound = qdbus_cast<QList<PortalShortcut>>(args.at(1));
            respond(message, connection, qdbus_cast<QVariantMap>(args.at(3)), bindResponse, {});
            return true;
        }
        return false;
    }

private:
    static QString sender(const QDBusMessage &message)
    {
        QString s = message.service().mid(1);
        s.replace(QLatin1Char('.'), QLatin1Char('_'));
        return s;
    }

    // Replies with the request's path, then (as the portal does, later) its Response.
    static void respond(const QDBusMessage &message, const QDBusConnection &connection,
                        const QVariantMap &options, uint response, const QVariantMap &results)
    {
        const QString request = kPath + QLatin1String("/request/") + sender(message) + QLatin1Char('/') +
                                options.value(QStringLiteral("handle_token")).toString();
        connection.send(message.createReply(QVariant::fromValue(QDBusObjectPath(request))));
        QTimer::singleShot(10, [connection, request, response, results] {
            QDBusMessage signal = QDBusMessage::createSignal(
                request, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
            signal << response << results;
            QDBusConnection(connection).send(signal);
        });
    }

    QDBusConnection m_bus;
};

} // namespace punchclock::test
