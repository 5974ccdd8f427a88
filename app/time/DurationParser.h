// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace punchclock {

// Reads what people type into a duration cell: `1:30` (h:mm), `1:30:15` (h:mm:ss), `90m`, `45s`,
// `1h 30m`, `1h30m15s`, `1.5h` (or `1,5h`), and a bare number as minutes. nullopt when it is not a
// duration, is negative, or exceeds the API's limit (under 1000 hours).
namespace DurationParser {

std::optional<qint64> parse(const QString &text); // seconds
QString format(qint64 seconds);                   // h:mm:ss, the form parse() reads back

} // namespace DurationParser
} // namespace punchclock
