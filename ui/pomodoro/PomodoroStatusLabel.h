// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/LiveLabel.h"

namespace punchclock {

class PomodoroTimer;

// The Pomodoro's phase and remaining time ("Work 23:59") under the timer bar; hidden while the
// Pomodoro is off.
class PomodoroStatusLabel : public LiveLabel
{
    Q_OBJECT
public:
    explicit PomodoroStatusLabel(PomodoroTimer *pomodoro, QWidget *parent = nullptr);

private:
    void refresh();

    PomodoroTimer *m_pomodoro;
};

} // namespace punchclock
