// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/EditEntryCommand.h"

#include "app/models/TimeEntryModel.h"
#include "ui/undo/UndoHistory.h"

namespace punchclock {

namespace {

bool projectDiffers(const TimeEntry &a, const TimeEntry &b)
{
    return a.projectId != b.projectId || a.taskId != b.taskId;
}

bool timesDiffer(const TimeEntry &a, const TimeEntry &b)
{
    return a.start != b.start || a.stop != b.stop || a.duration != b.duration;
}

} // namespace

EditEntryCommand::EditEntryCommand(UndoHistory *history, const TimeEntry &before, const TimeEntry &after)
    : EntryCommand(history, nameOf(before, after)), m_before(before), m_after(after)
{
}

QString EditEntryCommand::nameOf(const TimeEntry &before, const TimeEntry &after)
{
    QStringList names;
    if (before.description != after.description)
        names.append(UndoHistory::tr("Change Description"));
    if (projectDiffers(before, after))
        names.append(UndoHistory::tr("Change Project"));
    if (before.tags != after.tags)
        names.append(UndoHistory::tr("Change Tags"));
    if (before.billable != after.billable)
        names.append(UndoHistory::tr("Change Billable"));
    if (before.start != after.start)
        names.append(UndoHistory::tr("Change Start"));
    else if (before.stop != after.stop || before.duration != after.duration)
        names.append(UndoHistory::tr("Change Duration")); // a new stop or a new duration: the same change
    return names.size() == 1 ? names.first() : UndoHistory::tr("Edit Entry");
}

void EditEntryCommand::undoChange()
{
    apply(m_after, m_before);
}

void EditEntryCommand::redoChange()
{
    apply(m_before, m_after);
}

// The fields that differ between `from` and `to` get `to`'s values on the entry as shown now.
void EditEntryCommand::apply(const TimeEntry &from, const TimeEntry &to)
{
    const TimeEntry *shown = m_history->current(m_before.id);
    if (!shown) {
        gone(to.description.value_or(QString()));
        return;
    }
    TimeEntry next = *shown;
    if (from.description != to.description)
        next.description = to.description;
    if (projectDiffers(from, to)) {
        next.projectId = to.projectId;
        next.projectName = to.projectName;
        next.projectColor = to.projectColor;
        next.clientName = to.clientName;
        next.taskId = to.taskId;
        next.taskName = to.taskName;
    }
    if (from.tags != to.tags || from.tagIds != to.tagIds) {
        next.tags = to.tags;
        next.tagIds = to.tagIds;
    }
    if (from.billable != to.billable)
        next.billable = to.billable;
    if (timesDiffer(from, to)) {
        next.start = to.start;
        next.stop = to.stop;
        next.duration = to.duration;
    }
    m_history->entries()->editEntry(next);
}

} // namespace punchclock
