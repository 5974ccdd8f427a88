#include "track/TrackTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace punchclock::TrackTime {

std::optional<QDateTime> parse(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
                       "\\s*(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (const QString fraction = m.captured(7); !fraction.isEmpty())
        msec = fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0; // no designator: the API means UTC
    if (!m.captured(9).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    const QDateTime local(date, time, QTimeZone(offsetSeconds));
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    QDateTime utc = time.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate); // UTC without milliseconds: 2024-12-16T02:18:20Z
}

} // namespace punchclock::TrackTime
