// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace punchclock {

// Times on the Track wire. Reads accept RFC 3339 / ISO 8601 with `Z`, `+00:00` or any other offset,
// and fractions of any length (microseconds are truncated to milliseconds). Writes are always UTC,
// whole seconds: `yyyy-MM-ddTHH:mm:ssZ`.
namespace TrackTime {

std::optional<QDateTime> parse(const QString &text); // nullopt when not a time
QString format(const QDateTime &time);               // empty for an invalid time
// UTC times (Qt::UTC) the same way on Qt 6.4 and 6.5+, where the Qt::TimeSpec overloads are deprecated.
QDateTime utc(QDate date, QTime time);
QDateTime utcFromSecs(qint64 secsSinceEpoch);
QDateTime utcFromMSecs(qint64 msecsSinceEpoch);

} // namespace TrackTime
} // namespace punchclock
