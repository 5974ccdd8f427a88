// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pomodoro/PomodoroActions.h"

#include "app/pomodoro/PomodoroTimer.h"

#include <QAction>
#include <QKeySequence>

namespace punchclock {

PomodoroActions::PomodoroActions(PomodoroTimer *pomodoro, QObject *parent)
    : QObject(parent), m_pomodoro(pomodoro), m_startStop(new QAction(this)), m_skip(new QAction(this))
{
    m_startStop->setObjectName(QStringLiteral("pomodoroStartStopAction"));
    m_startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_skip->setObjectName(QStringLiteral("pomodoroSkipAction"));
    m_skip->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_startStop, &QAction::triggered, pomodoro, [pomodoro] {
        if (pomodoro->isActive())
            pomodoro->stop();
        else
            pomodoro->start();
    });
    connect(m_skip, &QAction::triggered, pomodoro, &PomodoroTimer::skip);
    connect(pomodoro, &PomodoroTimer::phaseChanged, this, &PomodoroActions::update);
    update();
}

void PomodoroActions::update()
{
    const bool active = m_pomodoro->isActive();
    m_startStop->setText(active ? tr("Stop &Pomodoro") : tr("Start &Pomodoro"));
    m_skip->setEnabled(active);
    m_skip->setText(m_pomodoro->phase() == PomodoroTimer::Phase::Work ? tr("S&kip to the Break")
                                                                      : tr("S&kip the Break"));
}

} // namespace punchclock
