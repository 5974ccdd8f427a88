// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace punchclock {

class BulkEditController;
class EntriesView;
class HistoryFooter;
class LiveLabel;
class RefreshScheduler;
class TimelineView;
class TimerBar;
class TimerController;
class TrackBulkEditor;
class TrackSession;
class UndoHistory;
struct ApiError;
struct TimeEntry;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `timer` and `scheduler` (the core's) drive the timer bar and the refreshes on activation;
    // `bulkEditor` (the core's) runs the bulk edits of the entries.
    MainWindow(TrackSession *session, TimerController *timer, RefreshScheduler *scheduler,
               TrackBulkEditor *bulkEditor, QWidget *parent = nullptr);

    BulkEditController *bulkEdit() const { return m_bulk; }
    TimerController *timer() const { return m_timer; }
    // Adds a page (e.g. the Focus view) beside the Track entries.
    void addPage(QWidget *page, const QString &title);
    // Adds a message strip (e.g. "The timer was stopped at…") between the timer bar and the pages.
    void addBanner(QWidget *banner);
    TimerBar *timerBar() const { return m_timerBar; }
    // Adds a group of actions (the Pomodoro's) to the end of the Timer menu.
    void addTimerActions(const QList<QAction *> &actions);

    // "Add entry…" and "Edit…": open the entry dialog (non-modal to the caller: open(), not exec()).
    void addEntry();
    void addEntry(const punchclock::TimeEntry &draft); // with these fields (the timeline's times)
    void editEntry(const punchclock::TimeEntry &entry);
    // View → Go to Date… (Ctrl+G): asks for a day, then goToDate().
    void askForDate();
    // Reads the day's week if it is not loaded yet (the footer shows it busy, a failure goes to the
    // error banner), then selects that day in the entries and scrolls to it.
    void goToDate(const QDate &date);
    // Geometry, the entries header (widths, chosen columns, sort) and the filter text, under
    // window/ in QSettings.
    void saveWindowState() const;
    void restoreWindowState();

    // How the Track entries are shown: the table, or a day's or a week's timeline (View menu,
    // Ctrl+1, Ctrl+2, Ctrl+3; kept with the window state).
    enum class EntriesMode
    {
        List,
        Day,
        Week
    };
    EntriesMode entriesMode() const { return m_mode; }
    void showEntriesAs(EntriesMode mode);
    TimelineView *timeline() const { return m_timeline; }
    // View → Mini Timer (Ctrl+Shift+M), checkable: the shell shows or hides the MiniTimer.
    QAction *miniTimerAction() const { return m_miniTimer; }

signals:
    // File → Settings…: the shell opens the dialog (it has what the Focus section needs).
    void settingsRequested();
    // Reports → Weekly Report… (Ctrl+Shift+R): the shell opens the report window.
    void weeklyReportRequested();
    // File → Quit (Ctrl+Q): quit for real, also while closing the window only hides it to the
    // tray. The shell hands it to the tray's quit(); with nothing connected the window closes.
    void quitRequested();
    // The timeline shows the days from `from` to `to` (inclusive): the connection point for
    // loading that period's entries (issue #18's history; the shell wires it). Emitted when the
    // timeline comes into view and whenever it moves to another day or week.
    void periodShown(const QDate &from, const QDate &to);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showError(const ApiError &error);
    // A change was refused for good: retrying it would be refused again, so the banner offers to
    // reload the entries instead, and says so.
    void showRefusal(const QString &message);
    void offerUndo(const QString &description);
    // A week of history could not be read: the banner says which and why, Retry reads it again.
    void showHistoryFailure(const QDate &week, const QString &message);
    void updateEntriesState();

    TrackSession *m_session;
    TimerController *m_timer;
    RefreshScheduler *m_scheduler;
    TimerBar *m_timerBar;
    QMenu *m_timerMenu = nullptr;
    QLineEdit *m_filter;
    EntriesView *m_entries;
    QLabel *m_quotaLabel;
    QTabWidget *m_pages = nullptr;
    QPushButton *m_undo;
    QTimer *m_undoTimer;
    UndoHistory *m_history; // Edit → Undo and Redo: every change made in the window
    BulkEditController *m_bulk = nullptr;
    // States over the entries: the error banner (with Retry) and "Loading…"/"No entries yet".
    QFrame *m_errorBanner = nullptr;
    LiveLabel *m_errorLabel = nullptr;
    QPushButton *m_retry = nullptr;
    QStackedWidget *m_entriesStack = nullptr;
    HistoryFooter *m_historyFooter = nullptr;
    QDate m_goToDate; // Go to Date… waits for this day's week to be read
    QLabel *m_stateLabel = nullptr;
    bool m_loaded = false; // a refresh has answered
    // List, Day or Week: the table or the timeline below, the search or the timeline's navigator
    // above; the Edit menu shows the actions of the one in view.
    TimelineView *m_timeline = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    QStackedWidget *m_toolStack = nullptr;
    QActionGroup *m_modes = nullptr;
    QAction *m_miniTimer = nullptr;
    QList<QAction *> m_listActions;
    QList<QAction *> m_timelineActions;
    EntriesMode m_mode = EntriesMode::List;
};

} // namespace punchclock
