// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/presence/PresenceSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace punchclock {

class PresenceController;

// Settings → Idle & Sleep: idle detection on or off and after how many minutes, what sleep,
// shutdown and the screen lock do to a running timer, and which idle source is in use (or that
// none is). Widgets only: PresenceController applies, QSettings keeps.
class PresenceSettingsSection : public QWidget
{
    Q_OBJECT
public:
    // Children by object name: idleEnabledCheck, idleMinutesSpin, onSleepCombo, onShutdownCombo,
    // onLockCombo, idleSourceLabel.
    explicit PresenceSettingsSection(PresenceController *presence, QWidget *parent = nullptr);

    QWidget *firstField() const;
    PresenceSettings chosen() const;
    // Hands the choices to the controller (used at once) and writes them to QSettings.
    void apply();

private:
    void updateSource();

    PresenceController *m_presence;
    QCheckBox *m_idleEnabled;
    QSpinBox *m_idleMinutes;
    QComboBox *m_onSleep;
    QComboBox *m_onShutdown;
    QComboBox *m_onLock;
    QLabel *m_source;
};

} // namespace punchclock
