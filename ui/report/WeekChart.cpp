// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/WeekChart.h"

#include "app/report/ReportDuration.h"
#include "ui/common/ReadableColor.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace punchclock {

namespace {
constexpr int kMargin = 6;
const QString kNoProjectColor = QStringLiteral("#9e9e9e");

QString projectLabel(const ReportRow &row)
{
    if (!row.projectId)
        return WeekChart::tr("No project");
    return row.projectName.isEmpty() ? WeekChart::tr("Project %1").arg(*row.projectId) : row.projectName;
}
} // namespace

WeekChart::WeekChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Hours per day"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleDescription(summary());
}

void WeekChart::setReport(const WeekReport &report)
{
    if (report == m_report)
        return;
    m_report = report;
    setAccessibleDescription(summary()); // announced (DescriptionChanged) by Qt
    update();
}

QString WeekChart::summary() const
{
    const ReportWeek &week = m_report.week();
    const QLocale locale;
    if (m_report.totalSeconds() == 0) {
        return tr("No time tracked from %1 to %2.")
            .arg(locale.toString(week.first(), QLocale::LongFormat),
                 locale.toString(week.last(), QLocale::LongFormat));
    }
    QStringList days;
    for (int day = 0; day < ReportWeek::kDays; ++day) {
        days.append(tr("%1 %2", "day name, its hours and minutes")
                        .arg(locale.dayName(week.day(day).dayOfWeek(), QLocale::LongFormat),
                             ReportDuration::hoursMinutes(m_report.daySeconds(day))));
    }
    const QList<ReportRow> &rows = m_report.rows();
    const auto most =
        std::max_element(rows.cbegin(), rows.cend(),
                         [](const ReportRow &a, const ReportRow &b) { return a.total() < b.total(); });
    return tr("Week total %1, billable %2, non-billable %3. %4. Most time: %5, %6.")
        .arg(ReportDuration::hoursMinutes(m_report.totalSeconds()),
             ReportDuration::hoursMinutes(m_report.billableSeconds()),
             ReportDuration::hoursMinutes(m_report.nonBillableSeconds()), days.join(QStringLiteral(", ")),
             projectLabel(*most), ReportDuration::hoursMinutes(most->total()));
}

QSize WeekChart::sizeHint() const
{
    return {560, 12 * fontMetrics().height()};
}

QSize WeekChart::minimumSizeHint() const
{
    return {7 * fontMetrics().horizontalAdvance(QStringLiteral("00:00")), 7 * fontMetrics().height()};
}

WeekChart::Geometry WeekChart::geometry() const
{
    Geometry g;
    qint64 most = 0;
    for (int day = 0; day < ReportWeek::kDays; ++day)
        most = std::max(most, m_report.daySeconds(day));
    const int hours = most > 0 ? int((most + 3599) / 3600) : 8;
    g.stepHours = hours <= 4 ? 1 : hours <= 8 ? 2 : hours <= 16 ? 4 : hours <= 24 ? 6 : 12;
    const int scaleHours = std::max(1, (hours + g.stepHours - 1) / g.stepHours * g.stepHours);
    g.scale = qint64(scaleHours) * 3600;

    const QFontMetrics fm = fontMetrics();
    const int axis =
        fm.horizontalAdvance(tr("%1 h", "hours on the chart's axis").arg(scaleHours)) + 2 * kMargin;
    g.plot = rect().adjusted(axis, fm.height() + kMargin, -kMargin, -(fm.height() + kMargin));
    g.slot = std::max(1, g.plot.width() / ReportWeek::kDays);
    g.bar = std::clamp(g.slot * 3 / 5, 4, 64);
    return g;
}

QRect WeekChart::barRect(const Geometry &g, int day) const
{
    return {g.plot.left() + day * g.slot + (g.slot - g.bar) / 2, g.plot.top(), g.bar, g.plot.height()};
}

int WeekChart::yOf(const Geometry &g, qint64 seconds)
{
    return g.plot.bottom() + 1 - int(std::lround(double(seconds) * g.plot.height() / double(g.scale)));
}

QRect WeekChart::segmentRect(int day, int row) const
{
    const QList<ReportRow> &rows = m_report.rows();
    if (day < 0 || day >= ReportWeek::kDays || row < 0 || row >= rows.size() ||
        rows.at(row).seconds.at(day) <= 0)
        return {};
    const Geometry g = geometry();
    qint64 below = 0;
    for (int r = 0; r < row; ++r)
        below += rows.at(r).seconds.at(day);
    const qint64 above = below + rows.at(row).seconds.at(day);
    const QRect bar = barRect(g, day);
    return QRect(QPoint(bar.left(), yOf(g, above)), QPoint(bar.right(), yOf(g, below) - 1));
}

QColor WeekChart::segmentColor(int row) const
{
    const QList<ReportRow> &rows = m_report.rows();
    if (row < 0 || row >= rows.size())
        return {};
    const QString name = rows.at(row).color.isEmpty() ? kNoProjectColor : rows.at(row).color;
    QColor color = QColor::fromString(name);
    if (!color.isValid())
        color = QColor::fromString(kNoProjectColor);
    // Non-text contrast (WCAG 1.4.11): 3:1 against the chart's background.
    return ReadableColor::against(color, {palette().color(QPalette::Base)});
}

void WeekChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const Geometry g = geometry();
    const QFontMetrics fm = fontMetrics();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18f);

    // Hour lines and their labels.
    for (qint64 h = 0; h * 3600 <= g.scale; h += g.stepHours) {
        const int y = yOf(g, h * 3600) - 1;
        painter.setPen(h == 0 ? text : grid);
        painter.drawLine(g.plot.left(), y, g.plot.right(), y);
        painter.setPen(text);
        const QRect label(0, y - fm.height() / 2, g.plot.left() - kMargin, fm.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         tr("%1 h", "hours on the chart's axis").arg(h));
    }

    const QLocale locale;
    for (int day = 0; day < ReportWeek::kDays; ++day) {
        const QRect bar = barRect(g, day);
        for (int row = 0; row < m_report.rows().size(); ++row) {
            const QRect segment = segmentRect(day, row);
            if (segment.isEmpty())
                continue;
            painter.fillRect(segment, segmentColor(row));
            // A line of the background between two projects, so that similar colours stay apart.
            painter.setPen(pal.color(QPalette::Base));
            if (segment.top() > g.plot.top())
                painter.drawLine(segment.left(), segment.top(), segment.right(), segment.top());
        }
        painter.setPen(text);
        const qint64 seconds = m_report.daySeconds(day);
        if (seconds > 0) {
            const QRect label(bar.center().x() - g.slot / 2, yOf(g, seconds) - fm.height() - 2, g.slot,
                              fm.height());
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignBottom,
                             ReportDuration::hoursMinutes(seconds));
        }
        const QDate date = m_report.week().day(day);
        QString name = QStringLiteral("%1 %2")
                           .arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat))
                           .arg(date.day());
        if (fm.horizontalAdvance(name) > g.slot)
            name = locale.dayName(date.dayOfWeek(), QLocale::NarrowFormat);
        const QRect label(g.plot.left() + day * g.slot, g.plot.bottom() + kMargin / 2, g.slot, fm.height());
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, name);
    }

    if (m_report.totalSeconds() == 0) {
        painter.setPen(text);
        painter.drawText(g.plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No time tracked in this week"));
    }
}

int WeekChart::dayAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (!g.plot.adjusted(0, -fontMetrics().height() - kMargin, 0, 0).contains(pos))
        return -1;
    const int day = (pos.x() - g.plot.left()) / g.slot;
    return day >= 0 && day < ReportWeek::kDays ? day : -1;
}

QString WeekChart::dayToolTip(int day) const
{
    const QDate date = m_report.week().day(day);
    QStringList lines{tr("%1: %2").arg(QLocale().toString(date, QLocale::LongFormat),
                                       ReportDuration::hoursMinutes(m_report.daySeconds(day)))};
    const QList<ReportRow> &rows = m_report.rows();
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) { // top to bottom, as stacked
        if (row->seconds.at(day) > 0)
            lines.append(
                tr("%1: %2").arg(projectLabel(*row), ReportDuration::hoursMinutes(row->seconds.at(day))));
    }
    return lines.join(QLatin1Char('\n'));
}

bool WeekChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int day = dayAt(help->pos());
        if (day < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), dayToolTip(day), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void WeekChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace punchclock
