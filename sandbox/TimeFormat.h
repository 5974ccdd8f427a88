// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sandbox {

// The time formats of the Track v9 API (see README.md, "Times").
class TimeFormat
{
public:
    // RFC 3339 with any offset and any number of fraction digits; no offset means UTC.
    // The result is UTC, truncated to whole seconds.
    static std::optional<QDateTime> parseTimestamp(const QString &text);
    // YYYY-MM-DD (midnight UTC) or an RFC 3339 timestamp.
    static std::optional<QDateTime> parseDateOrTimestamp(const QString &text);
    static std::optional<QDate> parseDate(const QString &text);

    static QString zulu(const QDateTime &time);       // 2024-12-16T02:18:20Z (write answers)
    static QString offset(const QDateTime &time);     // 2024-12-16T02:18:20+00:00 (read answers)
    static QString microsZulu(const QDateTime &time); // 2024-12-16T02:18:20.123000Z (`at` on writes)
    // 2024-12-16T03:18:20+01:00: the time as seen in `zone` (Reports API answers).
    static QString inZone(const QDateTime &time, const QTimeZone &zone);
    static QDateTime wholeSeconds(const QDateTime &time);
    static QDateTime now(); // UTC, whole seconds
    // UTC times (Qt::UTC) the same way on Qt 6.4 and 6.5+, where the Qt::TimeSpec overloads are deprecated.
    static QDateTime utc(QDate date, QTime time);
    static QDateTime utcFromSecs(qint64 secsSinceEpoch);
};

} // namespace sandbox
