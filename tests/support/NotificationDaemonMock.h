// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A notification server on the test's session bus: python3-dbusmock's `notification_daemon`
// template in a process of its own. It answers Notify with increasing IDs, records every call
// (calls()), and sends the signals a person's click would (emitActionInvoked, emitClosed).
// Its template lists no "actions" capability unless told to: pass the capabilities wanted.
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace punchclock::test {

class NotificationDaemonMock
{
public:
    static inline const QString kService = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

    ~NotificationDaemonMock() { stop(); }

    // `capabilities`: space-separated, e.g. "body actions".
    bool start(const QString &capabilities)
    {
        // The system's Python: dbusmock is a Debian package, not in a user's virtual environment.
        const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                                   ? QStringLiteral("/usr/bin/python3")
                                   : QStringLiteral("python3");
        const QJsonObject parameters{{QStringLiteral("capabilities"), capabilities}};
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(python,
                        {QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--session"),
                         QStringLiteral("-t"), QStringLiteral("notification_daemon"), QStringLiteral("-p"),
                         QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact))});
        if (!m_process.waitForStarted(5000))
            return false;
        return QTest::qWaitFor([] { return isOnBus(); }, 10000);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        if (!QTest::qWaitFor([] { return !isOnBus(); }, 5000))
            qWarning("the notification server mock is still on the bus");
    }

    static bool isOnBus()
    {
        return QDBusConnection::sessionBus().interface()->isServiceRegistered(kService).value();
    }

    // The arguments of each call of `method`, oldest first.
    static QList<QVariantList> calls(const QString &method)
    {
        QDBusMessage get = QDBusMessage::createMethodCall(
            kService, kPath, QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("GetMethodCalls"));
        get << method;
        const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 5000);
        QList<QVariantList> result;
        if (reply.type() != QDBusMessage::ReplyMessage)
            return result;
        const QDBusArgument list = reply.arguments().value(0).value<QDBusArgument>();
        list.beginArray();
        while (!list.atEnd()) {
            quint64 timestamp = 0;
            QVariantList args;
            list.beginStructure();
            list >> timestamp;
            list.beginArray();
            while (!list.atEnd()) {
                QDBusVariant arg;
                list >> arg;
                args.append(plain(arg.variant()));
            }
            list.endArray();
            list.endStructure();
            result.append(args);
        }
        list.endArray();
        return result;
    }

    static void emitActionInvoked(quint32 id, const QString &action)
    {
        emitSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"), {id, action});
    }
    static void emitClosed(quint32 id, quint32 reason)
    {
        emitSignal(QStringLiteral("NotificationClosed"), QStringLiteral("uu"), {id, reason});
    }

private:
    // Strings lists arrive as a QDBusArgument inside the variant.
    static QVariant plain(const QVariant &value)
    {
        if (value.userType() != qMetaTypeId<QDBusArgument>())
            return value;
        const QDBusArgument arg = value.value<QDBusArgument>();
        if (arg.currentSignature() == QLatin1String("as")) {
            QStringList list;
            arg >> list;
            return list;
        }
        return value;
    }

    static void emitSignal(const QString &name, const QString &signature, const QVariantList &args)
    {
        QDBusMessage emitCall = QDBusMessage::createMethodCall(
            kService, kPath, QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("EmitSignal"));
        QVariantList wrapped;
        for (const QVariant &arg : args)
            wrapped.append(QVariant::fromValue(QDBusVariant(arg)));
        emitCall << kService << name << signature << wrapped;
        QDBusConnection::sessionBus().call(emitCall, QDBus::Block, 5000);
    }

    QProcess m_process;
};

} // namespace punchclock::test
