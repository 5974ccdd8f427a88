#include "sandbox/HttpFrontend.h"

#include <QHttpServerRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

} // namespace

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.url().query(QUrl::FullyEncoded);
    api.headers = request.headers();
    api.body = request.body();
    m_handler(api, QPointer<QTcpSocket>(socket));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, HttpReply::bare(404), false); // not reached: handleRequest takes everything
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
    // Abort outside the server's read handler, which may still use the socket.
    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

} // namespace sandbox
