// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/TimelineGeometry.h"

#include <algorithm>
#include <cmath>

namespace punchclock {

QRectF TimelineGeometry::dayRect(int day) const
{
    const double width = dayWidth();
    return {m_area.left() + day * width, m_scale.top(), width, m_scale.height()};
}

int TimelineGeometry::dayAt(double x) const
{
    if (m_days <= 0 || x < m_area.left() || x >= m_area.right())
        return -1;
    return std::clamp(int((x - m_area.left()) / dayWidth()), 0, m_days - 1);
}

int TimelineGeometry::dayNearest(double x) const
{
    if (m_days <= 0)
        return -1;
    return std::clamp(int(std::floor((x - m_area.left()) / dayWidth())), 0, m_days - 1);
}

QRectF TimelineGeometry::blockRect(const TimelineBlock &block) const
{
    const QRectF day = dayRect(block.day);
    const int lanes = std::max(1, block.lanes);
    const double inner = day.width() - 2; // a pixel of air on each side of the column
    const double laneWidth = inner / lanes;
    const double left = day.left() + 1 + block.lane * laneWidth;
    const double width = std::max(1.0, laneWidth - (lanes > 1 ? kLaneGap : 0));
    const double top = m_scale.yAt(block.top);
    const double height = std::max(kMinHeight, m_scale.yAt(block.bottom) - top);
    return {left, top, width, height};
}

TimelineGeometry::Hit TimelineGeometry::hit(const QList<TimelineBlock> &blocks, const QPointF &point) const
{
    for (int i = int(blocks.size()) - 1; i >= 0; --i) {
        const TimelineBlock &block = blocks.at(i);
        const QRectF rect = blockRect(block);
        if (!rect.contains(point))
            continue;
        const double edge = std::min(kEdge, rect.height() / 4);
        if (!block.startsBefore && point.y() < rect.top() + edge)
            return {i, Part::StartEdge};
        if (!block.endsAfter && !block.running && point.y() >= rect.bottom() - edge)
            return {i, Part::EndEdge};
        return {i, Part::Body};
    }
    return {};
}

qint64 TimelineGeometry::minimumSeconds() const
{
    const double perHour = m_scale.pixelsPerHour();
    return perHour > 0 ? qint64(std::ceil(kMinHeight * 3600.0 / perHour)) : 0;
}

} // namespace punchclock
