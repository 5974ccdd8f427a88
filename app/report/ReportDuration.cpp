// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/ReportDuration.h"

#include <cstdlib>

namespace punchclock::ReportDuration {

QString hoursMinutes(qint64 seconds)
{
    const bool negative = seconds < 0;
    const qint64 minutes = std::llabs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString decimalHours(qint64 seconds)
{
    // In hundredths of an hour, rounded half away from zero: 36 s each.
    const qint64 hundredths = (std::llabs(seconds) * 100 + 1800) / 3600;
    return QStringLiteral("%1%2.%3")
        .arg(seconds < 0 && hundredths ? QStringLiteral("-") : QString())
        .arg(hundredths / 100)
        .arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

} // namespace punchclock::ReportDuration
