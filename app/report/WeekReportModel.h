// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/WeekReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace punchclock {

class Clock;
class TimeEntryModel;

// The weekly report as a table: a row per project (under a row per client when any project has a
// client), then the week's totals, billable and non-billable; a column per day and the week.
// Follows the entries model: any change of it (a refresh, an edit, a week of history read, the
// running entry's tick) recomputes the report; rows that stay are updated in place.
class WeekReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        FirstDay,
        LastDay = FirstDay + ReportWeek::kDays - 1,
        Total,
        Billable, // the billable part of the row's total
        ColumnCount
    };
    enum class RowKind
    {
        Client,  // a client's projects added up (shown only when some project has a client)
        Project, // a project, or the entries without one
        Total,   // every row added up
        BillableTotal,
        NonBillableTotal,
    };
    Q_ENUM(RowKind)
    enum Role
    {
        SecondsRole = Qt::UserRole + 1, // the cell's seconds (qint64); the header's: invalid
        RowKindRole,                    // RowKind as int
        ProjectIdRole,                  // qint64; 0 for the entries without a project and other rows
        ProjectColorRole,               // "#rrggbb", empty when none
        DateRole,                       // a day column's date (cells and header)
    };

    // `clock`: "now" for the running entry (nullptr: the system clock). The week is the current
    // one, starting on `firstDayOfWeek`, in the system time zone.
    explicit WeekReportModel(TimeEntryModel *entries, const Clock *clock = nullptr,
                             Qt::DayOfWeek firstDayOfWeek = Qt::Monday, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ReportWeek &week() const { return m_report.week(); }
    void setWeek(const ReportWeek &week);
    const ReportFilter &filter() const { return m_report.filter(); }
    void setFilter(const ReportFilter &filter);
    const WeekReport &report() const { return m_report; }
    // The week holding today (by the clock), from the same first day and zone.
    ReportWeek currentWeek() const;
    const Clock *clock() const { return m_clock; }

public slots:
    // Computes the report again (the entries model's signals do it by themselves).
    void recompute();

signals:
    void reportChanged(); // after the rows changed: another week, filter or entries

private:
    // A row of the table: report rows [first, end) added up (one for a project, a client's
    // projects, or all of them for the totals).
    struct Line
    {
        RowKind kind = RowKind::Total;
        qsizetype first = 0;
        qsizetype end = 0;
    };
    void update(WeekReport report);
    static QList<Line> linesOf(const WeekReport &report);
    // What a row stands for (kind, and client name or project ID): the same keys, in the same
    // order, after a recompute mean the rows can be updated in place.
    static QString keyOf(const Line &line, const WeekReport &report);
    qint64 secondsAt(const Line &line, int column) const;
    QString nameOf(const Line &line) const;

    TimeEntryModel *m_entries;
    const Clock *m_clock;
    WeekReport m_report;
    QList<Line> m_lines;
};

} // namespace punchclock
