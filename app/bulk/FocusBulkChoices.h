// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace punchclock {

// What a Focus bulk edit changes (the fields Focus's bulk PATCH takes); unset fields stay.
struct FocusBulkChoices
{
    std::optional<QString> type;  // "activity" or "break"
    std::optional<qint64> taskId; // move the entries to this task
    qint64 shiftSeconds = 0;      // start moves by this much; the duration stays

    bool isEmpty() const { return !type && !taskId && shiftSeconds == 0; }
};

} // namespace punchclock
