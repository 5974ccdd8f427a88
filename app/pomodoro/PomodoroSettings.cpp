// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pomodoro/PomodoroSettings.h"

#include <QSettings>

#include <algorithm>

namespace punchclock {

namespace {
const QString kWork = QStringLiteral("pomodoro/workMinutes");
const QString kShort = QStringLiteral("pomodoro/shortBreakMinutes");
const QString kLong = QStringLiteral("pomodoro/longBreakMinutes");
const QString kEvery = QStringLiteral("pomodoro/longBreakEvery");
const QString kStop = QStringLiteral("pomodoro/stopTimerDuringBreaks");
const QString kSound = QStringLiteral("pomodoro/sound");

int minutes(const QSettings &settings, const QString &key, int fallback, int most)
{
    return std::clamp(settings.value(key, fallback).toInt(), 1, most);
}
} // namespace

PomodoroSettings PomodoroSettings::load(const QSettings &settings)
{
    PomodoroSettings s;
    s.workMinutes = minutes(settings, kWork, s.workMinutes, 240);
    s.shortBreakMinutes = minutes(settings, kShort, s.shortBreakMinutes, 120);
    s.longBreakMinutes = minutes(settings, kLong, s.longBreakMinutes, 240);
    s.longBreakEvery = minutes(settings, kEvery, s.longBreakEvery, 20);
    s.stopTimerDuringBreaks = settings.value(kStop, s.stopTimerDuringBreaks).toBool();
    s.sound = settings.value(kSound, s.sound).toBool();
    return s;
}

void PomodoroSettings::save(QSettings &settings) const
{
    settings.setValue(kWork, workMinutes);
    settings.setValue(kShort, shortBreakMinutes);
    settings.setValue(kLong, longBreakMinutes);
    settings.setValue(kEvery, longBreakEvery);
    settings.setValue(kStop, stopTimerDuringBreaks);
    settings.setValue(kSound, sound);
}

} // namespace punchclock
