// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace punchclock {

// What the bulk-edit dialog asks to change. A field left at its "keep" value stays as it is on
// every entry; only the chosen fields are sent.
struct BulkEditChoices
{
    enum class TagMode
    {
        Keep,
        Add,     // add these names, keep the others
        Remove,  // remove these names, keep the others
        Replace, // exactly these names (empty: no tags)
    };

    std::optional<QString> description;
    bool changeProject = false;
    std::optional<qint64> projectId; // with changeProject: nullopt clears the project
    TagMode tagMode = TagMode::Keep;
    QStringList tags;
    std::optional<bool> billable;
    bool changeTask = false;
    std::optional<qint64> taskId; // with changeTask: nullopt clears the task
    qint64 shiftSeconds = 0;      // start and stop move by this much (negative: earlier)

    bool isEmpty() const
    {
        return !description && !changeProject && tagMode == TagMode::Keep && !billable && !changeTask &&
               shiftSeconds == 0;
    }
};

} // namespace punchclock
