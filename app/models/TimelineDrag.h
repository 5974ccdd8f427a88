// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelineScale.h"

#include <optional>

namespace punchclock {

// What a drag on the timeline makes of an entry's times: a new entry from the press to the
// pointer, a move (start and stop together, by how far the pointer went), a new start or a new
// stop (where the pointer is), snapped to five minutes and never shorter than that. Times are Unix seconds;
// the grid is their multiples of the step, which is the wall clock's five-minute grid in every time zone in
// use (their offsets are whole quarter hours). nudged() is the keyboard's step.
class TimelineDrag
{
public:
    enum class Kind
    {
        Create,
        Move,
        Start,
        End
    };
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };

    TimelineDrag(Kind kind, Span original, qint64 pressedAt, qint64 step = TimelineScale::kSnapSeconds);

    // A running entry: its start may not pass `at` (now), and its end stays where it is.
    void setLatestStart(qint64 at) { m_latestStart = at; }

    Kind kind() const { return m_kind; }
    Span original() const { return m_original; }
    qint64 pressedAt() const { return m_pressedAt; }
    // The times with the pointer at `pointerAt`.
    Span at(qint64 pointerAt) const;

    // One keyboard step of `steps` grid steps (negative: earlier): Move shifts both ends, Start
    // and End one of them; never shorter than one step (an end already closer stays).
    static Span nudged(Kind kind, Span span, int steps, qint64 step = TimelineScale::kSnapSeconds);

private:
    qint64 clampStart(qint64 start) const;

    Kind m_kind;
    Span m_original;
    qint64 m_pressedAt;
    qint64 m_step;
    std::optional<qint64> m_latestStart;
};

} // namespace punchclock
