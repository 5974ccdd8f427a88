// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/TrackTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace punchclock::TrackTime {

namespace {
// digits [pos, pos + n) as a number, or -1
int number(const QString &text, qsizetype pos, int n)
{
    int value = 0;
    for (qsizetype i = pos; i < pos + n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The shape every Track answer uses, without the regular expression (a 10,000-entry answer has
// 30,000 times): YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM). Anything else: nullopt, and
// parse() falls back to the general grammar.
std::optional<QDateTime> parseCommon(const QString &text)
{
    const qsizetype n = text.size();
    if (n < 20 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':' ||
        text.at(16) != u':')
        return std::nullopt;
    const int year = number(text, 0, 4), month = number(text, 5, 2), day = number(text, 8, 2);
    const int hour = number(text, 11, 2), minute = number(text, 14, 2), second = number(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    qsizetype pos = 19;
    int msec = 0;
    if (text.at(pos) == u'.') {
        const qsizetype digits = ++pos;
        while (pos < n && text.at(pos) >= u'0' && text.at(pos) <= u'9')
            ++pos;
        if (pos == digits)
            return std::nullopt;
        for (qsizetype i = digits; i < digits + 3; ++i)
            msec = msec * 10 + (i < pos ? text.at(i).unicode() - u'0' : 0);
    }
    int offsetSeconds = 0;
    if (pos == n - 1 && text.at(pos) == u'Z') {
        // UTC
    } else if (pos == n - 6 && (text.at(pos) == u'+' || text.at(pos) == u'-') && text.at(pos + 3) == u':') {
        const int hours = number(text, pos + 1, 2), minutes = number(text, pos + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (text.at(pos) == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return utc(date, time).addSecs(-offsetSeconds);
}
} // namespace

std::optional<QDateTime> parse(const QString &text)
{
    if (auto common = parseCommon(text))
        return common;
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
    // UTC without milliseconds: 2024-12-16T02:18:20Z. Written by hand: QDateTime::toString goes
    // through the locale-aware formatter, and the entry cache formats 20,000 times per sync.
    const qint64 msecs = time.toMSecsSinceEpoch();
    const qint64 secs = msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
    const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const int daySecs = int(secs - days * 86400);
    if (date.year() < 0 || date.year() > 9999) {
        QDateTime utc = time.toUTC();
        utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
        return utc.toString(Qt::ISODate);
    }
    char16_t out[20];
    const auto put = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    out[4] = u'-';
    put(5, date.month(), 2);
    out[7] = u'-';
    put(8, date.day(), 2);
    out[10] = u'T';
    put(11, daySecs / 3600, 2);
    out[13] = u':';
    put(14, daySecs / 60 % 60, 2);
    out[16] = u':';
    put(17, daySecs % 60, 2);
    out[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(out), 20);
}

QDateTime utc(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC); // QTimeZone::utc() would be Qt::TimeZone on 6.4: "+00:00"
#endif
}

QDateTime utcFromSecs(qint64 secsSinceEpoch)
{
    return utcFromMSecs(secsSinceEpoch * 1000);
}

QDateTime utcFromMSecs(qint64 msecsSinceEpoch)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
#endif
}

} // namespace punchclock::TrackTime
