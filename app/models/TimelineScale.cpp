// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/TimelineScale.h"

#include <algorithm>
#include <cmath>

namespace punchclock {

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

qint64 TimelineScale::secondsAt(double y) const
{
    if (m_pixelsPerHour <= 0)
        return 0;
    const double seconds = (y - m_top) * 3600.0 / m_pixelsPerHour;
    return std::clamp<qint64>(std::llround(seconds), 0, kDaySeconds);
}

qint64 TimelineScale::snapDown(qint64 seconds, qint64 step)
{
    return step > 0 ? floorDiv(seconds, step) * step : seconds;
}

qint64 TimelineScale::snapUp(qint64 seconds, qint64 step)
{
    return step > 0 ? -floorDiv(-seconds, step) * step : seconds;
}

qint64 TimelineScale::snap(qint64 seconds, qint64 step)
{
    return step > 0 ? floorDiv(seconds + step / 2, step) * step : seconds;
}

qint64 TimelineScale::secondsIntoDay(const QDateTime &time, const QDate &day, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    return day.daysTo(local.date()) * kDaySeconds + local.time().msecsSinceStartOfDay() / 1000;
}

QDateTime TimelineScale::timeAt(const QDate &day, qint64 seconds, const QTimeZone &zone)
{
    const qint64 days = floorDiv(seconds, kDaySeconds);
    const qint64 rest = seconds - days * kDaySeconds;
    return QDateTime(day.addDays(days), QTime::fromMSecsSinceStartOfDay(int(rest * 1000)), zone).toUTC();
}

} // namespace punchclock
