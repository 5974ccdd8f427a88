// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

// Any JSON value an HTTP body holds, scalars included (QJsonDocument alone only parses
// containers); undefined when the body is not JSON.
inline QJsonValue jsonOfBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().at(0);
}
