// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelineGeometry.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QString>

class QPainter;
class QTime;

namespace punchclock {

// Draws a timeline's parts with the colours of the palette in use: the hour grid and axis, the
// entry blocks (tinted by project, the project colour moved until readable on this palette, light
// or dark), overlaps, gaps, the current time and the day headers. No state but its colour cache;
// TimelineCanvas decides what goes where.
class TimelinePainter
{
public:
    struct BlockColors
    {
        QColor fill;      // the tint of the project colour over the background
        QColor accent;    // stripe and border: at least 3:1 against the background
        QColor text;      // description and times: at least 4.5:1 against the fill
        QColor secondary; // the project's name: its colour, at least 4.5:1 against the fill
    };
    enum BlockFlag
    {
        Selected = 0x1,
        Focused = 0x2,
        Ghost = 0x4,   // where a dragged block was
        Preview = 0x8, // where a dragged block goes (its times are shown, whatever the height)
    };
    Q_DECLARE_FLAGS(BlockFlags, BlockFlag)

    void setPalette(const QPalette &palette); // clears the colour cache when it changed
    const QPalette &palette() const { return m_palette; }
    BlockColors colorsFor(const QString &projectColor) const;
    QColor warningColor() const { return m_warning; }

    // The column backgrounds (today's and the weekend's tinted), hour lines and axis labels.
    void paintGrid(QPainter &painter, const TimelineGeometry &geometry, const QFont &font, int axisWidth,
                   const QList<bool> &weekend, int today) const;
    // What a block says: its description (or a placeholder), project and times.
    struct BlockText
    {
        QString title;
        bool placeholder = false; // no description: the title is "(no description)"
        QString project;          // "Website · Acme Corp"; empty without a project
        QString times;            // "09:00–10:30"
    };
    void paintBlock(QPainter &painter, const QRectF &rect, const QString &projectColor,
                    const TimelineBlock &block, const BlockText &text, const QFont &font,
                    BlockFlags flags) const;
    // A new entry being drawn: its span, and its times as text.
    void paintNewBlock(QPainter &painter, const QRectF &rect, const QString &times, const QFont &font) const;
    void paintGap(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font) const;
    // A quiet line of help in the middle of `rect` (an empty day or week).
    void paintHint(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font) const;
    void paintNow(QPainter &painter, const QRectF &dayRect, double y) const;
    // The day headers above the columns: the day's name (today's stands out) and its total.
    void paintHeader(QPainter &painter, const QRectF &rect, const TimelineGeometry &geometry,
                     const QStringList &names, const QStringList &totals, int today, const QFont &font) const;

    // A time in the locale's short format, never with seconds ("09:00", "9:00 AM").
    static QString timeText(const QTime &time);
    // The hour labels of the axis.
    static QString hourLabel(int hour);

private:
    QPalette m_palette;
    QColor m_warning;
    mutable QHash<QString, BlockColors> m_colors;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TimelinePainter::BlockFlags)

} // namespace punchclock
