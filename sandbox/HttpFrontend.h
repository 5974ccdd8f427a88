#pragma once

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

#include "sandbox/ApiRequest.h"
#include "sandbox/HttpReply.h"

namespace sandbox {

// The socket side: turns each QHttpServerRequest into an ApiRequest and hands it on together
// with the socket, so the answer can be written later (latency), never (hang) or not at all (drop).
class HttpFrontend : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const ApiRequest &, QPointer<QTcpSocket>)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

    static void send(QTcpSocket *socket, const HttpReply &reply, bool closeAfter);
    static void drop(QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace sandbox
