// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/ReportWeek.h"

#include <QDateTime>

namespace punchclock {

namespace {
// Where `date` begins in `zone`: midnight, or the first moment after it on the few days where a
// daylight-saving change skips midnight itself.
qint64 startOfDay(const QDate &date, const QTimeZone &zone)
{
    QDateTime start = date.startOfDay(zone);
    if (!start.isValid())
        start = QDateTime(date, QTime(1, 0), zone);
    return start.toMSecsSinceEpoch();
}
} // namespace

ReportWeek::ReportWeek(const QDate &day, Qt::DayOfWeek firstDayOfWeek, const QTimeZone &zone)
    : m_firstDayOfWeek(firstDayOfWeek), m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{
    if (!day.isValid())
        return;
    const int back = (day.dayOfWeek() - int(firstDayOfWeek) + kDays) % kDays;
    m_first = day.addDays(-back);
    for (int i = 0; i <= kDays; ++i)
        m_boundaries[i] = startOfDay(m_first.addDays(i), m_zone);
}

int ReportWeek::indexOf(const QDate &date) const
{
    if (!isValid() || !date.isValid())
        return -1;
    const qint64 index = m_first.daysTo(date);
    return index >= 0 && index < kDays ? int(index) : -1;
}

} // namespace punchclock
