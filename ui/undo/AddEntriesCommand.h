// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"
#include "ui/undo/EntryCommand.h"

#include <QList>

namespace punchclock {

// Entries added (Add Entry, Duplicate); the entries added in one go are one step. Undo deletes
// them (the usual delete); redo brings them back: the same entries while their delete waits,
// else new ones with the same fields.
class AddEntriesCommand : public EntryCommand
{
public:
    AddEntriesCommand(UndoHistory *history, const TimeEntry &added);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void undoChange() override;
    void redoChange() override;

private:
    void name();

    QList<TimeEntry> m_entries;
    quint64 m_turn;
};

} // namespace punchclock
