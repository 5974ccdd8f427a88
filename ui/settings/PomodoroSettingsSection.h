// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/pomodoro/PomodoroSettings.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace punchclock {

// Settings → Pomodoro: the lengths of work and breaks, how often the long break comes, whether
// the Toggl timer stops during breaks, and a sound at each change.
class PomodoroSettingsSection : public QWidget
{
    Q_OBJECT
public:
    explicit PomodoroSettingsSection(const PomodoroSettings &settings, QWidget *parent = nullptr);

    PomodoroSettings settings() const;
    QWidget *firstField() const;

private:
    QSpinBox *minutesSpin(const QString &name, const QString &accessibleName, int value, int most);

    QSpinBox *m_work;
    QSpinBox *m_short;
    QSpinBox *m_long;
    QSpinBox *m_every;
    QCheckBox *m_stopTimer;
    QCheckBox *m_sound;
};

} // namespace punchclock
