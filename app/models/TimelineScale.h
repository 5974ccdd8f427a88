// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace punchclock {

// Where a time of day is on a timeline's vertical axis. The axis is the wall clock: seconds into
// a day (0 at midnight, kDaySeconds at the next), so the hour lines are right on every day, also
// on the two a year that summer time makes 23 or 25 hours long. yAt() and secondsAt() map those
// seconds to pixels and back; snap() puts a time on the five-minute grid.
class TimelineScale
{
public:
    static constexpr qint64 kDaySeconds = 24 * 3600;
    static constexpr qint64 kSnapSeconds = 5 * 60;

    TimelineScale() = default;
    // `top`: the y of midnight.
    TimelineScale(double pixelsPerHour, double top) : m_pixelsPerHour(pixelsPerHour), m_top(top) {}

    double pixelsPerHour() const { return m_pixelsPerHour; }
    double top() const { return m_top; }
    double height() const { return 24 * m_pixelsPerHour; }
    double yAt(qint64 secondsIntoDay) const
    {
        return m_top + double(secondsIntoDay) * m_pixelsPerHour / 3600.0;
    }
    // Clamped to the day, [0, kDaySeconds].
    qint64 secondsAt(double y) const;

    // The nearest multiple of `step`; down and up: the one at or before, at or after.
    static qint64 snap(qint64 seconds, qint64 step = kSnapSeconds);
    static qint64 snapDown(qint64 seconds, qint64 step = kSnapSeconds);
    static qint64 snapUp(qint64 seconds, qint64 step = kSnapSeconds);

    // The wall-clock seconds of `time` counted from the midnight that starts `day` in `zone`:
    // negative before that day, past kDaySeconds after it.
    static qint64 secondsIntoDay(const QDateTime &time, const QDate &day, const QTimeZone &zone);
    // The instant (UTC) at wall-clock `seconds` after the midnight that starts `day` in `zone`;
    // a time a summer-time change skips moves forward, as QDateTime does it.
    static QDateTime timeAt(const QDate &day, qint64 seconds, const QTimeZone &zone);

private:
    double m_pixelsPerHour = 48;
    double m_top = 0;
};

} // namespace punchclock
