// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/TimeFormat.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sandbox {

std::optional<QDateTime> TimeFormat::parseTimestamp(const QString &text)
{
    static const QRegularExpression re(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
        u"(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))?$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (!m.captured(9).isEmpty()) {
        offsetSeconds = m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60;
        if (m.captured(9) == u"-"_s)
            offsetSeconds = -offsetSeconds;
    }
    QDateTime result = TimeFormat::utc(date, time);
    return result.addSecs(-offsetSeconds);
}

std::optional<QDate> TimeFormat::parseDate(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> TimeFormat::parseDateOrTimestamp(const QString &text)
{
    if (const auto date = parseDate(text))
        return TimeFormat::utc(*date, QTime(0, 0));
    return parseTimestamp(text);
}

QString TimeFormat::zulu(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"Z"_s;
}

QString TimeFormat::offset(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
}

QString TimeFormat::microsZulu(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"."_s +
           QString::number(utc.time().msec() * 1000).rightJustified(6, u'0') + u"Z"_s;
}

QString TimeFormat::inZone(const QDateTime &time, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
           QString::number(minutes / 60).rightJustified(2, u'0') + u':' +
           QString::number(minutes % 60).rightJustified(2, u'0');
}

QDateTime TimeFormat::wholeSeconds(const QDateTime &time)
{
    return TimeFormat::utcFromSecs(time.toSecsSinceEpoch());
}

QDateTime TimeFormat::now()
{
    return wholeSeconds(QDateTime::currentDateTimeUtc());
}

QDateTime TimeFormat::utc(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC); // QTimeZone::utc() would be Qt::TimeZone on 6.4: "+00:00"
#endif
}

QDateTime TimeFormat::utcFromSecs(qint64 secsSinceEpoch)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC);
#endif
}

} // namespace sandbox
