// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTimeZone>

#include <array>

namespace punchclock {

// The seven days a weekly report covers: from the first day of the week (the locale's, or the
// user's) in one time zone. Its day boundaries are local midnights, so an entry that crosses one
// counts on both days, and a day of a daylight-saving change is 23 or 25 hours long.
class ReportWeek
{
public:
    static constexpr int kDays = 7;

    ReportWeek() = default;
    // The week that holds `day`.
    ReportWeek(const QDate &day, Qt::DayOfWeek firstDayOfWeek,
               const QTimeZone &zone = QTimeZone::systemTimeZone());

    bool isValid() const { return m_first.isValid(); }
    QDate first() const { return m_first; }
    QDate last() const { return m_first.addDays(kDays - 1); }
    QDate day(int index) const { return m_first.addDays(index); }
    int indexOf(const QDate &date) const; // -1 outside the week
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }
    QTimeZone zone() const { return m_zone; }
    // The local midnight that starts day `index` (0 … kDays; kDays is the end of the week), as
    // milliseconds since the epoch.
    qint64 boundaryMs(int index) const { return m_boundaries.at(index); }

    ReportWeek previous() const { return {m_first.addDays(-kDays), m_firstDayOfWeek, m_zone}; }
    ReportWeek next() const { return {m_first.addDays(kDays), m_firstDayOfWeek, m_zone}; }

    friend bool operator==(const ReportWeek &a, const ReportWeek &b)
    {
        return a.m_first == b.m_first && a.m_zone == b.m_zone;
    }
    friend bool operator!=(const ReportWeek &a, const ReportWeek &b) { return !(a == b); }

private:
    QDate m_first;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
    QTimeZone m_zone;
    std::array<qint64, kDays + 1> m_boundaries{};
};

} // namespace punchclock
