// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reminders/WorkingHours.h"

#include <QRegularExpression>

#include <algorithm>

namespace punchclock {

WorkingHours::WorkingHours()
{
    setDays({1, 2, 3, 4, 5});
    setRanges({{QTime(9, 0), QTime(17, 0)}});
}

QList<int> WorkingHours::days() const
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (hasDay(day))
            days.append(day);
    }
    return days;
}

void WorkingHours::setDays(const QList<int> &days)
{
    m_days = 0;
    for (int day : days) {
        if (day >= 1 && day <= 7)
            m_days |= quint8(1u << day);
    }
}

void WorkingHours::setRanges(QList<Range> ranges)
{
    ranges.removeIf([](const Range &r) { return !r.from.isValid() || !r.to.isValid() || r.to <= r.from; });
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.from < b.from; });
    m_ranges = std::move(ranges);
}

bool WorkingHours::contains(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    if (!hasDay(local.date().dayOfWeek()))
        return false;
    const QTime time = local.time();
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [&time](const Range &r) { return r.from <= time && time < r.to; });
}

QDateTime WorkingHours::nextStart(const QDateTime &when) const
{
    if (isEmpty())
        return {};
    if (contains(when))
        return when.toUTC();
    const QDateTime local = when.toLocalTime();
    // Within a week every day comes once; the eighth day covers a range that began earlier today.
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = local.date().addDays(offset);
        if (!hasDay(day.dayOfWeek()))
            continue;
        for (const Range &range : m_ranges) {
            const QDateTime start(day, range.from); // local time; a DST gap moves it forward
            if (start > when)
                return start.toUTC();
        }
    }
    return {};
}

QString WorkingHours::rangesText() const
{
    QStringList parts;
    for (const Range &r : m_ranges)
        parts << r.from.toString(QStringLiteral("H:mm")) + QChar(0x2013) +
                     r.to.toString(QStringLiteral("H:mm"));
    return parts.join(QStringLiteral(", "));
}

std::optional<QList<WorkingHours::Range>> WorkingHours::parseRanges(const QString &text)
{
    static const QRegularExpression rangeForm(
        QStringLiteral(R"(^\s*(\d{1,2})(?::(\d{2}))?\s*[-\x{2013}\x{2014}]\s*(\d{1,2})(?::(\d{2}))?\s*$)"));
    QList<Range> ranges;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = rangeForm.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        const int fromHour = m.captured(1).toInt();
        const int toHour = m.captured(3).toInt();
        const QTime from(fromHour, m.captured(2).toInt());
        // "24:00" is the end of the day, the last moment a QTime can hold.
        const QTime to = (toHour == 24 && m.captured(4).toInt() == 0) ? QTime(23, 59, 59, 999)
                                                                      : QTime(toHour, m.captured(4).toInt());
        if (!from.isValid() || !to.isValid() || to <= from)
            return std::nullopt;
        ranges.append({from, to});
    }
    if (ranges.isEmpty())
        return std::nullopt;
    return ranges;
}

} // namespace punchclock
