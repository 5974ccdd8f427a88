// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"
#include "ui/undo/EntryCommand.h"

#include <QList>

namespace punchclock {

// Entries added or deleted in one go (one turn of the event loop) are one step: the base of
// AddEntriesCommand and DeleteEntriesCommand, whose undo and redo are each other's two halves.
class EntryListCommand : public EntryCommand
{
public:
    bool mergeWith(const QUndoCommand *other) override; // same id(): the same derived type

protected:
    EntryListCommand(UndoHistory *history, const TimeEntry &first);
    virtual QString nameFor(int count) const = 0;
    void name(); // the text for the entries held now; derived constructors call it

    // Deletes the entries as they are shown now (the usual delete, with its undo time).
    void deleteAll();
    // Brings them back: the same entries while their DELETE waits (nothing sent), else new entries
    // with the same fields (a new ID: Track cannot restore a deleted entry).
    void bringBack();

private:
    QList<TimeEntry> m_entries;
    quint64 m_turn;
};

} // namespace punchclock
