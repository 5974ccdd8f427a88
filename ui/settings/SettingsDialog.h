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

// File → Settings…: the interface language (QSettings "ui/language", applied at the next start),
// "Close to tray" (QSettings "tray/closeToTray", the same setting as the tray menu's) and, on
// further tabs, Toggl Focus (FocusSettingsSection) and Idle & Sleep (PresenceSettingsSection).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Section
    {
        General,
        Focus,
        Presence, // Idle & Sleep
    };

    // `focus` null: no Focus tab; `presence` null: no Idle & Sleep tab. Children by object name:
    // languageCombo, closeToTrayCheck, settingsButtons and, with either tab, settingsTabs,
    // focusSettings and presenceSettings.
    explicit SettingsDialog(QWidget *parent = nullptr, FocusSetup *focus = nullptr,
                            PresenceController *presence = nullptr);

    void showSection(Section section); // and puts the keyboard focus in its first field
    // Adds "Global shortcuts:" to General: whether the desktop registered them, or the command to
    // bind (ShortcutsNote, object name shortcutsNote). Once.
    void setShortcuts(GlobalShortcuts *shortcuts);

    // Writes the language and tray choices to QSettings (the OK button does this too).
    void save();

private:
    void onOk();

    QComboBox *m_language;
    QCheckBox *m_closeToTray;
    QFormLayout *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    FocusSettingsSection *m_focus = nullptr;
    PresenceSettingsSection *m_presence = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace punchclock
