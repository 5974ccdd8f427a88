// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace punchclock {

// Lenient readers for Track JSON: a missing key, a null and a value of the wrong type all read as
// "absent" rather than failing, because the API adds, omits and nulls fields over time.
namespace JsonRead {

std::optional<qint64> optInt(const QJsonObject &o, QLatin1String key);
// The modern key, else the legacy one (workspace_id/wid, project_id/pid, ...).
std::optional<qint64> optInt(const QJsonObject &o, QLatin1String key, QLatin1String legacyKey);
qint64 integer(const QJsonObject &o, QLatin1String key, qint64 fallback = 0);
std::optional<QString> optString(const QJsonObject &o, QLatin1String key);
QString string(const QJsonObject &o, QLatin1String key);
std::optional<bool> optBool(const QJsonObject &o, QLatin1String key);
bool boolean(const QJsonObject &o, QLatin1String key, bool fallback = false);
std::optional<QDateTime> optTime(const QJsonObject &o, QLatin1String key);
std::optional<QStringList> optStringList(const QJsonObject &o, QLatin1String key);
std::optional<QList<qint64>> optIntList(const QJsonObject &o, QLatin1String key);
QJsonArray array(const QJsonObject &o, QLatin1String key); // empty when missing or null

// Writers: nullopt becomes JSON null.
QJsonValue toJson(const std::optional<qint64> &v);
QJsonValue toJson(const std::optional<QString> &v);
QJsonValue toJson(const std::optional<QDateTime> &v);
QJsonValue toJson(const std::optional<QStringList> &v);
QJsonValue toJson(const std::optional<QList<qint64>> &v);

} // namespace JsonRead
} // namespace punchclock
