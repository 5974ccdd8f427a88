// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/BulkResult.h"

#include "app/track/JsonRead.h"

namespace punchclock {

void BulkResult::merge(const QJsonObject &batchAnswer)
{
    for (const QJsonValue &v : JsonRead::array(batchAnswer, QLatin1String("success"))) {
        const qint64 id = v.isString() ? v.toString().toLongLong() : v.toInteger();
        if (id != 0)
            success.append(id);
    }
    for (const QJsonValue &v : JsonRead::array(batchAnswer, QLatin1String("failure"))) {
        const QJsonObject o = v.toObject();
        failure.append(
            {JsonRead::integer(o, QLatin1String("id")), JsonRead::string(o, QLatin1String("message"))});
    }
}

BulkResult BulkResult::fromJson(const QJsonObject &batchAnswer)
{
    BulkResult r;
    r.merge(batchAnswer);
    return r;
}

} // namespace punchclock
