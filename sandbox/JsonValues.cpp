// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/JsonValues.h"

namespace sandbox {

QJsonValue JsonValues::idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonArray JsonValues::idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QList<qint64> JsonValues::idList(const QJsonValue &array)
{
    QList<qint64> out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toInteger());
    return out;
}

} // namespace sandbox
