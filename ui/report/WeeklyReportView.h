// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/ReportWeek.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QPushButton;
class QTableView;

namespace punchclock {

class Clock;
class LiveLabel;
class ReportFilterBar;
class TrackSession;
class WeekChart;
class WeekNavigator;
class WeekReportModel;

// The weekly report (issue #18): a week chosen with the navigator, filtered by project, client and
// tag, as a stacked bar chart and a table of hours per project and day, with the totals below.
// "Export CSV…" writes the table to a file, "Copy as Text" puts it on the clipboard
// (WeekReportExport). Computed from the entries the session holds, again whenever they change.
//
// weekShown() tells whoever can read older history (TrackSession's week loader) which days are on
// screen: a week the store does not hold yet is read there, and the report follows the model.
class WeeklyReportView : public QWidget
{
    Q_OBJECT
public:
    // `clock`: "now" for the running entry and "this week" (nullptr: the system clock).
    explicit WeeklyReportView(TrackSession *session, const Clock *clock = nullptr, QWidget *parent = nullptr);

    ReportWeek week() const;
    void showWeek(const QDate &day); // the week holding `day`
    void showPreviousWeek();
    void showNextWeek();
    void showCurrentWeek();

    // Writes the report as CSV to `path`; false (and says why) when it cannot.
    bool exportCsv(const QString &path);
    void copyAsText();

    // Puts `button` at the end of the row of Copy and Export (a window's Close).
    void addButton(QPushButton *button);

    // Where "Export CSV…" asks for the file: `suggested` is a path to start from; an empty answer
    // cancels. QFileDialog by default.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    // The days on screen: when the view is first shown and after every change of week.
    void weekShown(const QDate &from, const QDate &to);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void chooseAndExport();
    void updateChoices();
    void reportChanged();
    void weekChanged();

    TrackSession *m_session;
    WeekReportModel *m_model;
    WeekNavigator *m_navigator;
    ReportFilterBar *m_filters;
    WeekChart *m_chart;
    QTableView *m_table;
    LiveLabel *m_summary;
    LiveLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_export;
    QHBoxLayout *m_buttons;
    FileChooser m_chooseFile;
    bool m_shownOnce = false;
};

} // namespace punchclock
