// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"
#include "ui/undo/EntryCommand.h"

namespace punchclock {

// One edit of one entry (a cell, the timer bar's fields of the running entry, the Edit dialog).
// Undo puts the old values of the fields that edit changed back with one PUT (the model's edit,
// through the outbox); the other fields keep what they have now, so a change made meanwhile
// elsewhere is not overwritten. Redo puts the new values again the same way.
class EditEntryCommand : public EntryCommand
{
public:
    EditEntryCommand(UndoHistory *history, const TimeEntry &before, const TimeEntry &after);

    // "Change Project", "Change Tags", … or "Edit Entry" when several fields changed.
    static QString nameOf(const TimeEntry &before, const TimeEntry &after);

protected:
    void undoChange() override;
    void redoChange() override;

private:
    void apply(const TimeEntry &from, const TimeEntry &to);

    TimeEntry m_before;
    TimeEntry m_after;
};

} // namespace punchclock
