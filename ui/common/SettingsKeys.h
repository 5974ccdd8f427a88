// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

namespace punchclock::SettingsKeys {

// QSettings keys that more than one widget reads or writes, named once.
// "Close to tray" (on by default): Settings → General and the tray menu show and set it.
inline constexpr QLatin1String closeToTray("tray/closeToTray");

} // namespace punchclock::SettingsKeys
