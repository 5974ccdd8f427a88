// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QMenu>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QModelIndex;

namespace punchclock {

class TimerController;
class TrackSession;

// The tray's context menu: the whole daily job without the window. Start/Stop, Continue one of
// the recent entries, Start on a Focus task (once the Focus feature plugs in), Show/Hide window,
// Close to tray, Quit. It only forwards to TimerController; DesktopIntegration wires the rest.
class TrayMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr int kRecentCount = 5;
    static constexpr int kFocusTaskCount = 10;

    TrayMenu(TrackSession *session, TimerController *timer, QWidget *parent = nullptr);

    // The first line: the running entry and its time, or that none runs, and today's total.
    QAction *headerAction() const { return m_header; }
    QAction *startStopAction() const { return m_startStop; }
    QMenu *continueMenu() const { return m_continue; }
    QMenu *focusMenu() const { return m_focus; }
    QAction *showHideAction() const { return m_showHide; }
    QAction *closeToTrayAction() const { return m_closeToTray; }
    QAction *quitAction() const { return m_quit; }

    // The newest stopped entries, one per (description, project, tags), newest first, at most kRecentCount.
    QList<TimeEntry> recentEntries() const;
    // What Start uses: the newest entry's description, or empty.
    QString lastDescription() const;

    // Hook for the Toggl Focus feature. `tasks`: a list model, one task per row, its name under
    // Qt::DisplayRole (decoration optional); the first kFocusTaskCount rows are offered. `start`
    // is called with the chosen row's index. The "Start on a Focus task" submenu stays hidden
    // until a model is set, and disabled while it is empty. Pass nullptr to remove it again.
    using FocusStarter = std::function<void(const QModelIndex &task)>;
    void setFocusTasks(QAbstractItemModel *tasks, FocusStarter start);

    // A feature's actions (the Pomodoro's), in their own group after the timer's.
    void addFeatureActions(const QList<QAction *> &actions);

    void setWindowShown(bool shown); // "Hide window" when shown, else "Show window"
    void rebuildNow();               // rebuilds are otherwise coalesced to the next event loop turn

private:
    void toggleTimer();
    void scheduleRebuild();
    void updateTimerActions();
    void rebuildRecent();
    void rebuildFocus();

    TrackSession *m_session;
    TimerController *m_timer;
    QAction *m_startStop;
    QAction *m_header;
    QMenu *m_continue;
    QMenu *m_focus;
    QAction *m_windowSeparator; // before Show/Hide window: feature groups go above it
    QAction *m_showHide;
    QAction *m_closeToTray;
    QAction *m_quit;
    QPointer<QAbstractItemModel> m_focusTasks;
    FocusStarter m_focusStart;
    bool m_rebuildPending = false;
};

} // namespace punchclock
