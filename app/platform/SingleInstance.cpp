// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platform/SingleInstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace punchclock {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "punchclock.platform")
const QByteArray kActivate = QByteArrayLiteral("activate\n");
} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent), m_name(name.isEmpty() ? defaultServerName() : name)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
#ifdef Q_OS_UNIX
    return QStringLiteral("punchclock-%1").arg(::getuid());
#else
    return QStringLiteral("punchclock-") + qEnvironmentVariable("USERNAME");
#endif
}

bool SingleInstance::claim(int timeoutMs)
{
    if (m_server)
        return true;
    if (notifyRunning(timeoutMs))
        return false;

    // Nobody answered: a socket file left by a crash is stale, take the name over.
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            // Lost a race with a process starting at the same moment: defer to it if it answers.
            delete server;
            if (notifyRunning(timeoutMs))
                return false;
            qCWarning(lcInstance) << "cannot listen on" << m_name
                                  << "- running without the single-instance guard";
            return true;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, &SingleInstance::readMessages);
            if (socket->bytesAvailable() > 0)
                readMessages();
        }
    });
    return true;
}

bool SingleInstance::isRunning(const QString &name, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name.isEmpty() ? defaultServerName() : name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::notifyRunning(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kActivate);
    const bool sent = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return sent;
}

void SingleInstance::readMessages()
{
    const QList<QLocalSocket *> sockets = m_server->findChildren<QLocalSocket *>();
    for (QLocalSocket *socket : sockets) {
        while (socket->canReadLine()) {
            if (socket->readLine() == kActivate)
                emit activateRequested();
        }
    }
}

} // namespace punchclock
