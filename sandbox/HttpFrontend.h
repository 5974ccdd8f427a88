// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

#include "sandbox/ApiRequest.h"
#include "sandbox/HttpReply.h"

namespace sandbox {

// The socket side: reads each HTTP request off its connection (HttpRequestParser) and hands it on
// as an ApiRequest together with the socket, so the answer can be written later (latency), never
// (hang) or not at all (drop). It owns the sockets itself, the same way on every Qt version.
class HttpFrontend : public QObject
{
public:
    using Handler = std::function<void(const ApiRequest &, QPointer<QTcpSocket>)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

    quint16 listen(const QHostAddress &address, quint16 port); // the bound port, 0 on failure

    static void send(QTcpSocket *socket, const HttpReply &reply, bool closeAfter);
    static void drop(QTcpSocket *socket);

private:
    void accept();
    void read(QTcpSocket *socket);

    struct Connection
    {
        QByteArray buffer;      // bytes of requests not yet complete
        bool continued = false; // "100 Continue" sent for the request in the buffer
    };

    Handler m_handler;
    QHash<QTcpSocket *, Connection> m_connections;
    QTcpServer m_server; // after m_connections: its sockets' disconnected() still finds them
};

} // namespace sandbox
