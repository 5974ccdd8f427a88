// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/PresenceSettingsSection.h"

#include "app/presence/IdleMonitor.h"
#include "app/presence/PresenceController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace punchclock {

namespace {
QComboBox *actionCombo(PresenceSettings::Action current, const QString &name, const QString &accessible,
                       QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    combo->addItem(PresenceSettingsSection::tr("Stop the timer"), int(PresenceSettings::Action::Stop));
    combo->addItem(PresenceSettingsSection::tr("Ask when I am back"),
                   int(PresenceSettings::Action::AskOnReturn));
    combo->addItem(PresenceSettingsSection::tr("Do nothing"), int(PresenceSettings::Action::Ignore));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

PresenceSettings::Action actionOf(const QComboBox *combo)
{
    return PresenceSettings::Action(combo->currentData().toInt());
}
} // namespace

PresenceSettingsSection::PresenceSettingsSection(PresenceController *presence, QWidget *parent)
    : QWidget(parent), m_presence(presence), m_idleEnabled(new QCheckBox(tr("&Ask about idle time"), this)),
      m_idleMinutes(new QSpinBox(this)), m_source(new QLabel(this))
{
    const PresenceSettings now = presence->settings();
    m_idleEnabled->setObjectName(QStringLiteral("idleEnabledCheck"));
    m_idleEnabled->setChecked(now.idleEnabled);
    m_idleEnabled->setToolTip(
        tr("While a timer runs and there is no input, ask on return what to do with that time"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpin"));
    m_idleMinutes->setAccessibleName(tr("Idle after minutes"));
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setValue(now.idleMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setEnabled(now.idleEnabled);
    connect(m_idleEnabled, &QCheckBox::toggled, m_idleMinutes, &QWidget::setEnabled);
    m_source->setObjectName(QStringLiteral("idleSourceLabel"));
    m_source->setWordWrap(true);
    m_source->setAccessibleName(tr("Idle source"));
    m_onSleep =
        actionCombo(now.onSleep, QStringLiteral("onSleepCombo"), tr("When the computer sleeps"), this);
    m_onShutdown = actionCombo(now.onShutdown, QStringLiteral("onShutdownCombo"),
                               tr("When the computer shuts down"), this);
    m_onLock = actionCombo(now.onLock, QStringLiteral("onLockCombo"), tr("When the screen locks"), this);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(9, 9, 9, 9);
    form->addRow(QString(), m_idleEnabled);
    auto *minutesLabel = new QLabel(tr("Idle &after:"), this);
    minutesLabel->setBuddy(m_idleMinutes);
    form->addRow(minutesLabel, m_idleMinutes);
    form->addRow(QString(), m_source);
    const auto row = [&](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        form->addRow(label, combo);
    };
    row(tr("When the computer &sleeps:"), m_onSleep);
    row(tr("When it s&huts down:"), m_onShutdown);
    row(tr("When the screen &locks:"), m_onLock);

    updateSource();
    if (IdleMonitor *idle = presence->idleMonitor()) {
        connect(idle, &IdleMonitor::sourceChanged, this, &PresenceSettingsSection::updateSource);
        idle->probeOnce(); // no timer ran yet: look now, so the label can say
    }
}

void PresenceSettingsSection::updateSource()
{
    const IdleMonitor *idle = m_presence->idleMonitor();
    QString text;
    if (idle && idle->source())
        text = tr("Idle time comes from: %1").arg(idle->sourceName());
    else if (!idle || idle->hasNoSource())
        text = tr("No idle time source was found on this desktop: idle time cannot be detected.");
    else
        text = tr("Looking for an idle time source…");
    m_source->setText(text);
    m_source->setAccessibleDescription(text);
}

QWidget *PresenceSettingsSection::firstField() const
{
    return m_idleEnabled;
}

PresenceSettings PresenceSettingsSection::chosen() const
{
    PresenceSettings s = m_presence->settings();
    s.idleEnabled = m_idleEnabled->isChecked();
    s.idleMinutes = m_idleMinutes->value();
    s.onSleep = actionOf(m_onSleep);
    s.onShutdown = actionOf(m_onShutdown);
    s.onLock = actionOf(m_onLock);
    return s;
}

void PresenceSettingsSection::apply()
{
    const PresenceSettings s = chosen();
    m_presence->setSettings(s);
    QSettings settings;
    s.save(settings);
}

} // namespace punchclock
