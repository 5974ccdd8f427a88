// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelinePainter.h"

#include "ui/common/ReadableColor.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace punchclock {

namespace {
constexpr double kTextContrast = 4.5; // WCAG 2 for normal text
const QColor kNoProject(0x8a, 0x8a, 0x8a);
const QColor kWarning(0xd3, 0x2f, 0x2f);

QFont smaller(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        small.setPixelSize(std::max(6, int(font.pixelSize() * 0.85)));
    return small;
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * amount),
                            float(x.greenF() + (y.greenF() - x.greenF()) * amount),
                            float(x.blueF() + (y.blueF() - x.blueF()) * amount));
}

bool isDark(const QPalette &palette)
{
    return ReadableColor::relativeLuminance(palette.color(QPalette::Base)) < 0.18;
}

// A line of text in `rect`, elided; false when not even its first letters fit.
bool drawLine(QPainter &painter, const QRectF &rect, const QString &text, const QFontMetricsF &metrics)
{
    if (text.isEmpty() || rect.width() < metrics.averageCharWidth() * 2)
        return false;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, shown);
    return true;
}
} // namespace

void TimelinePainter::setPalette(const QPalette &palette)
{
    if (palette == m_palette && m_warning.isValid())
        return;
    m_palette = palette;
    m_colors.clear();
    m_warning = ReadableColor::against(kWarning, {palette.color(QPalette::Base)});
}

TimelinePainter::BlockColors TimelinePainter::colorsFor(const QString &projectColor) const
{
    const auto found = m_colors.constFind(projectColor);
    if (found != m_colors.constEnd())
        return *found;
    QColor project = projectColor.isEmpty() ? kNoProject : QColor::fromString(projectColor);
    if (!project.isValid())
        project = kNoProject;
    const QColor base = m_palette.color(QPalette::Base);
    const bool dark = isDark(m_palette);
    BlockColors colors;
    // A tint that stays near the background (a white project on a dark palette would glare).
    double amount = dark ? 0.32 : 0.2;
    colors.fill = mix(base, project, amount);
    while (ReadableColor::contrast(colors.fill, base) > 1.8 && amount > 0.05) {
        amount -= 0.03;
        colors.fill = mix(base, project, amount);
    }
    colors.accent = ReadableColor::against(dark ? project : project.darker(115), {base, colors.fill});
    colors.text = ReadableColor::against(m_palette.color(QPalette::Text), {colors.fill}, kTextContrast);
    colors.secondary = ReadableColor::against(colors.accent, {colors.fill}, kTextContrast);
    m_colors.insert(projectColor, colors);
    return colors;
}

QString TimelinePainter::timeText(const QTime &time)
{
    // The locale's short time, without seconds (the C locale's has them).
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QString TimelinePainter::hourLabel(int hour)
{
    return timeText(QTime(hour % 24, 0));
}

void TimelinePainter::paintGrid(QPainter &painter, const TimelineGeometry &geometry, const QFont &font,
                                int axisWidth, const QList<bool> &weekend, int today) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor weekendTint = mix(base, text, 0.035);
    const QColor todayTint = mix(base, m_palette.color(QPalette::Highlight), isDark(m_palette) ? 0.12 : 0.07);
    for (int d = 0; d < geometry.dayCount(); ++d) {
        const QRectF column = geometry.dayRect(d);
        if (d == today && geometry.dayCount() > 1)
            painter.fillRect(column, todayTint);
        else if (d < weekend.size() && weekend.at(d))
            painter.fillRect(column, weekendTint);
    }
    const TimelineScale &scale = geometry.scale();
    const QRectF area = geometry.area();
    const QColor hourLine = mix(base, text, 0.16);
    const QColor halfLine = mix(base, text, 0.07);
    const QColor label = ReadableColor::against(mix(base, text, 0.6), {base}, kTextContrast);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const bool halves = scale.pixelsPerHour() >= 2.5 * metrics.height();
    const int labelEvery = scale.pixelsPerHour() >= 1.3 * metrics.height() ? 1 : 2;
    for (int hour = 0; hour <= 24; ++hour) {
        const double y = std::round(scale.yAt(hour * 3600)) + 0.5;
        painter.setPen(hourLine);
        painter.drawLine(QPointF(area.left() - 4, y), QPointF(area.right(), y));
        if (halves && hour < 24) {
            const double half = std::round(scale.yAt(hour * 3600 + 1800)) + 0.5;
            painter.setPen(QPen(halfLine, 1, Qt::DotLine));
            painter.drawLine(QPointF(area.left(), half), QPointF(area.right(), half));
        }
        if (hour % labelEvery == 0 && hour < 24) {
            painter.setPen(label);
            const QRectF box(0, y - metrics.height() / 2, axisWidth - 8, metrics.height());
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, hourLabel(hour));
        }
    }
    painter.setPen(hourLine);
    for (int d = 0; d <= geometry.dayCount(); ++d) {
        const double x =
            std::round(d < geometry.dayCount() ? geometry.dayRect(d).left() : area.right()) - 0.5;
        painter.drawLine(QPointF(x, scale.top()), QPointF(x, scale.top() + scale.height()));
    }
}

void TimelinePainter::paintBlock(QPainter &painter, const QRectF &rect, const QString &projectColor,
                                 const TimelineBlock &block, const BlockText &text, const QFont &font,
                                 BlockFlags flags) const
{
    const BlockColors colors = colorsFor(projectColor);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (flags.testFlag(Ghost))
        painter.setOpacity(0.35);
    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    const double radius = std::min(3.0, box.height() / 2);
    QPainterPath shape;
    shape.addRoundedRect(box, radius, radius);
    painter.fillPath(shape, colors.fill);
    // The project's stripe on the left.
    const double stripe = std::min(4.0, box.width() / 3);
    painter.save();
    painter.setClipPath(shape);
    painter.fillRect(QRectF(box.left(), box.top(), stripe, box.height()), colors.accent);
    // Overlapping another entry: a hatched warning edge on the right.
    if (block.overlaps && !flags.testFlag(Preview)) {
        const double edge = std::min(6.0, box.width() / 4);
        const QRectF strip(box.right() - edge, box.top(), edge, box.height());
        painter.fillRect(strip, QBrush(m_warning, Qt::BDiagPattern));
        painter.fillRect(QRectF(box.right() - 2, box.top(), 2, box.height()), m_warning);
    }
    painter.restore();
    QColor border = colors.accent;
    border.setAlpha(170);
    QPen pen(border, 1);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    if (block.running) {
        // Still growing: the bottom edge is open and dashed.
        painter.drawPath(shape);
        painter.setPen(QPen(colors.fill, 2));
        painter.drawLine(QPointF(box.left() + radius, box.bottom()),
                         QPointF(box.right() - radius, box.bottom()));
        painter.setPen(QPen(colors.accent, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(box.left() + stripe, box.bottom()), QPointF(box.right(), box.bottom()));
    } else {
        painter.drawPath(shape);
    }
    if (flags.testFlag(Selected)) {
        const QColor highlight = m_palette.color(QPalette::Highlight);
        painter.setPen(QPen(highlight, flags.testFlag(Focused) ? 2.5 : 1.5));
        painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), radius + 1, radius + 1);
    }

    // Text, as much as fits: the description, the project, the times; one line when short, in a
    // smaller font when the block is shorter than a line.
    QFont textFont = font;
    QFontMetricsF metrics(textFont);
    const double right = -(block.overlaps ? 8 : 4);
    QRectF inner = box.adjusted(stripe + 4, 2, right, -2);
    if (inner.height() < metrics.height() && !flags.testFlag(Preview)) {
        inner = box.adjusted(stripe + 4, 0, right, 0);
        if (inner.height() < metrics.height()) {
            textFont = smaller(font);
            metrics = QFontMetricsF(textFont);
        }
    }
    const double line = metrics.height();
    if (inner.height() >= line * 0.8 && inner.width() > 0) {
        painter.setClipRect(box, Qt::IntersectClip);
        QFont titleFont = textFont;
        titleFont.setItalic(text.placeholder);
        const QColor titleColor = text.placeholder ? mix(colors.fill, colors.text, 0.72) : colors.text;
        if (inner.height() >= 2 * line || flags.testFlag(Preview)) {
            double y = inner.top();
            QRectF row(inner.left(), y, inner.width(), line);
            const auto next = [&] {
                y += line;
                row.moveTop(y);
                return y + line <= inner.bottom() + 1;
            };
            painter.setFont(titleFont);
            painter.setPen(titleColor);
            drawLine(painter, row, text.title, metrics);
            painter.setFont(textFont);
            // Where a drag puts it, its times come first: they are what is being chosen.
            const bool timesFirst = flags.testFlag(Preview);
            if (timesFirst && next()) {
                painter.setPen(colors.text);
                drawLine(painter, row, text.times, metrics);
            }
            if (!text.project.isEmpty() && next()) {
                painter.setPen(colors.secondary);
                drawLine(painter, row, text.project, metrics);
            }
            if (!timesFirst && next()) {
                painter.setPen(colors.text);
                drawLine(painter, row, text.times, metrics);
            }
        } else {
            // A single line: the description, then the rest as room allows.
            const QRectF row(inner.left(), inner.center().y() - line / 2, inner.width(), line);
            painter.setFont(titleFont);
            painter.setPen(titleColor);
            drawLine(painter, row, text.title, metrics);
            const QString rest =
                text.project.isEmpty() ? text.times : text.project + QStringLiteral(" · ") + text.times;
            const double restLeft = row.left() + QFontMetricsF(titleFont).horizontalAdvance(text.title) +
                                    metrics.horizontalAdvance(QStringLiteral("  "));
            if (restLeft < row.right() - metrics.averageCharWidth() * 4) {
                painter.setFont(textFont);
                painter.setPen(colors.secondary);
                drawLine(painter, QRectF(restLeft, row.top(), row.right() - restLeft, line), rest, metrics);
            }
        }
    }
    painter.restore();
}

void TimelinePainter::paintNewBlock(QPainter &painter, const QRectF &rect, const QString &times,
                                    const QFont &font) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Opaque: the blocks it is drawn over must not show through its times.
    const QColor highlight = m_palette.color(QPalette::Highlight);
    const QColor fill = mix(m_palette.color(QPalette::Base), highlight, 0.3);
    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(highlight, 1.5));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 3, 3);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(ReadableColor::against(m_palette.color(QPalette::Text), {fill}, kTextContrast));
    drawLine(painter, box.adjusted(6, 2, -4, 0), times, metrics);
    painter.restore();
}

void TimelinePainter::paintGap(QPainter &painter, const QRectF &rect, const QString &text,
                               const QFont &font) const
{
    const QFontMetricsF metrics(font);
    if (rect.height() < metrics.height() + 2 || metrics.horizontalAdvance(text) > rect.width() - 6)
        return;
    const QColor base = m_palette.color(QPalette::Base);
    painter.setFont(font);
    painter.setPen(ReadableColor::against(mix(base, m_palette.color(QPalette::Text), 0.5), {base}, 3.0));
    painter.drawText(rect, Qt::AlignCenter, text);
}

void TimelinePainter::paintHint(QPainter &painter, const QRectF &rect, const QString &text,
                                const QFont &font) const
{
    const QColor base = m_palette.color(QPalette::Base);
    painter.setFont(font);
    painter.setPen(
        ReadableColor::against(mix(base, m_palette.color(QPalette::Text), 0.6), {base}, kTextContrast));
    painter.drawText(rect.adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void TimelinePainter::paintNow(QPainter &painter, const QRectF &dayRect, double y) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(m_warning, 2));
    painter.drawLine(QPointF(dayRect.left(), y), QPointF(dayRect.right(), y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_warning);
    painter.drawEllipse(QPointF(dayRect.left() + 1, y), 4, 4);
    painter.restore();
}

void TimelinePainter::paintHeader(QPainter &painter, const QRectF &rect, const TimelineGeometry &geometry,
                                  const QStringList &names, const QStringList &totals, int today,
                                  const QFont &font) const
{
    const QColor window = m_palette.color(QPalette::Window);
    painter.fillRect(rect, window);
    const QColor text = m_palette.color(QPalette::WindowText);
    const QColor todayColor =
        ReadableColor::against(m_palette.color(QPalette::Highlight), {window}, kTextContrast);
    const QColor muted = ReadableColor::against(mix(window, text, 0.65), {window}, kTextContrast);
    const QFontMetricsF metrics(font);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    for (int d = 0; d < geometry.dayCount() && d < names.size(); ++d) {
        const QRectF column = geometry.dayRect(d);
        const QRectF cell(column.left() + 2, rect.top() + 3, column.width() - 4, rect.height() - 6);
        painter.setFont(bold);
        painter.setPen(d == today ? todayColor : text);
        painter.drawText(QRectF(cell.left(), cell.top(), cell.width(), boldMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop,
                         boldMetrics.elidedText(names.at(d), Qt::ElideRight, cell.width()));
        if (d < totals.size()) {
            painter.setFont(font);
            painter.setPen(muted);
            painter.drawText(
                QRectF(cell.left(), cell.top() + boldMetrics.height(), cell.width(), metrics.height()),
                Qt::AlignHCenter | Qt::AlignTop,
                metrics.elidedText(totals.at(d), Qt::ElideRight, cell.width()));
        }
    }
    painter.setPen(mix(window, text, 0.25));
    painter.drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5));
}

} // namespace punchclock
