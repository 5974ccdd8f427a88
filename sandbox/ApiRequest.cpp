// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ApiRequest.h"

#include <QJsonDocument>

namespace sandbox {

std::optional<QJsonObject> ApiRequest::jsonObject() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<QJsonArray> ApiRequest::jsonArray() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isArray())
        return std::nullopt;
    return doc.array();
}

std::optional<qint64> ApiRequest::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<QList<qint64>> ApiRequest::parseIds(const QStringList &parts)
{
    QList<qint64> ids;
    for (const QString &part : parts) {
        const auto id = parseId(part.trimmed());
        if (!id)
            return std::nullopt;
        ids.append(*id);
    }
    return ids;
}

} // namespace sandbox
