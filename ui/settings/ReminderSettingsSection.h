// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reminders/ReminderSettings.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace punchclock {

// Settings → Reminders: remind to track during working hours (on/off, every N minutes, which
// days, which hours) and when a timer has run longer than H hours. Shows and returns
// ReminderSettings; the dialog saves them.
class ReminderSettingsSection : public QWidget
{
    Q_OBJECT
public:
    explicit ReminderSettingsSection(const ReminderSettings &settings, QWidget *parent = nullptr);

    // nullopt while the hours cannot be read (the section says why).
    std::optional<ReminderSettings> settings() const;
    QWidget *firstField() const;

private:
    void updateEnabled();
    void checkHours();

    ReminderSettings m_initial;
    QCheckBox *m_idle;
    QSpinBox *m_interval;
    QList<QCheckBox *> m_days; // Monday first
    QLineEdit *m_hours;
    QLabel *m_hoursError;
    QCheckBox *m_long;
    QSpinBox *m_longHours;
};

} // namespace punchclock
