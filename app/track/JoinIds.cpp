// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/JoinIds.h"

#include <QStringList>

namespace punchclock {

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace punchclock
