// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelineLayout.h"
#include "app/models/TimelineScale.h"

#include <QPointF>
#include <QRectF>

namespace punchclock {

// Where a timeline's day columns and blocks are on screen, and what is under a point: the maths
// of painting, hit-testing and dragging, apart from the widget. Columns split `area` evenly
// (left to right, the period's days); the scale gives the y of every time of day.
class TimelineGeometry
{
public:
    enum class Part
    {
        None,
        Body,      // drag: move the entry (start and stop together)
        StartEdge, // drag: a new start
        EndEdge    // drag: a new stop
    };
    struct Hit
    {
        int block = -1;
        Part part = Part::None;
    };

    static constexpr double kEdge = 5;      // how near an edge grabs it (less on short blocks)
    static constexpr double kLaneGap = 2;   // between side-by-side blocks
    static constexpr double kMinHeight = 4; // a block is never thinner

    TimelineGeometry() = default;
    TimelineGeometry(const QRectF &area, int dayCount, const TimelineScale &scale)
        : m_area(area), m_days(dayCount), m_scale(scale)
    {
    }

    const QRectF &area() const { return m_area; }
    const TimelineScale &scale() const { return m_scale; }
    int dayCount() const { return m_days; }
    double dayWidth() const { return m_days > 0 ? m_area.width() / m_days : 0; }
    QRectF dayRect(int day) const; // the column, midnight to midnight
    int dayAt(double x) const;     // -1 outside the columns
    int dayNearest(double x) const;
    QRectF blockRect(const TimelineBlock &block) const;
    // The block under `point` (the last drawn wins) and which part of it: its edges only where the
    // entry really starts or stops there (not at a midnight it crosses; a running entry's stop is now).
    Hit hit(const QList<TimelineBlock> &blocks, const QPointF &point) const;
    // The seconds (wall clock) into the day of a y, clamped to the day.
    qint64 secondsAt(double y) const { return m_scale.secondsAt(y); }
    // The seconds of the layout's blocks a block needs to be drawn kMinHeight tall.
    qint64 minimumSeconds() const;

private:
    QRectF m_area;
    int m_days = 0;
    TimelineScale m_scale;
};

} // namespace punchclock
