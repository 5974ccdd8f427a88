// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/undo/EntryListCommand.h"

namespace punchclock {

// Entries added (Add Entry, Duplicate); the entries added in one go are one step. Undo deletes
// them (the usual delete); redo brings them back: the same entries while their delete waits,
// else new ones with the same fields.
class AddEntriesCommand : public EntryListCommand
{
public:
    AddEntriesCommand(UndoHistory *history, const TimeEntry &added);
    int id() const override { return 1; }

protected:
    QString nameFor(int count) const override;
    void undoChange() override { deleteAll(); }
    void redoChange() override { bringBack(); }
};

} // namespace punchclock
