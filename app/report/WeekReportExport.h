// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/WeekReport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace punchclock {

// The weekly report for other programs: a CSV file and text for the clipboard. Both hold the same
// table: a header row; a row per project with its client (no client rows: a spreadsheet filters and
// sorts by the Client column); then the rows "Total", "Billable" and "Non-billable". Columns:
// Client, Project, the seven days, Total, Billable, Non-billable.
//
// CSV (RFC 4180, UTF-8, see CsvWriter) is for computing: durations are decimal hours with a dot
// ("7.50"), which every spreadsheet adds up whatever its language, and one more column, "Total
// (h:mm)", gives each row's total as people read it. Days are headed by weekday and ISO date.
// The clipboard text is for pasting into a spreadsheet or a message: tab-separated, one line per
// row, durations as h:mm ("7:30"), which spreadsheets read as durations.
// A name that a spreadsheet would run as a formula (starting with =, +, -, @) gets a leading
// apostrophe, so that it is shown as text.
class WeekReportExport
{
    Q_DECLARE_TR_FUNCTIONS(punchclock::WeekReportExport)
public:
    static QList<QStringList> csvRecords(const WeekReport &report);
    static QList<QStringList> textRows(const WeekReport &report);
    static QByteArray csv(const WeekReport &report);
    static QString text(const WeekReport &report);
    // Writes csv() to `path` (all or nothing); false with `error` set when it cannot.
    static bool writeCsv(const WeekReport &report, const QString &path, QString *error = nullptr);
    // "punchclock-week-2026-03-02.csv"
    static QString suggestedFileName(const WeekReport &report);
};

} // namespace punchclock
