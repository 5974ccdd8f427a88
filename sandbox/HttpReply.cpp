// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
const QByteArray jsonType = "application/json; charset=utf-8"_ba;

QByteArray encode(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // Scalars: wrap in an array and strip the brackets (QJsonDocument only holds containers).
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}
} // namespace

HttpReply HttpReply::json(int status, const QJsonValue &value)
{
    HttpReply reply;
    reply.status = status;
    reply.headers.append({"Content-Type"_ba, jsonType});
    reply.body = value.isUndefined() ? "null"_ba : encode(value);
    return reply;
}

HttpReply HttpReply::jsonError(int status, const QString &message)
{
    return json(status, QJsonValue(message));
}

HttpReply HttpReply::emptyJson(int status)
{
    HttpReply reply;
    reply.status = status;
    reply.headers.append({"Content-Type"_ba, jsonType});
    return reply;
}

HttpReply HttpReply::bare(int status)
{
    HttpReply reply;
    reply.status = status;
    return reply;
}

HttpReply HttpReply::html(int status, const QByteArray &page)
{
    HttpReply reply;
    reply.status = status;
    reply.headers.append({"Content-Type"_ba, "text/html"_ba});
    reply.body = page;
    return reply;
}

void HttpReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpReply::serialize() const
{
    QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (status != 204)
        out += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n"_ba;
    out += body;
    return out;
}

QByteArray HttpReply::serializeHead() const
{
    QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Transfer-Encoding: chunked\r\n\r\n"_ba;
    return out;
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 402:
        return "Payment Required"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 409:
        return "Conflict"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    default:
        return "Unknown"_ba;
    }
}

} // namespace sandbox
