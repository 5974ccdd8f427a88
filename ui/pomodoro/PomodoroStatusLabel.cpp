// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pomodoro/PomodoroStatusLabel.h"

#include "app/pomodoro/PomodoroTimer.h"

namespace punchclock {

PomodoroStatusLabel::PomodoroStatusLabel(PomodoroTimer *pomodoro, QWidget *parent)
    : LiveLabel(parent), m_pomodoro(pomodoro)
{
    setObjectName(QStringLiteral("pomodoroStatus"));
    setAccessibleName(tr("Pomodoro"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(pomodoro, &PomodoroTimer::phaseChanged, this, &PomodoroStatusLabel::refresh);
    connect(pomodoro, &PomodoroTimer::remainingChanged, this, &PomodoroStatusLabel::refresh);
    refresh();
}

void PomodoroStatusLabel::refresh()
{
    setVisible(m_pomodoro->isActive());
    if (m_pomodoro->isActive())
        setText(tr("Pomodoro: %1").arg(m_pomodoro->statusText()));
}

} // namespace punchclock
