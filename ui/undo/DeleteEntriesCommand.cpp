// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/DeleteEntriesCommand.h"

#include "ui/undo/UndoHistory.h"

namespace punchclock {

DeleteEntriesCommand::DeleteEntriesCommand(UndoHistory *history, const TimeEntry &deleted)
    : EntryListCommand(history, deleted)
{
    name();
}

QString DeleteEntriesCommand::nameFor(int count) const
{
    return count == 1 ? UndoHistory::tr("Delete Entry")
                      : UndoHistory::tr("Delete %n Entries", nullptr, count);
}

} // namespace punchclock
