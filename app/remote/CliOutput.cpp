// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/CliOutput.h"

#include "app/track/TrackTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace punchclock {

namespace {

// "Write report  [Docs]  #writing #urgent"
QString entryLabel(const QJsonObject &e)
{
    QString label = e.value(QLatin1String("description")).toString();
    if (label.isEmpty())
        label = QCoreApplication::translate("CliOutput", "(no description)");
    const QString project = e.value(QLatin1String("project")).toString();
    if (!project.isEmpty())
        label += QLatin1String("  [") + project + QLatin1Char(']');
    QStringList tags;
    for (const QJsonValue &tag : e.value(QLatin1String("tags")).toArray())
        tags.append(QLatin1Char('#') + tag.toString());
    if (!tags.isEmpty())
        label += QLatin1String("  ") + tags.join(QLatin1Char(' '));
    return label;
}

QDateTime localTime(const QString &iso)
{
    const auto t = TrackTime::parse(iso);
    return t ? t->toLocalTime() : QDateTime();
}

} // namespace

QString CliOutput::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString CliOutput::statusText(const QJsonObject &s)
{
    QString text;
    if (s.value(QLatin1String("running")).toBool())
        text = QCoreApplication::translate("CliOutput", "Running %1  %2\n")
                   .arg(duration(qint64(s.value(QLatin1String("elapsedSeconds")).toDouble())), entryLabel(s));
    else
        text = QCoreApplication::translate("CliOutput", "Stopped\n");
    text += QCoreApplication::translate("CliOutput", "Today %1\n")
                .arg(duration(qint64(s.value(QLatin1String("todayTotalSeconds")).toDouble())));
    const int pending = s.value(QLatin1String("pendingChanges")).toInt();
    if (pending > 0)
        text += QCoreApplication::translate("CliOutput", "%n change(s) not sent yet\n", nullptr, pending);
    return text;
}

QString CliOutput::entriesText(const QJsonObject &list)
{
    const QLocale locale;
    const bool days = list.value(QLatin1String("from")) != list.value(QLatin1String("to"));
    QString text;
    QDate shownDay;
    for (const QJsonValue &value : list.value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = value.toObject();
        const QDateTime start = localTime(e.value(QLatin1String("start")).toString());
        if (days && start.date() != shownDay) {
            shownDay = start.date();
            text += locale.toString(shownDay, QStringLiteral("ddd yyyy-MM-dd")) + QLatin1Char('\n');
        }
        const QString stop =
            e.value(QLatin1String("running")).toBool()
                ? QCoreApplication::translate("CliOutput", "now")
                : localTime(e.value(QLatin1String("stop")).toString()).toString(QStringLiteral("HH:mm"));
        text +=
            QStringLiteral("  %1–%2  %3  %4\n")
                .arg(start.toString(QStringLiteral("HH:mm")), stop.leftJustified(5),
                     duration(qint64(e.value(QLatin1String("durationSeconds")).toDouble())).rightJustified(8),
                     entryLabel(e));
    }
    if (list.value(QLatin1String("entries")).toArray().isEmpty())
        text += QCoreApplication::translate("CliOutput", "No entries\n");
    text += QCoreApplication::translate("CliOutput", "Total %1\n")
                .arg(duration(qint64(list.value(QLatin1String("totalSeconds")).toDouble())));
    return text;
}

QString CliOutput::json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace punchclock
