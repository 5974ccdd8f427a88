// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QTabWidget;

namespace punchclock {

class FocusSettingsSection;
class FocusSetup;
class GlobalShortcuts;
class PresenceController;
class PresenceSettingsSection;

class PomodoroSettingsSection;
class PomodoroTimer;
class ReminderSettingsSection;
class TrackingReminder;

// File → Settings…: the interface language (QSettings "ui/language", applied at the next start),
// "Close to tray" (QSettings "tray/closeToTray", the same setting as the tray menu's) and, on
// further tabs, Toggl Focus (FocusSettingsSection), Idle & Sleep (PresenceSettingsSection),
// Reminders and Pomodoro (issue #20: QSettings "reminders/" and "pomodoro/", applied at once to the
// core's reminder and Pomodoro).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Section
    {
        General,
        Focus,
        Presence, // Idle & Sleep
        Reminders,
        Pomodoro
    };

    // `focus`, `presence`, `reminder`, `pomodoro` null: no such tab. Children by object name:
    // languageCombo, closeToTrayCheck, settingsButtons and, with any other tab, settingsTabs,
    // focusSettings, presenceSettings, reminderSettings, pomodoroSettings.
    explicit SettingsDialog(QWidget *parent = nullptr, FocusSetup *focus = nullptr,
                            PresenceController *presence = nullptr, TrackingReminder *reminder = nullptr,
                            PomodoroTimer *pomodoro = nullptr);

    void showSection(Section section); // and puts the keyboard focus in its first field
    // Adds "Global shortcuts:" to General: whether the desktop registered them, or the command to
    // bind (ShortcutsNote, object name shortcutsNote). Once.
    void setShortcuts(GlobalShortcuts *shortcuts);

    // Writes the language, tray, reminder and Pomodoro choices to QSettings and gives the last two
    // to the core (the OK button does this too). False, and nothing written, while the reminder
    // hours cannot be read.
    bool save();

private:
    void onOk();

    QComboBox *m_language;
    QCheckBox *m_closeToTray;
    QFormLayout *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    FocusSettingsSection *m_focus = nullptr;
    PresenceSettingsSection *m_presence = nullptr;
    TrackingReminder *m_reminder = nullptr;
    ReminderSettingsSection *m_reminderSection = nullptr;
    PomodoroTimer *m_pomodoro = nullptr;
    PomodoroSettingsSection *m_pomodoroSection = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace punchclock
