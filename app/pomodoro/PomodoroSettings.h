// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

namespace punchclock {

// Settings → Pomodoro, kept in QSettings under "pomodoro/". Nothing runs until the Pomodoro is
// started (Timer → Start Pomodoro, or the tray).
struct PomodoroSettings
{
    int workMinutes = 25;
    int shortBreakMinutes = 5;
    int longBreakMinutes = 15;
    int longBreakEvery = 4;             // work phases before a long break
    bool stopTimerDuringBreaks = false; // stop the Toggl timer for a break, continue it after
    bool sound = false;                 // a beep at each change

    static PomodoroSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const PomodoroSettings &, const PomodoroSettings &) = default;
};

} // namespace punchclock
