// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/JsonRead.h"

#include "app/track/TrackTime.h"

#include <QVariant>

#include <cmath>

namespace punchclock::JsonRead {

namespace {
std::optional<qint64> asInt(const QJsonValue &v)
{
    if (v.isDouble()) {
        // Whole numbers are kept as qint64 by Qt: read them exactly (toDouble() rounds past 2^53).
        const QVariant exact = v.toVariant();
        if (exact.typeId() == QMetaType::LongLong)
            return exact.toLongLong();
        const double d = v.toDouble();
        // Outside qint64 the cast is undefined behaviour (found by tests/fuzz): read as absent.
        if (!std::isfinite(d) || d < -0x1p63 || d >= 0x1p63)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (v.isString()) { // tolerate quoted numbers
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}
} // namespace

std::optional<qint64> optInt(const QJsonObject &o, QLatin1String key)
{
    return asInt(o.value(key));
}

std::optional<qint64> optInt(const QJsonObject &o, QLatin1String key, QLatin1String legacyKey)
{
    if (o.contains(key))
        return asInt(o.value(key));
    return asInt(o.value(legacyKey));
}

qint64 integer(const QJsonObject &o, QLatin1String key, qint64 fallback)
{
    return optInt(o, key).value_or(fallback);
}

std::optional<QString> optString(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

QString string(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

std::optional<bool> optBool(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

bool boolean(const QJsonObject &o, QLatin1String key, bool fallback)
{
    return optBool(o, key).value_or(fallback);
}

std::optional<QDateTime> optTime(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    return TrackTime::parse(v.toString());
}

std::optional<QStringList> optStringList(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        if (item.isString())
            out.append(item.toString());
    return out;
}

std::optional<QList<qint64>> optIntList(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return std::nullopt;
    QList<qint64> out;
    for (const QJsonValue &item : v.toArray())
        if (const auto n = asInt(item))
            out.append(*n);
    return out;
}

QJsonArray array(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toArray();
}

QJsonValue toJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJson(const std::optional<QString> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJson(const std::optional<QDateTime> &v)
{
    return v && v->isValid() ? QJsonValue(TrackTime::format(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJson(const std::optional<QStringList> &v)
{
    return v ? QJsonValue(QJsonArray::fromStringList(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJson(const std::optional<QList<qint64>> &v)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    QJsonArray a;
    for (qint64 n : *v)
        a.append(n);
    return a;
}

} // namespace punchclock::JsonRead
