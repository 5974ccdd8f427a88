// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace punchclock {

// The days a timeline shows: one day, or the week around a date (starting on the locale's first
// day of the week). A value: previous() and next() are the periods before and after, withSpan()
// the day or week of the same date.
class TimelinePeriod
{
public:
    enum class Span
    {
        Day,
        Week
    };

    TimelinePeriod() = default;
    TimelinePeriod(Span span, const QDate &date, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

    Span span() const { return m_span; }
    QDate date() const { return m_date; } // the date it was made for (kept when the span changes)
    QDate first() const { return m_first; }
    QDate last() const { return m_first.addDays(dayCount() - 1); }
    int dayCount() const { return m_span == Span::Day ? 1 : 7; }
    QDate day(int index) const { return m_first.addDays(index); }
    int indexOf(const QDate &date) const; // -1 outside the period
    bool contains(const QDate &date) const { return indexOf(date) >= 0; }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }

    TimelinePeriod previous() const;
    TimelinePeriod next() const;
    TimelinePeriod withSpan(Span span) const { return {span, m_date, m_firstDayOfWeek}; }
    TimelinePeriod withDate(const QDate &date) const { return {m_span, date, m_firstDayOfWeek}; }

    friend bool operator==(const TimelinePeriod &a, const TimelinePeriod &b)
    {
        return a.m_span == b.m_span && a.m_first == b.m_first;
    }
    friend bool operator!=(const TimelinePeriod &a, const TimelinePeriod &b) { return !(a == b); }

private:
    Span m_span = Span::Day;
    QDate m_date;
    QDate m_first;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
};

} // namespace punchclock
