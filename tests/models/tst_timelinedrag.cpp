// SPDX-License-Identifier: GPL-3.0-or-later
// What dragging on the timeline makes of an entry's times: new entries, moves, new starts and
// stops, all on the five-minute grid; and the keyboard's five-minute steps.
#include <QTest>

#include "app/models/TimelineDrag.h"

using namespace punchclock;

namespace {
constexpr qint64 kNine = 1796806800; // a Unix time on the five-minute grid (9:00 somewhere)
constexpr qint64 kMinute = 60;
using Span = TimelineDrag::Span;
} // namespace

Q_DECLARE_METATYPE(TimelineDrag::Span)

namespace QTest {
template<> char *toString(const TimelineDrag::Span &span)
{
    const QByteArray text = QByteArray::number((span.start - kNine) / kMinute) + " min .. " +
                            QByteArray::number((span.end - kNine) / kMinute) + " min (from 9:00)";
    return qstrdup(text.constData());
}
} // namespace QTest

class TestTimelineDrag : public QObject
{
    Q_OBJECT

private slots:
    void createCoversBothSlots();
    void createUpwards();
    void createIsAtLeastOneStep();
    void moveKeepsTheLengthAndSnapsTheStart();
    void startAndEndKeepFiveMinutes();
    void runningEntryMovesOnlyItsStartUpToNow();
    void nudges();
};

void TestTimelineDrag::createCoversBothSlots()
{
    // Press at 9:02, pointer at 10:28: 9:00 to 10:30.
    const TimelineDrag drag(TimelineDrag::Kind::Create, {}, kNine + 2 * kMinute);
    QCOMPARE(drag.at(kNine + 88 * kMinute), (Span{kNine, kNine + 90 * kMinute}));
    QCOMPARE(drag.at(kNine + 90 * kMinute), (Span{kNine, kNine + 90 * kMinute})); // on the line
    QCOMPARE(drag.at(kNine + 90 * kMinute + 1), (Span{kNine, kNine + 95 * kMinute}));
}

void TestTimelineDrag::createUpwards()
{
    const TimelineDrag drag(TimelineDrag::Kind::Create, {}, kNine + 32 * kMinute);
    QCOMPARE(drag.at(kNine - 20 * kMinute), (Span{kNine - 20 * kMinute, kNine + 35 * kMinute}));
}

void TestTimelineDrag::createIsAtLeastOneStep()
{
    const TimelineDrag drag(TimelineDrag::Kind::Create, {}, kNine + kMinute);
    QCOMPARE(drag.at(kNine + 2 * kMinute), (Span{kNine, kNine + 5 * kMinute}));
    const TimelineDrag onLine(TimelineDrag::Kind::Create, {}, kNine);
    QCOMPARE(onLine.at(kNine), (Span{kNine, kNine + 5 * kMinute}));
}

void TestTimelineDrag::moveKeepsTheLengthAndSnapsTheStart()
{
    // 9:03–9:50, grabbed at 9:20, dropped at 10:21: a 47-minute entry from 10:05 (9:04 snapped).
    const Span original{kNine + 3 * kMinute, kNine + 50 * kMinute};
    const TimelineDrag drag(TimelineDrag::Kind::Move, original, kNine + 20 * kMinute);
    QCOMPARE(drag.at(kNine + 81 * kMinute), (Span{kNine + 65 * kMinute, kNine + 112 * kMinute}));
    QCOMPARE(drag.at(kNine + 20 * kMinute), (Span{kNine + 5 * kMinute, kNine + 52 * kMinute}));
    // Back in time, across a day too.
    QCOMPARE(drag.at(kNine + 20 * kMinute - 86400).start, kNine + 5 * kMinute - 86400);
    QCOMPARE(drag.original(), original);
    QCOMPARE(drag.kind(), TimelineDrag::Kind::Move);
}

void TestTimelineDrag::startAndEndKeepFiveMinutes()
{
    const Span original{kNine, kNine + 60 * kMinute};
    const TimelineDrag start(TimelineDrag::Kind::Start, original, kNine);
    QCOMPARE(start.at(kNine - 14 * kMinute), (Span{kNine - 15 * kMinute, kNine + 60 * kMinute}));
    QCOMPARE(start.at(kNine + 22 * kMinute), (Span{kNine + 20 * kMinute, kNine + 60 * kMinute}));
    QCOMPARE(start.at(kNine + 3 * 3600), (Span{kNine + 55 * kMinute, kNine + 60 * kMinute})); // past the end
    // The edge goes where the pointer is, wherever in the edge it was grabbed.
    const TimelineDrag grabbedLow(TimelineDrag::Kind::Start, original, kNine + 3 * kMinute);
    QCOMPARE(grabbedLow.at(kNine + 31 * kMinute), (Span{kNine + 30 * kMinute, kNine + 60 * kMinute}));
    const TimelineDrag end(TimelineDrag::Kind::End, original, kNine + 57 * kMinute);
    QCOMPARE(end.at(kNine + 91 * kMinute), (Span{kNine, kNine + 90 * kMinute}));
    QCOMPARE(end.at(kNine - 3 * 3600), (Span{kNine, kNine + 5 * kMinute})); // before the start
}

void TestTimelineDrag::runningEntryMovesOnlyItsStartUpToNow()
{
    const qint64 now = kNine + 62 * kMinute;
    const Span original{kNine + 10 * kMinute, now};
    TimelineDrag move(TimelineDrag::Kind::Move, original, kNine + 30 * kMinute);
    move.setLatestStart(now);
    QCOMPARE(move.at(kNine + 10 * kMinute), (Span{kNine - 10 * kMinute, now}));
    QCOMPARE(move.at(kNine + 5 * 3600), (Span{kNine + 60 * kMinute, now})); // not past now (on the grid)
    TimelineDrag start(TimelineDrag::Kind::Start, original, kNine + 10 * kMinute);
    start.setLatestStart(now);
    QCOMPARE(start.at(kNine + 5 * 3600).start, kNine + 55 * kMinute); // at least five minutes
}

void TestTimelineDrag::nudges()
{
    const Span span{kNine, kNine + 30 * kMinute};
    QCOMPARE(TimelineDrag::nudged(TimelineDrag::Kind::Move, span, 1),
             (Span{kNine + 5 * kMinute, kNine + 35 * kMinute}));
    QCOMPARE(TimelineDrag::nudged(TimelineDrag::Kind::Move, span, -2),
             (Span{kNine - 10 * kMinute, kNine + 20 * kMinute}));
    QCOMPARE(TimelineDrag::nudged(TimelineDrag::Kind::End, span, -1), (Span{kNine, kNine + 25 * kMinute}));
    QCOMPARE(TimelineDrag::nudged(TimelineDrag::Kind::Start, span, 1),
             (Span{kNine + 5 * kMinute, kNine + 30 * kMinute}));
    const Span shortOne{kNine, kNine + 5 * kMinute};
    QCOMPARE(TimelineDrag::nudged(TimelineDrag::Kind::End, shortOne, -1), shortOne); // no shorter
    QCOMPARE(TimelineDrag::nudged(TimelineDrag::Kind::Start, shortOne, 1), shortOne);
    QCOMPARE(TimelineDrag::nudged(TimelineDrag::Kind::End, shortOne, 1), (Span{kNine, kNine + 10 * kMinute}));
    QCOMPARE(TimelineDrag::nudged(TimelineDrag::Kind::Create, span, 1), span);
}

QTEST_GUILESS_MAIN(TestTimelineDrag)
#include "tst_timelinedrag.moc"
