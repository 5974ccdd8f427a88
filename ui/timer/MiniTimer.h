// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;

namespace punchclock {

class LiveLabel;
class StartStopButton;
class TimerController;
class TrackSession;
struct TimeEntry;

// View → Mini Timer: a small window that stays above the others (a Qt::Tool window: no task bar
// button of its own) with the project's colour, the description, the elapsed time and one button.
// Running, the button stops the entry; stopped, it continues the newest entry (its description,
// project, tags and billable, as the tray's Continue does), and says which. Where it was put is
// kept (QSettings "miniTimer/geometry"), and whether it was open ("miniTimer/visible").
class MiniTimer : public QWidget
{
    Q_OBJECT
public:
    MiniTimer(TrackSession *session, TimerController *timer, QWidget *parent = nullptr);
    ~MiniTimer() override;

    // Shows it where it was last put (on a screen that still exists), or hides it; remembered.
    void setShown(bool shown);
    static bool wasShown(); // open when Punchclock last quit

    // The entry the button continues while stopped: the newest one that is not running.
    std::optional<TimeEntry> entryToContinue() const;

signals:
    void shownChanged(bool shown);
    void windowRequested(); // the ⤢ button or a double click: the main window

protected:
    void closeEvent(QCloseEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void toggle();
    void showState();

    TrackSession *m_session;
    TimerController *m_timer;
    QLabel *m_dot;
    QLabel *m_description;
    LiveLabel *m_elapsed;
    StartStopButton *m_button;
    QToolButton *m_open;
    bool m_restoring = false;
};

} // namespace punchclock
