// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/TimelineDrag.h"

#include <algorithm>

namespace punchclock {

TimelineDrag::TimelineDrag(Kind kind, Span original, qint64 pressedAt, qint64 step)
    : m_kind(kind), m_original(original), m_pressedAt(pressedAt), m_step(std::max<qint64>(1, step))
{
}

qint64 TimelineDrag::clampStart(qint64 start) const
{
    return m_latestStart ? std::min(start, TimelineScale::snapDown(*m_latestStart, m_step)) : start;
}

TimelineDrag::Span TimelineDrag::at(qint64 pointerAt) const
{
    const qint64 delta = pointerAt - m_pressedAt;
    const qint64 length = m_original.end - m_original.start;
    switch (m_kind) {
    case Kind::Create: {
        // The slots under the press and the pointer are both in: from the earlier one's start to
        // the later one's end.
        const qint64 start = TimelineScale::snapDown(std::min(m_pressedAt, pointerAt), m_step);
        const qint64 end = TimelineScale::snapUp(std::max(m_pressedAt, pointerAt), m_step);
        return {start, std::max(end, start + m_step)};
    }
    case Kind::Move: {
        if (m_latestStart) // a running entry ends now: only its start moves
            return {clampStart(TimelineScale::snap(m_original.start + delta, m_step)), m_original.end};
        const qint64 start = TimelineScale::snap(m_original.start + delta, m_step);
        return {start, start + length};
    }
    case Kind::Start: { // an edge goes where the pointer is
        qint64 start = TimelineScale::snap(pointerAt, m_step);
        start = std::min(start, TimelineScale::snapDown(m_original.end - m_step, m_step));
        return {clampStart(start), m_original.end};
    }
    case Kind::End: {
        const qint64 end = TimelineScale::snap(pointerAt, m_step);
        return {m_original.start, std::max(end, TimelineScale::snapUp(m_original.start + m_step, m_step))};
    }
    }
    return m_original;
}

TimelineDrag::Span TimelineDrag::nudged(Kind kind, Span span, int steps, qint64 step)
{
    const qint64 by = qint64(steps) * step;
    switch (kind) {
    case Kind::Move:
        return {span.start + by, span.end + by};
    case Kind::Start: {
        const qint64 start = span.start + by;
        return start <= span.end - step ? Span{start, span.end} : span;
    }
    case Kind::End: {
        const qint64 end = span.end + by;
        return end >= span.start + step ? Span{span.start, end} : span;
    }
    case Kind::Create:
        break;
    }
    return span;
}

} // namespace punchclock
