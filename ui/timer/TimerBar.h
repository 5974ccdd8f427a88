// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/timer/StartStopButton.h" // callers use it as the QPushButton it is

#include <QWidget>

class QBoxLayout;
class QCompleter;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace punchclock {

class LiveLabel;
class ProjectPicker;
class TagsEdit;
class TimerController;
class TrackSession;

// The bar at the top: what are you working on, project, tags, billable, elapsed time and one
// Start/Stop button. Behaviour lives in TimerController; this only shows its form() and forwards
// changes to it: while an entry runs, the description on Enter or focus-out and the other fields
// at once (each edits the running entry); stopped, every keystroke (the next entry's fields).
// Too narrow for one row (a 480-pixel window), it wraps: description, elapsed time and Start/Stop
// above; project, tags and billable below.
class TimerBar : public QWidget
{
    Q_OBJECT
public:
    TimerBar(TrackSession *session, TimerController *timer, QWidget *parent = nullptr);

    QLineEdit *descriptionEdit() const { return m_description; }
    StartStopButton *startStopButton() const { return m_startStop; }

    void startFromFields(); // Start with what the fields say (stops a running entry first)
    // A line under the bar (the Pomodoro's state); it takes no room while hidden.
    void setStatusWidget(QWidget *widget);

    bool isCompact() const { return m_compact; } // two rows
    int oneRowWidth() const;                     // narrower than this, the bar wraps
    QSize minimumSizeHint() const override;      // the two-row minimum, whatever the layout now

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrange(bool compact);
    void toggle();
    void fillFrom(const QString &description); // a completion: its project, tags, billable
    void commitTyped();                        // running: description and tags to the entry
    void showState();
    void showForm();
    void showElapsed(const QString &text);
    void reloadPickers();

    TrackSession *m_session;
    TimerController *m_timer;
    QLineEdit *m_description;
    QCompleter *m_completer;
    ProjectPicker *m_project;
    TagsEdit *m_tags;
    QToolButton *m_billable;
    LiveLabel *m_elapsed; // screen readers hear the running time
    StartStopButton *m_startStop;
    QBoxLayout *m_top;
    QBoxLayout *m_bottom;
    bool m_compact = true;  // arrange() in the constructor sets the one-row layout
    bool m_showing = false; // showForm() sets the fields: their signals are not edits
};

} // namespace punchclock
