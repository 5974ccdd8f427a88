// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/WeekReport.h"

#include <QWidget>

namespace punchclock {

// The weekly report as a stacked bar chart, painted by hand (no QtCharts): a bar per day, stacked
// by project in the order of the report's rows, in the projects' colours moved until they have
// 3:1 contrast on the palette in use (light or dark); hour lines, each day's total above its bar.
// The tooltip of a bar lists its projects. Screen readers get the totals in words as the
// accessible description.
class WeekChart : public QWidget
{
    Q_OBJECT
public:
    explicit WeekChart(QWidget *parent = nullptr);

    void setReport(const WeekReport &report);
    // The totals in words: the week, billable and not, each day, the project with the most time.
    QString summary() const;

    // Where row `row`'s time of day `day` is drawn; empty when it has none.
    QRect segmentRect(int day, int row) const;
    // The colour row `row` is drawn in on the current palette.
    QColor segmentColor(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        QRect plot;          // where the bars stand, the hour lines across it
        int slot = 0;        // width of a day
        int bar = 0;         // width of a bar
        qint64 scale = 3600; // seconds the plot's height stands for
        int stepHours = 1;   // hours between two lines
    };
    Geometry geometry() const;
    QRect barRect(const Geometry &g, int day) const;   // the bar's column, full height
    static int yOf(const Geometry &g, qint64 seconds); // the top of a stack of `seconds`
    int dayAt(const QPoint &pos) const;                // -1 outside the bars
    QString dayToolTip(int day) const;

    WeekReport m_report;
};

} // namespace punchclock
