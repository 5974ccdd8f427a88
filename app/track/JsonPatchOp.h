// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace punchclock {

// One RFC 6902 operation of a Track bulk edit (PATCH .../time_entries/{ids}).
// Only the time-entry paths Track accepts are offered; build ops with the factories.
struct JsonPatchOp
{
    enum class Op
    {
        Add,
        Remove,
        Replace
    };
    enum class Path
    {
        Description,
        ProjectId,
        TaskId,
        Tags,
        TagIds,
        Billable,
        Start,
        Stop,
        Duration
    };

    Op op = Op::Replace;
    Path path = Path::Description;
    QJsonValue value; // ignored for Remove

    static JsonPatchOp replaceDescription(const QString &description);
    static JsonPatchOp replaceProject(std::optional<qint64> projectId); // nullopt: no project
    static JsonPatchOp replaceTask(std::optional<qint64> taskId);
    static JsonPatchOp replaceBillable(bool billable);
    static JsonPatchOp replaceStart(const QDateTime &start);
    static JsonPatchOp replaceStop(const QDateTime &stop);
    static JsonPatchOp replaceDuration(qint64 seconds);
    static JsonPatchOp replaceTags(const QStringList &tags);
    static JsonPatchOp addTags(const QStringList &tags);    // add these names, keep the others
    static JsonPatchOp removeTags(const QStringList &tags); // remove these names
    static JsonPatchOp replaceTagIds(const QList<qint64> &tagIds);
    static JsonPatchOp addTagIds(const QList<qint64> &tagIds);
    static JsonPatchOp removeTagIds(const QList<qint64> &tagIds);
    static JsonPatchOp remove(Path path); // e.g. remove(Path::ProjectId)

    static QString pathString(Path path); // "/description", ...
    static QString opString(Op op);       // "add", "remove", "replace"
    QJsonObject toJson() const;
    static QJsonArray toJson(const QList<JsonPatchOp> &ops);

    // What the server does with these ops, done locally: shows a queued bulk edit before it is
    // sent, so a later single edit (a PUT of the whole entry) carries it instead of undoing it.
    // Meta names of a changed project or task are cleared (the caller fills them again).
    void applyTo(TimeEntry &entry) const;
    static TimeEntry applied(const QList<JsonPatchOp> &ops, TimeEntry entry);

    friend bool operator==(const JsonPatchOp &, const JsonPatchOp &) = default;
};

} // namespace punchclock
