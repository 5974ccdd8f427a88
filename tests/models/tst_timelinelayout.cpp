// SPDX-License-Identifier: GPL-3.0-or-later
// Which entries a timeline shows, their blocks on each day, lanes for overlaps, the overlap marks,
// gaps and day totals.
#include <QTest>

#include "app/models/TimelineLayout.h"
#include "app/models/TimelineScale.h"

using namespace punchclock;

namespace {
const QTimeZone kZone("Europe/Berlin");
const QDate kMonday(2026, 12, 7);

qint64 at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), kZone).toSecsSinceEpoch();
}

TimeEntry entry(qint64 id, qint64 start, qint64 stop)
{
    TimeEntry e;
    e.id = id;
    e.start = QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc());
    e.stop = QDateTime::fromSecsSinceEpoch(stop, QTimeZone::utc());
    e.duration = stop - start;
    return e;
}

TimelineItem item(qint64 id, qint64 start, qint64 end)
{
    return {id, start, end, false, -1};
}

TimelineLayout dayOf(QList<TimelineItem> items, qint64 minimumSeconds = 0)
{
    return {std::move(items), TimelinePeriod(TimelinePeriod::Span::Day, kMonday), kZone, minimumSeconds};
}

const TimelineBlock &blockOf(const TimelineLayout &layout, qint64 id)
{
    const int index = layout.blockOf(id);
    if (index < 0)
        qFatal("no block for entry %lld", id);
    return layout.blocks().at(index);
}
} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void itemsInThePeriod();
    void runningEntryEndsNow();
    void separateEntriesHaveOneLane();
    void overlappingEntriesShareTheColumn();
    void touchingEntriesDoNotOverlap();
    void shortEntriesGetLanesByTheirDrawnHeight();
    void entryOverMidnightIsCutInTwo();
    void gapsBetweenEntries();
    void dayTotals();
    void keyboardNeighbours();
};

void TestTimelineLayout::itemsInThePeriod()
{
    const qint64 from = at(kMonday, 0);
    const qint64 to = at(kMonday.addDays(1), 0);
    // Newest first, like the model.
    const QList<TimeEntry> entries{
        entry(6, at(kMonday.addDays(1), 0), at(kMonday.addDays(1), 1)), // starts as the day ends
        entry(5, at(kMonday, 23), at(kMonday.addDays(1), 2)),           // into the next day
        entry(4, at(kMonday, 12), at(kMonday, 12)),                     // no length
        entry(3, at(kMonday, 9), at(kMonday, 10)),
        entry(2, at(kMonday.addDays(-1), 22), at(kMonday, 1)), // from the day before
        entry(1, at(kMonday.addDays(-1), 9), at(kMonday, 0)),  // ends as the day begins
    };
    const QList<TimelineItem> items = TimelineLayout::itemsIn(entries, from, to, at(kMonday, 18));
    QList<qint64> ids;
    for (const TimelineItem &i : items)
        ids.append(i.id);
    QCOMPARE(ids, (QList<qint64>{2, 3, 4, 5})); // by start
    QCOMPARE(items.at(1).start, at(kMonday, 9));
    QCOMPARE(items.at(1).end, at(kMonday, 10));
    QCOMPARE(items.at(1).source, 3); // the index in `entries`
    QCOMPARE(items.at(2).end, items.at(2).start);

    // An entry with a duration but no stop (created with a duration only) ends start + duration.
    TimeEntry durationOnly = entry(7, at(kMonday, 14), at(kMonday, 15));
    durationOnly.stop.reset();
    const QList<TimelineItem> one = TimelineLayout::itemsIn({durationOnly}, from, to, at(kMonday, 18));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().end, at(kMonday, 15));
}

void TestTimelineLayout::runningEntryEndsNow()
{
    TimeEntry running = entry(1, at(kMonday, 16), 0);
    running.stop.reset();
    running.duration = -1;
    const qint64 now = at(kMonday, 17, 20);
    const QList<TimelineItem> items =
        TimelineLayout::itemsIn({running}, at(kMonday, 0), at(kMonday.addDays(1), 0), now);
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first().running);
    QCOMPARE(items.first().end, now);
    const TimelineLayout layout = dayOf(items);
    const TimelineBlock &block = layout.blocks().first();
    QVERIFY(block.running);
    QCOMPARE(block.top, 16 * 3600);
    QCOMPARE(block.bottom, 17 * 3600 + 20 * 60);
    // Not started yet (a clock behind the server's): shown without length, not backwards.
    const QList<TimelineItem> early =
        TimelineLayout::itemsIn({running}, at(kMonday, 0), at(kMonday.addDays(1), 0), at(kMonday, 15));
    QCOMPARE(early.first().end, early.first().start);
}

void TestTimelineLayout::separateEntriesHaveOneLane()
{
    const TimelineLayout layout =
        dayOf({item(1, at(kMonday, 9), at(kMonday, 10)), item(2, at(kMonday, 11), at(kMonday, 12, 30))});
    QCOMPARE(layout.blocks().size(), 2);
    for (const TimelineBlock &b : layout.blocks()) {
        QCOMPARE(b.lane, 0);
        QCOMPARE(b.lanes, 1);
        QVERIFY(!b.overlaps);
        QVERIFY(!b.startsBefore);
        QVERIFY(!b.endsAfter);
    }
    QCOMPARE(blockOf(layout, 2).top, 11 * 3600);
    QCOMPARE(blockOf(layout, 2).bottom, 12 * 3600 + 1800);
    QCOMPARE(layout.overlapCount(), 0);
}

void TestTimelineLayout::overlappingEntriesShareTheColumn()
{
    // A 9–10, B 9:30–11, C 10–10:30 (touches A, overlaps B), D 12–13 alone.
    const TimelineLayout layout =
        dayOf({item(1, at(kMonday, 9), at(kMonday, 10)), item(2, at(kMonday, 9, 30), at(kMonday, 11)),
               item(3, at(kMonday, 10), at(kMonday, 10, 30)), item(4, at(kMonday, 12), at(kMonday, 13))});
    const TimelineBlock &a = blockOf(layout, 1);
    const TimelineBlock &b = blockOf(layout, 2);
    const TimelineBlock &c = blockOf(layout, 3);
    const TimelineBlock &d = blockOf(layout, 4);
    QCOMPARE(a.lane, 0);
    QCOMPARE(b.lane, 1);
    QCOMPARE(c.lane, 0); // A's lane is free again at 10:00
    for (const TimelineBlock *x : {&a, &b, &c}) {
        QCOMPARE(x->lanes, 2);
        QVERIFY(x->overlaps);
    }
    QCOMPARE(d.lane, 0);
    QCOMPARE(d.lanes, 1);
    QVERIFY(!d.overlaps);
    QCOMPARE(layout.overlapCount(), 3);
    // Blocks in painting order: by top, then lane.
    QCOMPARE(layout.items().at(layout.blocks().at(0).item).id, 1);
    QCOMPARE(layout.items().at(layout.blocks().at(1).item).id, 2);
    QCOMPARE(layout.items().at(layout.blocks().at(2).item).id, 3);

    // Three at once: three lanes; the longest of those starting together takes the first.
    const TimelineLayout three =
        dayOf({item(1, at(kMonday, 9), at(kMonday, 9, 30)), item(2, at(kMonday, 9), at(kMonday, 11)),
               item(3, at(kMonday, 9, 15), at(kMonday, 9, 45))});
    QCOMPARE(blockOf(three, 2).lane, 0);
    QCOMPARE(blockOf(three, 1).lane, 1);
    QCOMPARE(blockOf(three, 3).lane, 2);
    QCOMPARE(blockOf(three, 3).lanes, 3);
}

void TestTimelineLayout::touchingEntriesDoNotOverlap()
{
    const TimelineLayout layout =
        dayOf({item(1, at(kMonday, 9), at(kMonday, 10)), item(2, at(kMonday, 10), at(kMonday, 11))});
    QCOMPARE(blockOf(layout, 1).lanes, 1);
    QCOMPARE(blockOf(layout, 2).lanes, 1);
    QCOMPARE(layout.overlapCount(), 0);
}

void TestTimelineLayout::shortEntriesGetLanesByTheirDrawnHeight()
{
    // Two one-minute entries in a row, drawn at least five minutes tall: side by side, yet they
    // do not overlap in time.
    const TimelineLayout layout = dayOf(
        {item(1, at(kMonday, 9), at(kMonday, 9, 1)), item(2, at(kMonday, 9, 1), at(kMonday, 9, 2))}, 300);
    QCOMPARE(blockOf(layout, 1).lanes, 2);
    QCOMPARE(blockOf(layout, 2).lane, 1);
    QCOMPARE(layout.overlapCount(), 0);
    const TimelineLayout without =
        dayOf({item(1, at(kMonday, 9), at(kMonday, 9, 1)), item(2, at(kMonday, 9, 1), at(kMonday, 9, 2))});
    QCOMPARE(blockOf(without, 2).lanes, 1);
}

void TestTimelineLayout::entryOverMidnightIsCutInTwo()
{
    const TimelinePeriod week(TimelinePeriod::Span::Week, kMonday);
    const TimelineLayout layout({item(1, at(kMonday, 22), at(kMonday.addDays(1), 1, 30))}, week, kZone);
    QCOMPARE(layout.blocks().size(), 2);
    const TimelineBlock &first = layout.blocks().at(0);
    const TimelineBlock &second = layout.blocks().at(1);
    QCOMPARE(first.day, 0);
    QCOMPARE(first.top, 22 * 3600);
    QCOMPARE(first.bottom, TimelineScale::kDaySeconds);
    QVERIFY(!first.startsBefore);
    QVERIFY(first.endsAfter);
    QCOMPARE(second.day, 1);
    QCOMPARE(second.top, 0);
    QCOMPARE(second.bottom, 3600 + 1800);
    QVERIFY(second.startsBefore);
    QVERIFY(!second.endsAfter);
    QCOMPARE(layout.blockOf(1, 1), 1);
    QCOMPARE(layout.blockOf(1, 2), -1);
    QCOMPARE(layout.dayTotal(0), 2 * 3600);
    QCOMPARE(layout.dayTotal(1), 3600 + 1800);

    // In a day view only that day's part shows.
    const TimelineLayout day({item(1, at(kMonday, 22), at(kMonday.addDays(1), 1, 30))},
                             TimelinePeriod(TimelinePeriod::Span::Day, kMonday.addDays(1)), kZone);
    QCOMPARE(day.blocks().size(), 1);
    QVERIFY(day.blocks().first().startsBefore);
}

void TestTimelineLayout::gapsBetweenEntries()
{
    const TimelineLayout layout = dayOf({item(1, at(kMonday, 9), at(kMonday, 10)),
                                         item(2, at(kMonday, 9, 30), at(kMonday, 10, 15)), // overlaps
                                         item(3, at(kMonday, 11), at(kMonday, 12)),
                                         item(4, at(kMonday, 12), at(kMonday, 12, 30)), // touches
                                         item(5, at(kMonday, 14), at(kMonday, 15))});
    QCOMPARE(layout.gaps().size(), 2);
    const TimelineGap &first = layout.gaps().at(0);
    QCOMPARE(first.day, 0);
    QCOMPARE(first.top, 10 * 3600 + 15 * 60);
    QCOMPARE(first.bottom, 11 * 3600);
    QCOMPARE(first.seconds, 45 * 60);
    QCOMPARE(layout.gaps().at(1).top, 12 * 3600 + 30 * 60);
    QCOMPARE(layout.gaps().at(1).seconds, 90 * 60);
    QVERIFY(dayOf({}).gaps().isEmpty());
}

void TestTimelineLayout::dayTotals()
{
    const TimelinePeriod week(TimelinePeriod::Span::Week, kMonday);
    const TimelineLayout layout({item(1, at(kMonday, 9), at(kMonday, 10)),
                                 item(2, at(kMonday, 9, 30), at(kMonday, 10)), // overlaps: counted too
                                 item(3, at(kMonday.addDays(2), 8), at(kMonday.addDays(2), 8, 45))},
                                week, kZone);
    QCOMPARE(layout.dayTotal(0), 3600 + 1800);
    QCOMPARE(layout.dayTotal(1), 0);
    QCOMPARE(layout.dayTotal(2), 45 * 60);
    QCOMPARE(layout.dayTotal(7), 0); // outside: none
    QCOMPARE(layout.dayTotal(-1), 0);
}

void TestTimelineLayout::keyboardNeighbours()
{
    using Step = TimelineLayout::Step;
    const TimelinePeriod week(TimelinePeriod::Span::Week, kMonday);
    // Monday 9:00 and 14:00, Wednesday 8:00 and 13:00, nothing on Tuesday.
    const TimelineLayout layout({item(1, at(kMonday, 9), at(kMonday, 10)),
                                 item(2, at(kMonday, 14), at(kMonday, 15)),
                                 item(3, at(kMonday.addDays(2), 8), at(kMonday.addDays(2), 9)),
                                 item(4, at(kMonday.addDays(2), 13), at(kMonday.addDays(2), 14))},
                                week, kZone);
    const auto id = [&](int block) {
        return block < 0 ? -1 : layout.items().at(layout.blocks().at(block).item).id;
    };
    const int monday9 = layout.blockOf(1);
    const int monday14 = layout.blockOf(2);
    QCOMPARE(id(layout.neighbour(-1, Step::Next)), 1);
    QCOMPARE(id(layout.neighbour(-1, Step::Previous)), 4);
    QCOMPARE(id(layout.neighbour(-1, Step::PreviousDay)), 4);
    QCOMPARE(id(layout.neighbour(monday9, Step::Next)), 2);
    QCOMPARE(id(layout.neighbour(monday14, Step::Next)), 3);    // on to the next day
    QCOMPARE(id(layout.neighbour(monday9, Step::Previous)), 1); // nothing before: stays
    QCOMPARE(id(layout.neighbour(monday14, Step::Last)), 4);
    QCOMPARE(id(layout.neighbour(layout.blockOf(4), Step::First)), 1);
    // Across the empty Tuesday to the nearest time of day.
    QCOMPARE(id(layout.neighbour(monday9, Step::NextDay)), 3);
    QCOMPARE(id(layout.neighbour(monday14, Step::NextDay)), 4);
    QCOMPARE(id(layout.neighbour(layout.blockOf(3), Step::PreviousDay)), 1);
    QCOMPARE(id(layout.neighbour(layout.blockOf(4), Step::NextDay)), 4); // nothing later: stays
    QCOMPARE(dayOf({}).neighbour(-1, Step::Next), -1);
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
