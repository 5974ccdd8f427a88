// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelineLayout.h"
#include "app/track/TimeEntry.h"
#include "ui/timeline/TimelinePainter.h"

#include <QString>
#include <QTimeZone>

class QFontMetrics;

namespace punchclock {

// What a timeline says, in the UI language: a block's times and text, the accessible name and
// description of a block, the day headers, totals and gaps.
namespace TimelineTexts {

QString hoursMinutes(qint64 seconds); // "6:05"
// "09:00–10:30", "09:00–now" while running, "Mon 23:00–Tue 01:00" over midnight.
QString times(const TimelineItem &item, const QTimeZone &zone);
QString times(qint64 start, qint64 end, bool running, const QTimeZone &zone);
TimelinePainter::BlockText blockText(const TimeEntry &entry, const QString &times);
// "Write the report, Acme, 09:00–10:30"; `weekday`: "…, Monday 09:00–10:30" (in a week).
QString accessibleName(const TimeEntry &entry, const TimelineItem &item, const QTimeZone &zone,
                       const QDate &weekday = {});
// "Duration 1:30:00, Client: Acme Corp, overlaps another entry".
QString accessibleDescription(const TimeEntry &entry, const TimelineItem &item, bool overlaps);
// A day's header: "Monday 7 December" (a day), "Mon 7" or just "7" (a week), as wide fits.
QString dayHeader(const QDate &date, bool oneDay, double width, const QFontMetrics &metrics);
QString dayTotal(qint64 seconds, double width, const QFontMetrics &metrics); // "6:30 h" or "6:30"
QString gap(qint64 seconds, bool oneDay);                                    // "0:45 untracked" or "0:45"
QString noDescription();
QString emptyPeriod(bool oneDay); // how to add an entry to an empty day or week

} // namespace TimelineTexts
} // namespace punchclock
