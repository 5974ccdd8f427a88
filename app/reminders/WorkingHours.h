// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace punchclock {

// When someone works, in local time: days of the week and one or more time ranges on each of
// them (the same ranges every day). Default: Monday to Friday, 9:00 to 17:00.
class WorkingHours
{
public:
    struct Range
    {
        QTime from;
        QTime to; // exclusive; later than `from`

        friend bool operator==(const Range &, const Range &) = default;
    };

    WorkingHours(); // the default

    QList<int> days() const; // Qt::DayOfWeek numbers, 1 (Monday) to 7, ascending
    void setDays(const QList<int> &days);
    bool hasDay(int dayOfWeek) const { return m_days & (1u << dayOfWeek); }
    const QList<Range> &ranges() const { return m_ranges; }
    void setRanges(QList<Range> ranges); // sorted; empty and backwards ranges are dropped

    bool isEmpty() const { return m_days == 0 || m_ranges.isEmpty(); }
    bool contains(const QDateTime &when) const;
    // The first moment at or after `when` within the hours; invalid when there are none.
    QDateTime nextStart(const QDateTime &when) const;

    // "9:00–12:00, 13:00–17:00", the form parseRanges() reads (a hyphen does as well as the dash).
    QString rangesText() const;
    static std::optional<QList<Range>> parseRanges(const QString &text); // nullopt: not readable

    friend bool operator==(const WorkingHours &, const WorkingHours &) = default;

private:
    quint8 m_days = 0; // bit n: Qt::DayOfWeek n
    QList<Range> m_ranges;
};

} // namespace punchclock
