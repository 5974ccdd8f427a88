// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/time/DurationParser.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace punchclock::DurationParser {

namespace {
constexpr qint64 kMaxSeconds = 999LL * 3600;

std::optional<qint64> checked(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0 || seconds > kMaxSeconds)
        return std::nullopt;
    return static_cast<qint64>(std::llround(seconds));
}

// h:mm or h:mm:ss; minutes and seconds must stay below 60 so typos are caught.
std::optional<qint64> parseClock(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 h = m.captured(1).toLongLong();
    const qint64 min = m.captured(2).toLongLong();
    const qint64 s = m.captured(3).isEmpty() ? 0 : m.captured(3).toLongLong();
    if (min >= 60 || s >= 60)
        return std::nullopt;
    return checked(static_cast<double>(h * 3600 + min * 60 + s));
}

// One or more "<number><unit>" parts: 1h 30m, 1.5h, 90m, 45s.
std::optional<qint64> parseUnits(QString text)
{
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    text.remove(QLatin1Char(' '));
    static const QRegularExpression part(
        QStringLiteral("(\\d+(?:\\.\\d+)?|\\.\\d+)(hrs|hr|h|mins|min|m|secs|sec|s)"));
    double total = 0;
    qsizetype pos = 0;
    QString seenUnits;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != pos)
            return std::nullopt;
        pos = m.capturedEnd();
        const QChar unit = m.captured(2).at(0);
        if (seenUnits.contains(unit))
            return std::nullopt; // "1h 2h" is a typo, not three hours
        seenUnits.append(unit);
        const double value = m.captured(1).toDouble();
        total += unit == QLatin1Char('h') ? value * 3600 : unit == QLatin1Char('m') ? value * 60 : value;
    }
    if (pos == 0 || pos != text.size())
        return std::nullopt;
    return checked(total);
}
} // namespace

std::optional<qint64> parse(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;
    if (text.contains(QLatin1Char(':')))
        return parseClock(text);
    bool isNumber = false;
    const double minutes = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&isNumber);
    if (isNumber)
        return checked(minutes * 60);
    return parseUnits(text);
}

QString format(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace punchclock::DurationParser
