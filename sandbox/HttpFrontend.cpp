// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpFrontend.h"

#include <QTimer>

#include "sandbox/HttpRequestParser.h"

using namespace Qt::StringLiterals;

namespace sandbox {

HttpFrontend::HttpFrontend(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpFrontend::accept);
}

quint16 HttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port) ? m_server.serverPort() : 0;
}

void HttpFrontend::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpFrontend::read(QTcpSocket *socket)
{
    if (!m_connections.contains(socket))
        return;
    m_connections[socket].buffer += socket->readAll();
    // Every complete request in turn (pipelined ones too); the handler may answer later.
    while (m_connections.contains(socket) && socket->state() == QAbstractSocket::ConnectedState) {
        Connection &connection = m_connections[socket];
        ApiRequest request;
        bool expectsContinue = false;
        switch (HttpRequestParser::take(connection.buffer, &request, &expectsContinue)) {
        case HttpRequestParser::Status::Incomplete:
            if (expectsContinue && !connection.continued) {
                connection.continued = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
            }
            return;
        case HttpRequestParser::Status::Bad:
            m_connections.remove(socket);
            send(socket, HttpReply::bare(400), true);
            return;
        case HttpRequestParser::Status::Complete:
            connection.continued = false;
            m_handler(request, QPointer<QTcpSocket>(socket)); // may close the socket
            break;
        }
    }
}

void HttpFrontend::send(QTcpSocket *socket, const HttpReply &reply, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(reply.serialize());
    if (closeAfter)
        socket->disconnectFromHost();
}

void HttpFrontend::drop(QTcpSocket *socket)
{
    if (!socket)
        return;
    // Abort outside the read handler, which may still use the socket.
    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

} // namespace sandbox
