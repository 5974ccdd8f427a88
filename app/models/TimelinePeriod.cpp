// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/TimelinePeriod.h"

namespace punchclock {

TimelinePeriod::TimelinePeriod(Span span, const QDate &date, Qt::DayOfWeek firstDayOfWeek)
    : m_span(span), m_date(date), m_first(date), m_firstDayOfWeek(firstDayOfWeek)
{
    if (span == Span::Week && date.isValid())
        m_first = date.addDays(-((date.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
}

int TimelinePeriod::indexOf(const QDate &date) const
{
    if (!m_first.isValid() || !date.isValid())
        return -1;
    const qint64 index = m_first.daysTo(date);
    return index >= 0 && index < dayCount() ? int(index) : -1;
}

TimelinePeriod TimelinePeriod::previous() const
{
    return {m_span, m_date.addDays(-dayCount()), m_firstDayOfWeek};
}

TimelinePeriod TimelinePeriod::next() const
{
    return {m_span, m_date.addDays(dayCount()), m_firstDayOfWeek};
}

} // namespace punchclock
