// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A panel's org.kde.StatusNotifierWatcher, as small as the specification allows, with its host
// registered: tray tests run it in a child process of their own (runFakeStatusNotifierWatcher,
// from main() on "--fake-watcher") so it answers while the app under test blocks on it, and so it
// can be killed and started again like a panel that restarts. A QDBusVirtualObject (no moc): it
// answers Introspect too, which Qt's tray reads before it asks IsStatusNotifierHostRegistered.
// It prints "ready" once on the bus and "registered <item>" for each item.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <cstdio>

namespace punchclock::test {

inline const QString kWatcherService = QStringLiteral("org.kde.StatusNotifierWatcher");
inline const QString kWatcherPath = QStringLiteral("/StatusNotifierWatcher");

class FakeStatusNotifierWatcher : public QDBusVirtualObject
{
public:
    QString introspect(const QString &path) const override
    {
        if (path != kWatcherPath)
            return {};
        return QStringLiteral(R"(<interface name="org.kde.StatusNotifierWatcher">
  <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
  <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
  <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
  <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
  <property name="ProtocolVersion" type="i" access="read"/>
  <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
  <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
  <signal name="StatusNotifierHostRegistered"/>
</interface>
)");
    }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QString member = message.member();
        const QVariantList args = message.arguments();
        if (member == QLatin1String("RegisterStatusNotifierItem") && args.size() == 1) {
            // A service name, or an object path on the caller's connection.
            const QString given = args.at(0).toString();
            const QString item = given.startsWith(QLatin1Char('/')) ? message.service() + given : given;
            if (!m_items.contains(item))
                m_items.append(item);
            std::printf("registered %s\n", qPrintable(item));
            std::fflush(stdout);
            connection.send(message.createReply());
            emitSignal(connection, QStringLiteral("StatusNotifierItemRegistered"), {item});
            return true;
        }
        if (member == QLatin1String("RegisterStatusNotifierHost")) {
            connection.send(message.createReply());
            emitSignal(connection, QStringLiteral("StatusNotifierHostRegistered"), {});
            return true;
        }
        if (message.interface() == QLatin1String("org.freedesktop.DBus.Properties")) {
            if (member == QLatin1String("Get") && args.size() == 2) {
                const QVariant value = property(args.at(1).toString());
                if (!value.isValid())
                    return false;
                connection.send(message.createReply(QVariant::fromValue(QDBusVariant(value))));
                return true;
            }
            if (member == QLatin1String("GetAll")) {
                QVariantMap all;
                for (const char *name :
                     {"RegisteredStatusNotifierItems", "IsStatusNotifierHostRegistered", "ProtocolVersion"})
                    all.insert(QLatin1String(name), property(QLatin1String(name)));
                connection.send(message.createReply(all));
                return true;
            }
        }
        return false;
    }

private:
    QVariant property(const QString &name) const
    {
        if (name == QLatin1String("RegisteredStatusNotifierItems"))
            return m_items;
        if (name == QLatin1String("IsStatusNotifierHostRegistered"))
            return true;
        if (name == QLatin1String("ProtocolVersion"))
            return 0;
        return {};
    }
    static void emitSignal(const QDBusConnection &connection, const QString &name, const QVariantList &args)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kWatcherPath, kWatcherService, name);
        signal.setArguments(args);
        connection.send(signal);
    }

    QStringList m_items;
};

// The watcher process's main().
inline int runFakeStatusNotifierWatcher(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakeStatusNotifierWatcher watcher;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerVirtualObject(kWatcherPath, &watcher) || !bus.registerService(kWatcherService)) {
        std::fprintf(stderr, "fake watcher: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// The watcher as the test sees it: this executable again with --fake-watcher.
class WatcherProcess
{
public:
    ~WatcherProcess() { stop(); }
    bool start()
    {
        m_output.clear();
        m_process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--fake-watcher")});
        return m_process.waitForStarted(5000) &&
               QTest::qWaitFor([this] { return output().contains("ready\n"); }, 10000);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QByteArray output()
    {
        m_output += m_process.readAllStandardOutput();
        return m_output;
    }
    // The items this watcher was told about, from its own D-Bus property.
    static QStringList items()
    {
        QDBusMessage get = QDBusMessage::createMethodCall(kWatcherService, kWatcherPath,
                                                          QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("Get"));
        get << kWatcherService << QStringLiteral("RegisteredStatusNotifierItems");
        const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage)
            return {};
        return reply.arguments().value(0).value<QDBusVariant>().variant().toStringList();
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

// A private session bus for one test executable, so its watcher's name meets no other test's
// watcher nor a real panel's: call before the QApplication, which connects on first use.
class PrivateSessionBus
{
public:
    bool start()
    {
        m_daemon.start(
            QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(5000) || !m_daemon.waitForReadyRead(5000)) {
            std::fprintf(stderr, "cannot start dbus-daemon: %s\n", qPrintable(m_daemon.errorString()));
            return false;
        }
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_daemon.readLine().trimmed());
        return true;
    }
    ~PrivateSessionBus()
    {
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }

private:
    QProcess m_daemon;
};

} // namespace punchclock::test
