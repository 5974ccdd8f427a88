// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/PomodoroSettingsSection.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace punchclock {

PomodoroSettingsSection::PomodoroSettingsSection(const PomodoroSettings &settings, QWidget *parent)
    : QWidget(parent),
      m_work(minutesSpin(QStringLiteral("pomodoroWorkSpin"), tr("Work minutes"), settings.workMinutes, 240)),
      m_short(minutesSpin(QStringLiteral("pomodoroShortSpin"), tr("Short break minutes"),
                          settings.shortBreakMinutes, 120)),
      m_long(minutesSpin(QStringLiteral("pomodoroLongSpin"), tr("Long break minutes"),
                         settings.longBreakMinutes, 240)),
      m_every(new QSpinBox(this)),
      m_stopTimer(new QCheckBox(tr("&Stop the Toggl timer during breaks and continue it after"), this)),
      m_sound(new QCheckBox(tr("Play a so&und at each change"), this))
{
    m_every->setObjectName(QStringLiteral("pomodoroEverySpin"));
    m_every->setAccessibleName(tr("Work phases before a long break"));
    m_every->setRange(1, 20);
    m_every->setValue(settings.longBreakEvery);
    m_stopTimer->setObjectName(QStringLiteral("pomodoroStopTimerCheck"));
    m_stopTimer->setAccessibleName(tr("Stop the Toggl timer during breaks and continue it after"));
    m_stopTimer->setChecked(settings.stopTimerDuringBreaks);
    m_sound->setObjectName(QStringLiteral("pomodoroSoundCheck"));
    m_sound->setAccessibleName(tr("Play a sound at each change"));
    m_sound->setChecked(settings.sound);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(9, 9, 9, 9);
    const auto row = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Work:"), m_work);
    row(tr("S&hort break:"), m_short);
    row(tr("&Long break:"), m_long);
    row(tr("Long break &after:"), m_every);
    m_every->setSuffix(tr(" work phases"));
    form->addRow(m_stopTimer);
    form->addRow(m_sound);
    auto *note = new QLabel(tr("Start the Pomodoro from the Timer menu (Ctrl+Shift+P) or the tray."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    note->setAccessibleName(tr("How to start the Pomodoro"));
    form->addRow(note);
}

QSpinBox *PomodoroSettingsSection::minutesSpin(const QString &name, const QString &accessibleName, int value,
                                               int most)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setAccessibleName(accessibleName);
    spin->setRange(1, most);
    spin->setSuffix(tr(" min"));
    spin->setValue(value);
    return spin;
}

QWidget *PomodoroSettingsSection::firstField() const
{
    return m_work;
}

PomodoroSettings PomodoroSettingsSection::settings() const
{
    PomodoroSettings s;
    s.workMinutes = m_work->value();
    s.shortBreakMinutes = m_short->value();
    s.longBreakMinutes = m_long->value();
    s.longBreakEvery = m_every->value();
    s.stopTimerDuringBreaks = m_stopTimer->isChecked();
    s.sound = m_sound->isChecked();
    return s;
}

} // namespace punchclock
