// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineTexts.h"

#include "app/models/TimeEntryModel.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>

namespace punchclock::TimelineTexts {

namespace {
// lupdate files these tr() calls under the namespace's name: the context must match it.
QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("punchclock::TimelineTexts", text, comment);
}

QString projectName(const TimeEntry &entry)
{
    return entry.projectName.value_or(tr("Project %1").arg(*entry.projectId));
}
} // namespace

QString hoursMinutes(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

QString noDescription()
{
    return tr("(no description)");
}

QString emptyPeriod(bool oneDay)
{
    return oneDay ? tr("No entries on this day. Drag on the hours, or press Insert, to add one.")
                  : tr("No entries this week. Drag on the hours, or press Insert, to add one.");
}

QString times(const TimelineItem &item, const QTimeZone &zone)
{
    return times(item.start, item.end, item.running, zone);
}

QString times(qint64 start, qint64 end, bool running, const QTimeZone &zone)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(start, zone);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(end, zone);
    QString first = TimelinePainter::timeText(from.time());
    QString second = running ? tr("now", "a running entry's end") : TimelinePainter::timeText(to.time());
    if (!running && from.date() != to.date()) {
        const QLocale locale;
        const QString format = tr("ddd", "weekday before the times of an entry over midnight");
        first = locale.toString(from.date(), format) + QLatin1Char(' ') + first;
        second = locale.toString(to.date(), format) + QLatin1Char(' ') + second;
    }
    return first + QChar(0x2013) + second;
}

TimelinePainter::BlockText blockText(const TimeEntry &entry, const QString &times)
{
    TimelinePainter::BlockText text;
    text.title = entry.description.value_or(QString()).trimmed();
    if (text.title.isEmpty()) {
        text.title = noDescription();
        text.placeholder = true;
    }
    if (entry.projectId) {
        text.project = projectName(entry);
        if (entry.clientName && !entry.clientName->isEmpty())
            text.project += QStringLiteral(" · ") + *entry.clientName;
    }
    text.times = times;
    return text;
}

QString accessibleName(const TimeEntry &entry, const TimelineItem &item, const QTimeZone &zone,
                       const QDate &weekday)
{
    const QString description = entry.description.value_or(QString()).trimmed();
    QStringList parts{description.isEmpty() ? noDescription() : description};
    if (entry.projectId)
        parts.append(projectName(entry));
    QString span = times(item, zone);
    const bool overMidnight = !item.running && QDateTime::fromSecsSinceEpoch(item.start, zone).date() !=
                                                   QDateTime::fromSecsSinceEpoch(item.end, zone).date();
    if (weekday.isValid() && !overMidnight) // over midnight, the times name their days already
        span = QLocale().dayName(weekday.dayOfWeek()) + QLatin1Char(' ') + span;
    parts.append(span);
    return parts.join(QStringLiteral(", "));
}

QString accessibleDescription(const TimeEntry &entry, const TimelineItem &item, bool overlaps)
{
    QStringList parts{tr("Duration %1").arg(TimeEntryModel::formatDuration(item.end - item.start))};
    if (item.running)
        parts.append(tr("running"));
    if (entry.clientName && !entry.clientName->isEmpty())
        parts.append(tr("Client: %1").arg(*entry.clientName));
    if (overlaps)
        parts.append(tr("overlaps another entry"));
    return parts.join(QStringLiteral(", "));
}

QString dayHeader(const QDate &date, bool oneDay, double width, const QFontMetrics &metrics)
{
    const QLocale locale;
    if (oneDay)
        return locale.toString(date, tr("dddd d MMMM", "timeline day header date format"));
    const QString name = locale.toString(date, tr("ddd d", "timeline week header date format"));
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    return locale.toString(date, tr("d", "timeline narrow week header date format"));
}

QString dayTotal(qint64 seconds, double width, const QFontMetrics &metrics)
{
    const QString total = hoursMinutes(seconds);
    const QString withUnit = tr("%1 h", "a day's total hours in the timeline header").arg(total);
    return metrics.horizontalAdvance(withUnit) <= width ? withUnit : total;
}

QString gap(qint64 seconds, bool oneDay)
{
    const QString duration = hoursMinutes(seconds);
    return oneDay ? tr("%1 untracked", "time between two entries").arg(duration) : duration;
}

} // namespace punchclock::TimelineTexts
