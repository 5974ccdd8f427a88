// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/AddEntriesCommand.h"

#include "ui/undo/UndoHistory.h"

namespace punchclock {

AddEntriesCommand::AddEntriesCommand(UndoHistory *history, const TimeEntry &added)
    : EntryListCommand(history, added)
{
    name();
}

QString AddEntriesCommand::nameFor(int count) const
{
    return count == 1 ? UndoHistory::tr("Add Entry") : UndoHistory::tr("Add %n Entries", nullptr, count);
}

} // namespace punchclock
