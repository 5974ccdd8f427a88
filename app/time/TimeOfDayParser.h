// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace punchclock {

// Reads a start or stop time people type, in local time, on the entry's own day (`day`):
//   `13:20`, `13:20:05`, `1320`, `930`  the 24-hour clock
//   `9`, `17`                           a whole hour: 9:00, 17:00
//   `1:20pm`, `1pm`, `9 am`, `12am`     the 12-hour clock (`a`/`p` also do)
//   `-10m`, `-1h 30m`, `-1:30`          that long before now: any DurationParser form after a minus.
//                                       "I started (or stopped) ten minutes ago" is what people mean,
//                                       so it counts back from now, for start and stop alike
//   `2024-05-01 13:20`                  another day, given in full (ISO date, then a time as above)
// A time of day earlier than `notBefore` (when given) is taken on the next day: a stop typed as
// `1:00` for an entry that started at 23:00 is the 1:00 after midnight. nullopt for anything else
// ("abc", "25:99", "13:60", "0pm"), and for a time the day does not have (a daylight-saving gap).
namespace TimeOfDayParser {

std::optional<QDateTime> parse(const QString &text, const QDate &day, const QDateTime &now,
                               const QDateTime &notBefore = {});
// `13:20` (`13:20:05` when it has seconds), the form parse() reads back; dated (`2024-05-01 13:20`)
// when `value` is not on `day` or `withDate` is set.
QString format(const QDateTime &value, const QDate &day, bool withDate = false);

} // namespace TimeOfDayParser
} // namespace punchclock
