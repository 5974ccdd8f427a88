// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelinePeriod.h"
#include "app/track/TimeEntry.h"

#include <QList>
#include <QTimeZone>

namespace punchclock {

// One entry as a timeline places it. Times are Unix seconds; a running entry ends now.
struct TimelineItem
{
    qint64 id = 0;
    qint64 start = 0;
    qint64 end = 0;
    bool running = false;
    int source = -1; // the entry's index in the list itemsIn() read

    friend bool operator==(const TimelineItem &, const TimelineItem &) = default;
};

// The part of an item shown in one day's column. Blocks whose times overlap (or, with a minimum
// height, would be drawn over each other) share the column side by side: `lane` of `lanes`.
struct TimelineBlock
{
    int item = -1;             // index into TimelineLayout::items()
    int day = 0;               // index of the period's day
    qint64 top = 0;            // wall-clock seconds into the day, within [0, kDaySeconds]
    qint64 bottom = 0;         // same; a running entry's is now
    qint64 from = 0;           // the Unix seconds of the item shown on this day
    qint64 to = 0;             //   (its start and end, cut at the day's midnights)
    bool startsBefore = false; // began on an earlier day: the top is a midnight, not its start
    bool endsAfter = false;    // goes on after this day
    bool running = false;
    int lane = 0;
    int lanes = 1;
    bool overlaps = false; // its time overlaps another entry's

    qint64 seconds() const { return to - from; }
};

// Untracked time between two entries of a day.
struct TimelineGap
{
    int day = 0;
    qint64 top = 0; // wall-clock seconds into the day
    qint64 bottom = 0;
    qint64 seconds = 0;
};

// The blocks of a period's days for a list of entries: which part of each entry falls on which
// day, the lanes of overlapping blocks, the gaps between entries and the days' totals. No widgets
// and no pixels: TimelineGeometry places the result on screen.
class TimelineLayout
{
public:
    TimelineLayout() = default;
    // `minimumSeconds`: a block is drawn at least this tall, so blocks closer than that share lanes.
    TimelineLayout(QList<TimelineItem> items, const TimelinePeriod &period, const QTimeZone &zone,
                   qint64 minimumSeconds = 0);

    // The entries of `entries` that show between the Unix seconds `from` and `to` (a running entry
    // ends at `now`), sorted by start.
    static QList<TimelineItem> itemsIn(const QList<TimeEntry> &entries, qint64 from, qint64 to, qint64 now);
    // The Unix seconds of the midnight that starts `day` in `zone`.
    static qint64 startOf(const QDate &day, const QTimeZone &zone);

    const TimelinePeriod &period() const { return m_period; }
    const QList<TimelineItem> &items() const { return m_items; }
    const QList<TimelineBlock> &blocks() const { return m_blocks; } // by day, then top, then lane
    const QList<TimelineGap> &gaps() const { return m_gaps; }
    qint64 dayTotal(int day) const { return day >= 0 && day < m_totals.size() ? m_totals.at(day) : 0; }
    // The first block of entry `id` (on `day`, or any day for -1); -1 when it has none.
    int blockOf(qint64 id, int day = -1) const;
    int overlapCount() const; // blocks marked as overlapping

    enum class Step
    {
        Previous, // in time order (by day, top, lane)
        Next,
        First,
        Last,
        PreviousDay, // the block nearest in time of day on the closest earlier day that has any
        NextDay,
    };
    // Where the keyboard goes from `block`: with none yet (-1), the first block (the last for
    // Previous, PreviousDay and Last); `block` itself when there is nothing further that way;
    // -1 without blocks.
    int neighbour(int block, Step step) const;

private:
    void layOutDay(QList<int> &blocks, qint64 minimumSeconds);

    TimelinePeriod m_period;
    QList<TimelineItem> m_items;
    QList<TimelineBlock> m_blocks;
    QList<TimelineGap> m_gaps;
    QList<qint64> m_totals;
};

} // namespace punchclock
