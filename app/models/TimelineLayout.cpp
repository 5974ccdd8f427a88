// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/TimelineLayout.h"

#include "app/models/TimelineScale.h"

#include <algorithm>

namespace punchclock {

namespace {
qint64 wallSeconds(qint64 unixSeconds, const QDate &day, const QTimeZone &zone)
{
    return TimelineScale::secondsIntoDay(QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()), day,
                                         zone);
}
} // namespace

qint64 TimelineLayout::startOf(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toSecsSinceEpoch();
}

QList<TimelineItem> TimelineLayout::itemsIn(const QList<TimeEntry> &entries, qint64 from, qint64 to,
                                            qint64 now)
{
    QList<TimelineItem> items;
    for (int i = 0; i < entries.size(); ++i) {
        const TimeEntry &e = entries.at(i);
        if (!e.start.isValid())
            continue;
        const qint64 start = e.start.toSecsSinceEpoch();
        if (start >= to)
            continue;
        qint64 end = start;
        if (e.isRunning())
            end = std::max(start, now);
        else if (e.stop && e.stop->isValid())
            end = std::max(start, e.stop->toSecsSinceEpoch());
        else
            end = start + std::max<qint64>(0, e.duration);
        const bool shown = end > from || (end == start && start >= from);
        if (shown)
            items.append({e.id, start, end, e.isRunning(), i});
    }
    std::sort(items.begin(), items.end(), [](const TimelineItem &a, const TimelineItem &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    return items;
}

TimelineLayout::TimelineLayout(QList<TimelineItem> items, const TimelinePeriod &period, const QTimeZone &zone,
                               qint64 minimumSeconds)
    : m_period(period), m_items(std::move(items))
{
    std::sort(m_items.begin(), m_items.end(), [](const TimelineItem &a, const TimelineItem &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    const int days = period.first().isValid() ? period.dayCount() : 0;
    m_totals.fill(0, days);
    QList<qint64> midnights; // days + 1 of them
    for (int d = 0; d <= days; ++d)
        midnights.append(startOf(period.first().addDays(d), zone));

    QList<QList<int>> byDay(days);
    for (int i = 0; i < m_items.size(); ++i) {
        const TimelineItem &item = m_items.at(i);
        for (int d = 0; d < days; ++d) {
            const qint64 dayStart = midnights.at(d);
            const qint64 dayEnd = midnights.at(d + 1);
            const bool inside = item.start < dayEnd &&
                                (item.end > dayStart || (item.end == item.start && item.start >= dayStart));
            if (!inside)
                continue;
            TimelineBlock block;
            block.item = i;
            block.day = d;
            block.from = std::max(item.start, dayStart);
            block.to = std::min(item.end, dayEnd);
            block.startsBefore = item.start < dayStart;
            block.endsAfter = item.end > dayEnd;
            block.running = item.running;
            const QDate date = period.day(d);
            block.top =
                std::clamp<qint64>(wallSeconds(block.from, date, zone), 0, TimelineScale::kDaySeconds);
            block.bottom = block.to >= dayEnd ? TimelineScale::kDaySeconds
                                              : std::clamp<qint64>(wallSeconds(block.to, date, zone), 0,
                                                                   TimelineScale::kDaySeconds);
            block.bottom = std::max(block.bottom, block.top);
            byDay[d].append(int(m_blocks.size()));
            m_blocks.append(block);
            m_totals[d] += block.seconds();
        }
    }
    for (int d = 0; d < days; ++d) {
        layOutDay(byDay[d], minimumSeconds);
        // Gaps: the untracked time between the day's (merged) entries.
        QList<int> &blocks = byDay[d];
        std::sort(blocks.begin(), blocks.end(),
                  [this](int a, int b) { return m_blocks.at(a).from < m_blocks.at(b).from; });
        qint64 coveredTo = 0;
        bool any = false;
        for (int index : std::as_const(blocks)) {
            const TimelineBlock &b = m_blocks.at(index);
            if (any && b.from > coveredTo) {
                const QDate date = period.day(d);
                m_gaps.append({d, wallSeconds(coveredTo, date, zone), b.top, b.from - coveredTo});
            }
            coveredTo = any ? std::max(coveredTo, b.to) : b.to;
            any = true;
        }
    }
    // Painting order: by day, then top, then lane; items keep their indices.
    std::stable_sort(m_blocks.begin(), m_blocks.end(), [](const TimelineBlock &a, const TimelineBlock &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.top != b.top)
            return a.top < b.top;
        return a.lane < b.lane;
    });
}

// Lanes: sweeping down the day, a block takes the first lane free at its top (by its drawn
// height); blocks that touch one another through overlaps form a cluster, and every block of a
// cluster shares its width by the cluster's lane count. Overlaps are marked by the real times.
void TimelineLayout::layOutDay(QList<int> &blocks, qint64 minimumSeconds)
{
    std::sort(blocks.begin(), blocks.end(), [this](int a, int b) {
        const TimelineBlock &x = m_blocks.at(a);
        const TimelineBlock &y = m_blocks.at(b);
        if (x.top != y.top)
            return x.top < y.top;
        if (x.bottom != y.bottom)
            return x.bottom > y.bottom; // the longer first: it takes the left lane
        return x.item < y.item;
    });
    QList<qint64> laneEnds;
    QList<int> cluster;
    qint64 clusterEnd = 0;
    const auto closeCluster = [&] {
        for (int index : std::as_const(cluster))
            m_blocks[index].lanes = int(laneEnds.size());
        cluster.clear();
        laneEnds.clear();
    };
    for (int index : std::as_const(blocks)) {
        TimelineBlock &b = m_blocks[index];
        const qint64 drawnBottom = std::max(b.bottom, b.top + minimumSeconds);
        if (!cluster.isEmpty() && b.top >= clusterEnd)
            closeCluster();
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > b.top)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(drawnBottom);
        else
            laneEnds[lane] = drawnBottom;
        b.lane = lane;
        clusterEnd = cluster.isEmpty() ? drawnBottom : std::max(clusterEnd, drawnBottom);
        cluster.append(index);
    }
    closeCluster();

    // Overlaps by time: sorted by start, each block meets the ones starting before it ends.
    QList<int> byStart = blocks;
    std::sort(byStart.begin(), byStart.end(),
              [this](int a, int b) { return m_blocks.at(a).from < m_blocks.at(b).from; });
    for (int i = 0; i < byStart.size(); ++i) {
        TimelineBlock &a = m_blocks[byStart.at(i)];
        for (int j = i + 1; j < byStart.size(); ++j) {
            TimelineBlock &b = m_blocks[byStart.at(j)];
            if (b.from >= a.to)
                break;
            if (a.from < b.to && b.from < a.to) {
                a.overlaps = true;
                b.overlaps = true;
            }
        }
    }
}

int TimelineLayout::blockOf(qint64 id, int day) const
{
    for (int i = 0; i < m_blocks.size(); ++i) {
        const TimelineBlock &b = m_blocks.at(i);
        if (m_items.at(b.item).id == id && (day < 0 || b.day == day))
            return i;
    }
    return -1;
}

int TimelineLayout::neighbour(int block, Step step) const
{
    const int count = int(m_blocks.size());
    if (count == 0)
        return -1;
    const bool backwards = step == Step::Previous || step == Step::PreviousDay || step == Step::Last;
    if (block < 0 || block >= count)
        return backwards ? count - 1 : 0;
    switch (step) {
    case Step::First:
        return 0;
    case Step::Last:
        return count - 1;
    case Step::Previous:
        return std::max(0, block - 1);
    case Step::Next:
        return std::min(count - 1, block + 1);
    case Step::PreviousDay:
    case Step::NextDay:
        break;
    }
    const TimelineBlock &from = m_blocks.at(block);
    const int direction = step == Step::PreviousDay ? -1 : 1;
    for (int day = from.day + direction; day >= 0 && day < m_period.dayCount(); day += direction) {
        int best = -1;
        for (int i = 0; i < count; ++i) {
            if (m_blocks.at(i).day != day)
                continue;
            if (best < 0 ||
                std::abs(m_blocks.at(i).top - from.top) < std::abs(m_blocks.at(best).top - from.top))
                best = i;
        }
        if (best >= 0)
            return best;
    }
    return block;
}

int TimelineLayout::overlapCount() const
{
    return int(
        std::count_if(m_blocks.cbegin(), m_blocks.cend(), [](const TimelineBlock &b) { return b.overlaps; }));
}

} // namespace punchclock
