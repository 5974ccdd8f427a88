// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/time/TimeOfDayParser.h"

#include "app/time/DurationParser.h"

#include <QRegularExpression>
#include <QTime>

namespace punchclock::TimeOfDayParser {

namespace {
// `13:20`, `13:20:05`, `1320`, `9`, each with an optional am/pm.
std::optional<QTime> parseClock(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d{1,2})(?:[:.](\\d{2})(?::(\\d{2}))?)?|(\\d{1,2})(\\d{2}))\\s*(am|pm|a|p)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const bool compact = m.captured(1).isEmpty(); // `1320`, `930`
    int hour = (compact ? m.captured(4) : m.captured(1)).toInt();
    const int minute = (compact ? m.captured(5) : m.captured(2)).toInt();
    const int second = m.captured(3).toInt();
    const QString half = m.captured(6);
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt; // "0pm", "13pm"
        hour = hour % 12 + (half.startsWith(QLatin1Char('p')) ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return QTime(hour, minute, second);
}
} // namespace

std::optional<QDateTime> parse(const QString &input, const QDate &day, const QDateTime &now,
                               const QDateTime &notBefore)
{
    QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;
    if (text.startsWith(QLatin1Char('-'))) {
        const std::optional<qint64> seconds = DurationParser::parse(text.mid(1));
        if (!seconds || !now.isValid())
            return std::nullopt;
        return now.toLocalTime().addSecs(-*seconds);
    }
    QDate date = day;
    static const QRegularExpression dated(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[\\sT]+(.+)$"));
    const auto m = dated.match(text);
    if (m.hasMatch()) {
        date = QDate::fromString(m.captured(1), Qt::ISODate);
        text = m.captured(2);
    }
    const std::optional<QTime> time = parseClock(text);
    if (!time || !date.isValid())
        return std::nullopt;
    QDateTime result(date, *time);
    if (!m.hasMatch() && notBefore.isValid() && result < notBefore.toLocalTime())
        result = QDateTime(date.addDays(1), *time);
    // Qt moves a time in a daylight-saving gap; a time the day does not have is not what was typed.
    if (!result.isValid() || result.time() != *time)
        return std::nullopt;
    return result;
}

QString format(const QDateTime &value, const QDate &day, bool withDate)
{
    if (!value.isValid())
        return {};
    const QDateTime local = value.toLocalTime();
    QString out =
        local.time().toString(local.time().second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    if (withDate || local.date() != day)
        out.prepend(local.date().toString(Qt::ISODate) + QLatin1Char(' '));
    return out;
}

} // namespace punchclock::TimeOfDayParser
