// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace sandbox {

// One HTTP answer, written raw to the socket by HttpFrontend.
struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // beside Content-Length, which serialize() adds
    QByteArray body;
    // Streamed answers (Transfer-Encoding: chunked): each piece is written in its own event-loop turn.
    bool chunked = false;
    QList<QByteArray> chunks;

    static HttpReply json(int status, const QJsonValue &value);
    static HttpReply jsonError(int status, const QString &message); // body is a JSON string literal
    static HttpReply emptyJson(int status);                         // JSON Content-Type, empty body (DELETE)
    static HttpReply bare(int status);                              // no Content-Type, empty body (401, 405)
    static HttpReply html(int status, const QByteArray &page);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    QByteArray serialize() const;
    QByteArray serializeHead() const; // status line and headers of a chunked answer
    static QByteArray reasonPhrase(int status);
};

} // namespace sandbox
