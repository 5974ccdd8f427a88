// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The desktop services issue #20 listens to, as small fakes on a connection of their own to the
// private session bus of the test (so every call really crosses the bus): an idle monitor (GNOME's
// Mutter or KDE's org.freedesktop.ScreenSaver), logind's Manager with its delay inhibitor (a pipe:
// the test holds the read end and sees when the last write end is closed) and the screen savers'
// ActiveChanged. QDBusVirtualObjects, so no moc is needed.
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QDBusVirtualObject>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace punchclock::test {

// A connection of its own to the session bus, named `name`.
inline QDBusConnection fakeConnection(const QString &name)
{
    return QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
}

// Leaves the bus: the fake's service names are free for the next test's fake.
inline void dropFakeConnection(const QString &name)
{
    QDBusConnection::disconnectFromBus(name);
}

// Answers GetIdletime (t, Mutter) or GetSessionIdleTime (u, KDE) with `idleMs`.
class FakeIdleMonitor : public QDBusVirtualObject
{
public:
    enum class Kind
    {
        Mutter,
        KdeScreenSaver
    };

    FakeIdleMonitor(Kind kind, const QString &connectionName)
        : m_kind(kind), m_name(connectionName), m_bus(fakeConnection(connectionName))
    {
        const bool mutter = kind == Kind::Mutter;
        m_bus.registerVirtualObject(mutter ? QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core")
                                           : QStringLiteral("/org/freedesktop/ScreenSaver"),
                                    this);
        m_bus.registerService(mutter ? QStringLiteral("org.gnome.Mutter.IdleMonitor")
                                     : QStringLiteral("org.freedesktop.ScreenSaver"));
    }

    ~FakeIdleMonitor() override { dropFakeConnection(m_name); }

    qint64 idleMs = 0;
    int calls = 0;

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const bool mutter = m_kind == Kind::Mutter;
        if (message.member() != (mutter ? QLatin1String("GetIdletime") : QLatin1String("GetSessionIdleTime")))
            return false;
        ++calls;
        connection.send(mutter ? message.createReply(QVariant::fromValue(quint64(idleMs)))
                               : message.createReply(QVariant::fromValue(quint32(idleMs))));
        return true;
    }

private:
    Kind m_kind;
    QString m_name;
    QDBusConnection m_bus;
};

// org.freedesktop.login1.Manager: Inhibit hands out the write end of a pipe; the lock is released
// once every copy of that end is closed, which the read end sees as a hang-up.
class FakeLogind : public QDBusVirtualObject
{
public:
    explicit FakeLogind(const QString &connectionName)
        : m_name(connectionName), m_bus(fakeConnection(connectionName))
    {
        m_bus.registerVirtualObject(QStringLiteral("/org/freedesktop/login1"), this);
        m_bus.registerService(QStringLiteral("org.freedesktop.login1"));
    }
    ~FakeLogind() override
    {
        for (int fd : m_readEnds)
            ::close(fd);
        dropFakeConnection(m_name);
    }

    QStringList inhibitArguments; // of the last Inhibit: what, who, why, mode
    int inhibitCalls() const { return int(m_readEnds.size()); }

    // The lock of the Inhibit call `index` (0: the first) is held by the client still.
    bool isHeld(int index) const
    {
        pollfd p{m_readEnds.at(index), POLLIN, 0};
        return ::poll(&p, 1, 0) == 0; // a hang-up (or EOF) makes it readable
    }

    void emitPrepareForSleep(bool start) { emitManagerSignal(QStringLiteral("PrepareForSleep"), start); }
    void emitPrepareForShutdown(bool start)
    {
        emitManagerSignal(QStringLiteral("PrepareForShutdown"), start);
    }

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.member() != QLatin1String("Inhibit"))
            return false;
        inhibitArguments.clear();
        for (const QVariant &arg : message.arguments())
            inhibitArguments.append(arg.toString());
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return false;
        m_readEnds.append(fds[0]);
        {
            const QDBusUnixFileDescriptor writeEnd(fds[1]); // a copy of its own
            connection.send(message.createReply(QVariant::fromValue(writeEnd)));
        }
        ::close(fds[1]);
        return true;
    }

private:
    void emitManagerSignal(const QString &name, bool start)
    {
        QDBusMessage signal =
            QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                       QStringLiteral("org.freedesktop.login1.Manager"), name);
        signal << start;
        m_bus.send(signal);
    }

    QString m_name;
    QDBusConnection m_bus;
    QList<int> m_readEnds;
};

// A screen saver that announces ActiveChanged like KDE (org.freedesktop.ScreenSaver) or GNOME.
inline void emitScreenSaverActive(const QString &connectionName, bool active, bool gnome = false)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        gnome ? QStringLiteral("/org/gnome/ScreenSaver") : QStringLiteral("/org/freedesktop/ScreenSaver"),
        gnome ? QStringLiteral("org.gnome.ScreenSaver") : QStringLiteral("org.freedesktop.ScreenSaver"),
        QStringLiteral("ActiveChanged"));
    signal << active;
    fakeConnection(connectionName).send(signal);
}

} // namespace punchclock::test
