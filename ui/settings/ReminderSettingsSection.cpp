// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/ReminderSettingsSection.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace punchclock {

ReminderSettingsSection::ReminderSettingsSection(const ReminderSettings &settings, QWidget *parent)
    : QWidget(parent), m_initial(settings),
      m_idle(new QCheckBox(tr("Remind me to &track when no timer runs during working hours"), this)),
      m_interval(new QSpinBox(this)), m_hours(new QLineEdit(this)), m_hoursError(new QLabel(this)),
      m_long(new QCheckBox(tr("Remind me when a timer has run &longer than"), this)),
      m_longHours(new QSpinBox(this))
{
    m_idle->setObjectName(QStringLiteral("remindIdleCheck"));
    m_idle->setAccessibleName(tr("Remind me to track when no timer runs during working hours"));
    m_idle->setChecked(settings.idleEnabled);
    m_interval->setObjectName(QStringLiteral("remindIntervalSpin"));
    m_interval->setRange(1, 240);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(settings.intervalMinutes);
    m_interval->setAccessibleName(tr("Minutes between reminders"));

    auto *days = new QWidget(this);
    auto *daysRow = new QHBoxLayout(days);
    daysRow->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), days);
        box->setObjectName(QStringLiteral("remindDay%1").arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        box->setChecked(settings.hours.hasDay(day));
        daysRow->addWidget(box);
        m_days.append(box);
    }
    daysRow->addStretch(1);

    m_hours->setObjectName(QStringLiteral("remindHoursEdit"));
    m_hours->setText(settings.hours.rangesText());
    m_hours->setPlaceholderText(QStringLiteral("9:00–12:00, 13:00–17:00"));
    m_hours->setAccessibleName(tr("Working hours"));
    m_hours->setToolTip(tr("One or more time ranges, separated by commas, e.g. 9:00–12:00, 13:00–17:00"));
    m_hoursError->setObjectName(QStringLiteral("remindHoursError"));
    m_hoursError->setAccessibleName(tr("Working hours error"));
    m_hoursError->setText(tr("Type the hours as ranges, e.g. 9:00–12:00, 13:00–17:00."));
    m_hoursError->setWordWrap(true);
    m_hoursError->hide();

    m_long->setObjectName(QStringLiteral("remindLongCheck"));
    m_long->setAccessibleName(tr("Remind me when a timer has run longer than"));
    m_long->setChecked(settings.longRunningEnabled);
    m_longHours->setObjectName(QStringLiteral("remindLongHoursSpin"));
    m_longHours->setRange(1, 24);
    m_longHours->setSuffix(tr(" h"));
    m_longHours->setValue(settings.longRunningHours);
    m_longHours->setAccessibleName(tr("Hours before the long-running reminder"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(9, 9, 9, 9);
    form->addRow(m_idle);
    auto *intervalLabel = new QLabel(tr("&Every:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, m_interval);
    auto *daysLabel = new QLabel(tr("Days:"), this);
    daysLabel->setAccessibleName(tr("Working days"));
    form->addRow(daysLabel, days);
    auto *hoursLabel = new QLabel(tr("&Hours:"), this);
    hoursLabel->setBuddy(m_hours);
    form->addRow(hoursLabel, m_hours);
    form->addRow(QString(), m_hoursError);
    auto *longRow = new QHBoxLayout;
    longRow->addWidget(m_long);
    longRow->addWidget(m_longHours);
    longRow->addStretch(1);
    form->addRow(longRow);

    connect(m_idle, &QCheckBox::toggled, this, &ReminderSettingsSection::updateEnabled);
    connect(m_long, &QCheckBox::toggled, this, &ReminderSettingsSection::updateEnabled);
    connect(m_hours, &QLineEdit::textChanged, this, &ReminderSettingsSection::checkHours);
    updateEnabled();
}

QWidget *ReminderSettingsSection::firstField() const
{
    return m_idle;
}

void ReminderSettingsSection::updateEnabled()
{
    const bool idle = m_idle->isChecked();
    m_interval->setEnabled(idle);
    m_hours->setEnabled(idle);
    for (QCheckBox *day : m_days)
        day->setEnabled(idle);
    m_longHours->setEnabled(m_long->isChecked());
}

void ReminderSettingsSection::checkHours()
{
    m_hoursError->setVisible(!WorkingHours::parseRanges(m_hours->text()).has_value());
}

std::optional<ReminderSettings> ReminderSettingsSection::settings() const
{
    const auto ranges = WorkingHours::parseRanges(m_hours->text());
    if (!ranges)
        return std::nullopt;
    ReminderSettings s = m_initial;
    s.idleEnabled = m_idle->isChecked();
    s.intervalMinutes = m_interval->value();
    QList<int> days;
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i)->isChecked())
            days.append(i + 1);
    }
    s.hours.setDays(days);
    s.hours.setRanges(*ranges);
    s.longRunningEnabled = m_long->isChecked();
    s.longRunningHours = m_longHours->value();
    return s;
}

} // namespace punchclock
