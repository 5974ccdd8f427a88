// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace sandbox {

// A parsed HTTP request, detached from the socket so it can outlive the read (latency).
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

    // The body, when it is a JSON object (or array); nullopt answers 400, worded by each product.
    std::optional<QJsonObject> jsonObject() const;
    std::optional<QJsonArray> jsonArray() const;

    // An ID in a path or query: a positive integer, as written (no spaces).
    static std::optional<qint64> parseId(const QString &text);
    // A comma-separated list's parts, each trimmed; nullopt when one is not an ID.
    static std::optional<QList<qint64>> parseIds(const QStringList &parts);
};

} // namespace sandbox
