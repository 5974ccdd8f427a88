// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace punchclock {

class PomodoroTimer;

// Timer → Start/Stop Pomodoro (Ctrl+Shift+P) and Skip Pomodoro Phase (Ctrl+Shift+K): the same
// actions in the main window's Timer menu and the tray menu, named for what they do now.
class PomodoroActions : public QObject
{
    Q_OBJECT
public:
    explicit PomodoroActions(PomodoroTimer *pomodoro, QObject *parent = nullptr);

    QAction *startStopAction() const { return m_startStop; }
    QAction *skipAction() const { return m_skip; }
    QList<QAction *> actions() const { return {m_startStop, m_skip}; }

private:
    void update();

    PomodoroTimer *m_pomodoro;
    QAction *m_startStop;
    QAction *m_skip;
};

} // namespace punchclock
