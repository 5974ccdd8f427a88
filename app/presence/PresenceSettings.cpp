// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presence/PresenceSettings.h"

#include <QSettings>

#include <algorithm>

namespace punchclock {

namespace {
const char *actionName(PresenceSettings::Action action)
{
    switch (action) {
    case PresenceSettings::Action::Stop:
        return "stop";
    case PresenceSettings::Action::AskOnReturn:
        return "ask";
    case PresenceSettings::Action::Ignore:
        break;
    }
    return "ignore";
}

PresenceSettings::Action readAction(const QSettings &settings, const QString &key,
                                    PresenceSettings::Action fallback)
{
    const QString value = settings.value(key).toString();
    for (auto action : {PresenceSettings::Action::Stop, PresenceSettings::Action::AskOnReturn,
                        PresenceSettings::Action::Ignore}) {
        if (value == QLatin1String(actionName(action)))
            return action;
    }
    return fallback;
}
} // namespace

PresenceSettings PresenceSettings::load(const QSettings &settings)
{
    PresenceSettings s;
    s.idleEnabled = settings.value(QStringLiteral("presence/idleEnabled"), s.idleEnabled).toBool();
    s.idleMinutes =
        std::clamp(settings.value(QStringLiteral("presence/idleMinutes"), s.idleMinutes).toInt(), 1, 240);
    s.onSleep = readAction(settings, QStringLiteral("presence/onSleep"), s.onSleep);
    s.onShutdown = readAction(settings, QStringLiteral("presence/onShutdown"), s.onShutdown);
    s.onLock = readAction(settings, QStringLiteral("presence/onLock"), s.onLock);
    return s;
}

void PresenceSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("presence/idleEnabled"), idleEnabled);
    settings.setValue(QStringLiteral("presence/idleMinutes"), idleMinutes);
    settings.setValue(QStringLiteral("presence/onSleep"), QLatin1String(actionName(onSleep)));
    settings.setValue(QStringLiteral("presence/onShutdown"), QLatin1String(actionName(onShutdown)));
    settings.setValue(QStringLiteral("presence/onLock"), QLatin1String(actionName(onLock)));
}

} // namespace punchclock
