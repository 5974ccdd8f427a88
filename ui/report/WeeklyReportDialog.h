// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace punchclock {

class Clock;
class TrackSession;
class WeeklyReportView;

// Reports → Weekly Report…: the weekly report in a window of its own beside the main window
// (non-modal), with a Close button.
class WeeklyReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WeeklyReportDialog(TrackSession *session, const Clock *clock = nullptr,
                                QWidget *parent = nullptr);

    WeeklyReportView *view() const { return m_view; }

private:
    WeeklyReportView *m_view;
};

} // namespace punchclock
