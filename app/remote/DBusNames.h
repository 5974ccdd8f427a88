// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace punchclock {

// Where the running app answers on the session bus. The default instance owns the application ID
// (the .desktop file's name, as D-Bus activation requires); a PUNCHCLOCK_INSTANCE gets a name of
// its own below it, so scripts and tests running side by side on one bus never meet.
namespace DBusNames {

inline constexpr char kApplicationId[] = "io.github.punchclock.Punchclock";
inline constexpr char kTimerPath[] = "/Timer";
inline constexpr char kTimerInterface[] = "io.github.punchclock.Timer";
// org.freedesktop.Application lives at the application ID as a path (DBusActivatable=true).
inline constexpr char kApplicationPath[] = "/io/github/punchclock/Punchclock";

// "io.github.punchclock.Punchclock", or "io.github.punchclock.Punchclock.instance_<name>" with
// every character D-Bus does not allow in a name element turned into '_'.
QString serviceName(const QString &instance);

// D-Bus error names the Timer interface answers with (io.github.punchclock.Error.*).
inline constexpr char kErrorNotSignedIn[] = "io.github.punchclock.Error.NotSignedIn";
inline constexpr char kErrorUnknownProject[] = "io.github.punchclock.Error.UnknownProject";
inline constexpr char kErrorAmbiguousProject[] = "io.github.punchclock.Error.AmbiguousProject";
inline constexpr char kErrorNotRunning[] = "io.github.punchclock.Error.NotRunning";
inline constexpr char kErrorNothingToContinue[] = "io.github.punchclock.Error.NothingToContinue";
inline constexpr char kErrorFailed[] = "io.github.punchclock.Error.Failed";
inline constexpr char kErrorInvalidArgs[] = "org.freedesktop.DBus.Error.InvalidArgs";

} // namespace DBusNames
} // namespace punchclock
