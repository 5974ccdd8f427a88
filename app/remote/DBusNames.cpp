// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/DBusNames.h"

namespace punchclock::DBusNames {

QString serviceName(const QString &instance)
{
    QString name = QLatin1String(kApplicationId);
    if (instance.isEmpty())
        return name;
    QString element = QStringLiteral("instance_");
    for (const QChar c : instance) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        element.append(allowed ? c : QLatin1Char('_'));
    }
    return name + QLatin1Char('.') + element.left(200); // a bus name is at most 255 characters
}

} // namespace punchclock::DBusNames
