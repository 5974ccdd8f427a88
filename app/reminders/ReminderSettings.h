// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reminders/WorkingHours.h"

class QSettings;

namespace punchclock {

// Settings → Reminders, kept in QSettings under "reminders/". On by default: a reminder only
// comes during working hours, when no timer runs, which is when one is wanted.
struct ReminderSettings
{
    bool idleEnabled = true;
    int intervalMinutes = 15; // between two reminders while nothing is tracked
    WorkingHours hours;
    bool longRunningEnabled = true;
    int longRunningHours = 8; // a timer running longer than this gets one reminder

    static ReminderSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const ReminderSettings &, const ReminderSettings &) = default;
};

} // namespace punchclock
