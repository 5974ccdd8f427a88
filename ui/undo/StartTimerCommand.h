// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"
#include "ui/undo/EntryCommand.h"

#include <optional>

namespace punchclock {

// Start (or Continue): a new running entry, and the entry that start stopped, if one ran.
// Undo deletes the new entry (the usual delete: sent once its undo time is over) and makes the
// stopped one run again with a PUT of a negative duration and no stop, which the Track API
// documents for running entries and the sandbox does (track-v9-put-time-entry.md), so no time of
// it is lost. Redo stops that one at its original stop time again and starts the new entry again
// with its original start: a new entry (a new ID), as the first one's DELETE may have gone out.
class StartTimerCommand : public EntryCommand
{
public:
    StartTimerCommand(UndoHistory *history, const TimeEntry &started,
                      const std::optional<TimeEntry> &stopped);

protected:
    void undoChange() override;
    void redoChange() override;

private:
    TimeEntry m_started;
    std::optional<TimeEntry> m_stopped; // as it was stopped
};

} // namespace punchclock
