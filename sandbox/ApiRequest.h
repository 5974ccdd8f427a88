#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sandbox {

// A parsed HTTP request, detached from the socket so it can outlive QHttpServerRequest (latency).
struct ApiRequest
{
    QByteArray method; // GET, POST, ...
    QString path;      // /api/v9/me
    QString query;     // raw, without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QUrlQuery urlQuery() const { return QUrlQuery(query); }
};

} // namespace sandbox
