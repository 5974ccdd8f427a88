// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reminders/ReminderSettings.h"

#include <QSettings>

#include <algorithm>

namespace punchclock {

namespace {
const QString kIdleEnabled = QStringLiteral("reminders/enabled");
const QString kInterval = QStringLiteral("reminders/intervalMinutes");
const QString kDays = QStringLiteral("reminders/days");
const QString kRanges = QStringLiteral("reminders/hours");
const QString kLongEnabled = QStringLiteral("reminders/longRunning");
const QString kLongHours = QStringLiteral("reminders/longRunningHours");
} // namespace

ReminderSettings ReminderSettings::load(const QSettings &settings)
{
    ReminderSettings s;
    s.idleEnabled = settings.value(kIdleEnabled, s.idleEnabled).toBool();
    s.intervalMinutes = std::clamp(settings.value(kInterval, s.intervalMinutes).toInt(), 1, 24 * 60);
    if (settings.contains(kDays)) {
        QList<int> days;
        const QStringList saved =
            settings.value(kDays).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &day : saved)
            days.append(day.toInt());
        s.hours.setDays(days);
    }
    if (const auto ranges = WorkingHours::parseRanges(settings.value(kRanges).toString()))
        s.hours.setRanges(*ranges); // unreadable or absent: the default
    s.longRunningEnabled = settings.value(kLongEnabled, s.longRunningEnabled).toBool();
    s.longRunningHours = std::clamp(settings.value(kLongHours, s.longRunningHours).toInt(), 1, 24 * 7);
    return s;
}

void ReminderSettings::save(QSettings &settings) const
{
    settings.setValue(kIdleEnabled, idleEnabled);
    settings.setValue(kInterval, intervalMinutes);
    QStringList days;
    for (int day : hours.days())
        days << QString::number(day);
    settings.setValue(kDays, days.join(QLatin1Char(',')));
    // A hyphen, so the file reads the same in any editor.
    QString ranges = hours.rangesText();
    ranges.replace(QChar(0x2013), QLatin1Char('-'));
    settings.setValue(kRanges, ranges);
    settings.setValue(kLongEnabled, longRunningEnabled);
    settings.setValue(kLongHours, longRunningHours);
}

} // namespace punchclock
