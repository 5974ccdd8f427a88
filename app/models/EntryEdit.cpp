// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/EntryEdit.h"

#include "app/time/DurationParser.h"

#include <QCoreApplication>

#include <algorithm>

namespace punchclock::EntryEdit {

namespace {
// lupdate files these tr() calls under the namespace's name: the context must match it.
QString tr(const char *text)
{
    return QCoreApplication::translate("punchclock::EntryEdit", text);
}

Outcome refuse(const QString &why)
{
    return {std::nullopt, why};
}

// The server keeps whole seconds in UTC; so do we, so the optimistic value equals the answer.
QDateTime normalized(QDateTime time)
{
    time = time.toUTC();
    return time.addMSecs(-time.time().msec());
}
} // namespace

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

TimeEntry duplicateOf(const TimeEntry &entry, const QDateTime &nowUtc)
{
    TimeEntry copy = entry;
    copy.id = 0;
    copy.tagIds.reset();
    if (copy.isRunning()) {
        copy.duration = std::max<qint64>(0, copy.elapsedSeconds(nowUtc));
        copy.stop = copy.start.addSecs(copy.duration);
    }
    return copy;
}

Outcome apply(const TimeEntry &entry, Field field, const QVariant &value, const QList<Project> &projects,
              const QDateTime &nowUtc)
{
    TimeEntry e = entry;
    switch (field) {
    case Field::Description:
        e.description = value.toString().trimmed();
        break;
    case Field::Project: {
        const qint64 id = value.isValid() ? value.toLongLong() : 0;
        if (id == 0) {
            e.projectId.reset();
            e.projectName.reset();
            e.projectColor.reset();
            e.clientName.reset();
            break;
        }
        const auto it =
            std::find_if(projects.cbegin(), projects.cend(), [id](const Project &p) { return p.id == id; });
        if (it == projects.cend())
            return refuse(tr("Unknown project."));
        // A saved entry keeps its workspace: the server refuses another's project ("Invalid
        // project_id"). A new one goes where its project is.
        if (e.id != 0 && e.workspaceId != 0 && it->workspaceId != 0 && it->workspaceId != e.workspaceId)
            return refuse(tr("That project is in another workspace."));
        if (e.id == 0 && it->workspaceId != 0)
            e.workspaceId = it->workspaceId;
        e.projectId = id;
        e.projectName = it->name;
        e.projectColor = it->color;
        e.clientName.reset(); // the session fills it from its client list
        break;
    }
    case Field::Tags:
        // Names only: the server creates unknown ones; tag_ids would be merged with them.
        e.tags =
            value.typeId() == QMetaType::QStringList ? value.toStringList() : splitTags(value.toString());
        e.tagIds.reset();
        break;
    case Field::Start: {
        const QDateTime start = normalized(value.toDateTime());
        if (!start.isValid())
            return refuse(tr("Not a valid start time."));
        if (!e.isRunning()) {
            e.stop = start.addSecs(e.duration);
        } else if (start > nowUtc) {
            return refuse(tr("A running entry cannot start in the future."));
        }
        e.start = start;
        break;
    }
    case Field::Stop: {
        const QDateTime stop = normalized(value.toDateTime());
        if (!stop.isValid())
            return refuse(tr("Not a valid stop time."));
        if (stop < e.start)
            return refuse(tr("Stop must not be before start."));
        e.stop = stop;
        e.duration = e.start.secsTo(stop);
        break;
    }
    case Field::Duration: {
        const bool isText = value.typeId() == QMetaType::QString;
        const std::optional<qint64> seconds =
            isText ? DurationParser::parse(value.toString()) : std::optional<qint64>(value.toLongLong());
        if (!seconds || *seconds < 0)
            return refuse(tr("Not a duration. Try 1:30, 1:30:15, 90m, 1h 30m or 1.5h."));
        if (e.isRunning()) {
            e.start = normalized(nowUtc).addSecs(-*seconds); // a running timer keeps running
        } else {
            e.duration = *seconds;
            e.stop = e.start.addSecs(*seconds);
        }
        break;
    }
    case Field::Billable:
        e.billable = value.toBool();
        break;
    }
    return {e, {}};
}

} // namespace punchclock::EntryEdit
