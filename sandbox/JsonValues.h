// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>

namespace sandbox {

// Small JSON conversions both products' answers and the data file use.
class JsonValues
{
public:
    static QJsonValue idOrNull(qint64 id); // 0 means "none"
    static QJsonArray idArray(const QList<qint64> &ids);
    static QList<qint64> idList(const QJsonValue &array);
};

} // namespace sandbox
