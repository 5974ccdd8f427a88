// SPDX-License-Identifier: GPL-3.0-or-later
// Where a timeline's columns and blocks are on screen and what a point hits: body, top edge or
// bottom edge, never an edge that is a midnight or a running entry's "now".
#include <QTest>

#include "app/models/TimelineGeometry.h"

using namespace punchclock;

namespace {
// Columns from x 50 to 750 (100 each in a week), a pixel a minute, midnight at y 20.
TimelineGeometry week()
{
    return {QRectF(50, 0, 700, 600), 7, TimelineScale(60, 20)};
}

TimelineBlock block(int day, qint64 top, qint64 bottom, int lane = 0, int lanes = 1)
{
    TimelineBlock b;
    b.day = day;
    b.top = top;
    b.bottom = bottom;
    b.lane = lane;
    b.lanes = lanes;
    return b;
}
} // namespace

class TestTimelineGeometry : public QObject
{
    Q_OBJECT

private slots:
    void columns();
    void blockRects();
    void hits();
    void edgesOnlyWhereTheEntryStartsOrStops();
    void minimumSecondsFollowTheScale();
};

void TestTimelineGeometry::columns()
{
    const TimelineGeometry g = week();
    QCOMPARE(g.dayWidth(), 100.0);
    QCOMPARE(g.dayRect(0), QRectF(50, 20, 100, 24 * 60));
    QCOMPARE(g.dayRect(6).left(), 650.0);
    QCOMPARE(g.dayAt(49), -1);
    QCOMPARE(g.dayAt(50), 0);
    QCOMPARE(g.dayAt(149.9), 0);
    QCOMPARE(g.dayAt(150), 1);
    QCOMPARE(g.dayAt(749), 6);
    QCOMPARE(g.dayAt(750), -1);
    QCOMPARE(g.dayNearest(-500), 0);
    QCOMPARE(g.dayNearest(5000), 6);
    QCOMPARE(g.dayNearest(420), 3);
    QCOMPARE(g.secondsAt(20 + 90), 90 * 60);
    QCOMPARE(TimelineGeometry().dayAt(10), -1);
    QCOMPARE(TimelineGeometry().dayNearest(10), -1);
}

void TestTimelineGeometry::blockRects()
{
    const TimelineGeometry g = week();
    // 9:00–10:30 on Tuesday, alone: the column less a pixel on each side.
    const QRectF alone = g.blockRect(block(1, 9 * 3600, 10 * 3600 + 1800));
    QCOMPARE(alone, QRectF(151, 20 + 540, 98, 90));
    // Side by side: two lanes, a gap between them.
    const QRectF left = g.blockRect(block(1, 9 * 3600, 10 * 3600, 0, 2));
    const QRectF right = g.blockRect(block(1, 9 * 3600, 10 * 3600, 1, 2));
    QCOMPARE(left.left(), 151.0);
    QCOMPARE(right.left(), 151.0 + 49);
    QVERIFY(left.right() < right.left());
    QCOMPARE(left.width(), 49 - TimelineGeometry::kLaneGap);
    // No length: still drawn kMinHeight tall.
    QCOMPARE(g.blockRect(block(0, 3600, 3600)).height(), TimelineGeometry::kMinHeight);
}

void TestTimelineGeometry::hits()
{
    const TimelineGeometry g = week();
    const QList<TimelineBlock> blocks{block(0, 9 * 3600, 10 * 3600), block(2, 12 * 3600, 14 * 3600)};
    // Block 0: y 560..620 in x 51..149.
    QCOMPARE(g.hit(blocks, QPointF(100, 590)).block, 0);
    QCOMPARE(g.hit(blocks, QPointF(100, 590)).part, TimelineGeometry::Part::Body);
    QCOMPARE(g.hit(blocks, QPointF(100, 561)).part, TimelineGeometry::Part::StartEdge);
    QCOMPARE(g.hit(blocks, QPointF(100, 618)).part, TimelineGeometry::Part::EndEdge);
    QCOMPARE(g.hit(blocks, QPointF(100, 630)).block, -1);
    QCOMPARE(g.hit(blocks, QPointF(200, 590)).block, -1); // Tuesday's column is empty
    QCOMPARE(g.hit(blocks, QPointF(300, 20 + 13 * 60)).block, 1);
    // A short block: the edges shrink to a quarter of it each, so the middle still moves it.
    const QList<TimelineBlock> shortOne{block(0, 9 * 3600, 9 * 3600 + 8 * 60)}; // 8 pixels
    QCOMPARE(g.hit(shortOne, QPointF(100, 560 + 1)).part, TimelineGeometry::Part::StartEdge);
    QCOMPARE(g.hit(shortOne, QPointF(100, 560 + 4)).part, TimelineGeometry::Part::Body);
    QCOMPARE(g.hit(shortOne, QPointF(100, 560 + 7)).part, TimelineGeometry::Part::EndEdge);
    // Drawn over each other (lanes aside): the last drawn wins.
    const QList<TimelineBlock> stacked{block(0, 9 * 3600, 11 * 3600), block(0, 10 * 3600, 11 * 3600)};
    QCOMPARE(g.hit(stacked, QPointF(100, 20 + 630)).block, 1);
}

void TestTimelineGeometry::edgesOnlyWhereTheEntryStartsOrStops()
{
    const TimelineGeometry g = week();
    TimelineBlock fromYesterday = block(0, 0, 3600);
    fromYesterday.startsBefore = true;
    QCOMPARE(g.hit({fromYesterday}, QPointF(100, 21)).part, TimelineGeometry::Part::Body);
    QCOMPARE(g.hit({fromYesterday}, QPointF(100, 20 + 58)).part, TimelineGeometry::Part::EndEdge);
    TimelineBlock intoTomorrow = block(0, 23 * 3600, 24 * 3600);
    intoTomorrow.endsAfter = true;
    QCOMPARE(g.hit({intoTomorrow}, QPointF(100, 20 + 24 * 60 - 1)).part, TimelineGeometry::Part::Body);
    QCOMPARE(g.hit({intoTomorrow}, QPointF(100, 20 + 23 * 60 + 1)).part, TimelineGeometry::Part::StartEdge);
    TimelineBlock running = block(0, 9 * 3600, 10 * 3600);
    running.running = true;
    QCOMPARE(g.hit({running}, QPointF(100, 20 + 10 * 60 - 1)).part, TimelineGeometry::Part::Body);
    QCOMPARE(g.hit({running}, QPointF(100, 20 + 9 * 60 + 1)).part, TimelineGeometry::Part::StartEdge);
}

void TestTimelineGeometry::minimumSecondsFollowTheScale()
{
    QCOMPARE(week().minimumSeconds(), qint64(TimelineGeometry::kMinHeight * 60)); // a pixel a minute
    const TimelineGeometry dense(QRectF(0, 0, 100, 100), 1, TimelineScale(24, 0));
    QCOMPARE(dense.minimumSeconds(), qint64(TimelineGeometry::kMinHeight * 150));
}

QTEST_GUILESS_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
