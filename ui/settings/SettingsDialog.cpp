// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsDialog.h"

#include "app/i18n/LanguageLoader.h"
#include "app/pomodoro/PomodoroTimer.h"
#include "app/reminders/TrackingReminder.h"
#include "ui/common/SettingsKeys.h"
#include "ui/settings/FocusSettingsSection.h"
#include "ui/settings/PomodoroSettingsSection.h"
#include "ui/settings/PresenceSettingsSection.h"
#include "ui/settings/ReminderSettingsSection.h"
#include "ui/settings/ShortcutsNote.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace punchclock {

SettingsDialog::SettingsDialog(QWidget *parent, FocusSetup *focus, PresenceController *presence,
                               TrackingReminder *reminder, PomodoroTimer *pomodoro)
    : QDialog(parent), m_language(new QComboBox(this)),
      m_closeToTray(new QCheckBox(tr("&Close to tray"), this)), m_reminder(reminder), m_pomodoro(pomodoro)
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(440);

    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageLoader::configuredLanguage())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setObjectName(QStringLiteral("languageCombo"));

    auto *languageNote = new QLabel(tr("The language changes the next time Punchclock starts."), this);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);

    m_closeToTray->setChecked(QSettings().value(SettingsKeys::closeToTray, true).toBool());
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_closeToTray->setToolTip(tr("Closing the window keeps Punchclock running in the tray"));

    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    m_form = form;
    auto *languageLabel = new QLabel(tr("&Language:"), general);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), languageNote);
    form->addRow(QString(), m_closeToTray);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::onOk);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (focus || presence || reminder || pomodoro) {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("settingsTabs"));
        m_tabs->setAccessibleName(tr("Settings sections"));
        form->setContentsMargins(9, 9, 9, 9);
        m_tabs->addTab(general, tr("&General"));
        if (focus) {
            m_focus = new FocusSettingsSection(focus, this);
            m_focus->setObjectName(QStringLiteral("focusSettings"));
            m_tabs->addTab(m_focus, tr("Toggl &Focus"));
        }
        if (presence) {
            m_presence = new PresenceSettingsSection(presence, this);
            m_presence->setObjectName(QStringLiteral("presenceSettings"));
            m_tabs->addTab(m_presence, tr("&Idle && Sleep"));
        }
        if (reminder) {
            m_reminderSection = new ReminderSettingsSection(reminder->settings(), this);
            m_reminderSection->setObjectName(QStringLiteral("reminderSettings"));
            m_tabs->addTab(m_reminderSection, tr("&Reminders"));
        }
        if (pomodoro) {
            m_pomodoroSection = new PomodoroSettingsSection(pomodoro->settings(), this);
            m_pomodoroSection->setObjectName(QStringLiteral("pomodoroSettings"));
            m_tabs->addTab(m_pomodoroSection, tr("&Pomodoro"));
        }
        layout->addWidget(m_tabs, 1);
    } else {
        form->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(general);
        layout->addStretch(1);
    }
    layout->addWidget(m_buttons);
}

void SettingsDialog::setShortcuts(GlobalShortcuts *shortcuts)
{
    if (findChild<ShortcutsNote *>())
        return;
    auto *note = new ShortcutsNote(shortcuts, m_form->parentWidget());
    auto *label = new QLabel(tr("Global shortcuts:"), m_form->parentWidget());
    label->setBuddy(note);
    m_form->addRow(label, note);
}

void SettingsDialog::showSection(Section section)
{
    if (section == Section::Focus && m_focus) {
        m_tabs->setCurrentWidget(m_focus);
        m_focus->keyEdit()->setFocus();
    } else if (section == Section::Presence && m_presence) {
        m_tabs->setCurrentWidget(m_presence);
        m_presence->firstField()->setFocus();
    } else if (section == Section::Reminders && m_reminderSection) {
        m_tabs->setCurrentWidget(m_reminderSection);
        m_reminderSection->firstField()->setFocus();
    } else if (section == Section::Pomodoro && m_pomodoroSection) {
        m_tabs->setCurrentWidget(m_pomodoroSection);
        m_pomodoroSection->firstField()->setFocus();
    } else {
        if (m_tabs)
            m_tabs->setCurrentIndex(0);
        m_language->setFocus();
    }
}

bool SettingsDialog::save()
{
    std::optional<ReminderSettings> reminders;
    if (m_reminderSection) {
        reminders = m_reminderSection->settings();
        if (!reminders)
            return false;
    }
    LanguageLoader::setConfiguredLanguage(m_language->currentData().toString());
    QSettings settings;
    settings.setValue(SettingsKeys::closeToTray, m_closeToTray->isChecked());
    if (reminders) {
        reminders->save(settings);
        m_reminder->setSettings(*reminders);
    }
    if (m_pomodoroSection) {
        const PomodoroSettings pomodoro = m_pomodoroSection->settings();
        pomodoro.save(settings);
        m_pomodoro->setSettings(pomodoro);
    }
    if (m_presence)
        m_presence->apply();
    return true;
}

void SettingsDialog::onOk()
{
    if (!save()) {
        showSection(Section::Reminders); // the hours it cannot read, with the reason shown
        return;
    }
    if (!m_focus || !m_focus->isChanged()) {
        accept();
        return;
    }
    // Focus takes the new key at once; the dialog waits for the keychain, and stays open to say
    // so when the key could only be kept for this session (OK again then closes).
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const QString okText = ok->text();
    ok->setEnabled(false);
    ok->setText(tr("Saving…"));
    QPointer<QPushButton> okGuard(ok);
    m_focus->apply([this, okGuard, okText](bool stored) {
        if (okGuard) {
            okGuard->setText(okText);
            okGuard->setEnabled(true);
        }
        if (stored)
            accept();
        else
            showSection(Section::Focus);
    });
}

} // namespace punchclock
