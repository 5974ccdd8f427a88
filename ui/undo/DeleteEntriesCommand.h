// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/undo/EntryListCommand.h"

namespace punchclock {

// Entries deleted (the entries deleted in one go are one step). Undo brings them back: the same
// entries while their DELETE waits (TrackSession::kUndoDeleteMs, nothing sent), else, once the
// server deleted them, new entries with the same fields (a new ID: Track cannot restore a
// deleted entry). Redo deletes them again.
class DeleteEntriesCommand : public EntryListCommand
{
public:
    DeleteEntriesCommand(UndoHistory *history, const TimeEntry &deleted);
    int id() const override { return 2; }

protected:
    QString nameFor(int count) const override;
    void undoChange() override { bringBack(); }
    void redoChange() override { deleteAll(); }
};

} // namespace punchclock
