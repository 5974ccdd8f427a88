// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"
#include "ui/undo/EntryCommand.h"

#include <QList>

namespace punchclock {

// Entries deleted (the entries deleted in one go are one step). Undo brings them back: the same
// entries while their DELETE waits (TrackSession::kUndoDeleteMs, nothing sent), else, once the
// server deleted them, new entries with the same fields (a new ID: Track cannot restore a
// deleted entry). Redo deletes them again.
class DeleteEntriesCommand : public EntryCommand
{
public:
    DeleteEntriesCommand(UndoHistory *history, const TimeEntry &deleted);

    int id() const override { return 2; }
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
