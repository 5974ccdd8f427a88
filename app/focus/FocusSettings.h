// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace punchclock {

// GET /users/me/settings (models.UserSettings), the fields Punchclock uses.
struct FocusSettings
{
    qint64 currentWorkspaceId = 0; // 0 when the server sent none
    QString timezone;
    QString timeFormat;     // "12h" or "24h"
    QString durationFormat; // "classic", "improved" or "decimal"
    int startWeekOn = 1;    // 0 Sunday, 1 Monday
};

} // namespace punchclock
