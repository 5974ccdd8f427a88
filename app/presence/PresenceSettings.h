// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

namespace punchclock {

// Settings → Idle & Sleep, under presence/ in QSettings.
struct PresenceSettings
{
    // What sleep, shutdown or the screen lock does to a running timer.
    enum class Action
    {
        Stop,        // stop it at that moment
        AskOnReturn, // ask on return, like idle time
        Ignore,
    };

    bool idleEnabled = true;
    int idleMinutes = 5;
    Action onSleep = Action::AskOnReturn;
    Action onShutdown = Action::Stop; // asking would have to wait for the next start
    Action onLock = Action::Ignore;   // many lock the screen for a short break

    static PresenceSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const PresenceSettings &) const = default;
};

} // namespace punchclock
