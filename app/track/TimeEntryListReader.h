// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace punchclock {

// The fast path for a /me/time_entries answer: reads the UTF-8 bytes straight into TimeEntry
// values, without building a QJsonDocument tree first (half the time, a fraction of the memory).
// It reads exactly what TimeEntryJson::fromJson reads; equal strings (descriptions, project
// names, tags...) are decoded once and shared. Anything it is not sure about (invalid JSON, a
// duplicate key, an escaped key, an element that is not an object) gives nullopt, and the caller
// takes the QJsonDocument path, which also reports the error.
class TimeEntryListReader
{
public:
    static std::optional<QList<TimeEntry>> read(QByteArrayView body);
};

} // namespace punchclock
