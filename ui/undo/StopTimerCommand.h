// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"
#include "ui/undo/EntryCommand.h"

namespace punchclock {

// Stop: undo makes the same entry run again (a PUT with a negative duration and no stop, which
// the Track API documents for running entries and the sandbox does: the time since the stop is
// tracked, as if it had never stopped); redo stops it again at its original stop time. The API
// allows both, so every stop is undoable. Undo refuses while another entry runs (one timer at a
// time) and says so.
class StopTimerCommand : public EntryCommand
{
public:
    StopTimerCommand(UndoHistory *history, const TimeEntry &stopped);

    static TimeEntry runningAgain(TimeEntry entry);
    static TimeEntry stoppedAt(TimeEntry entry, const QDateTime &stop);

protected:
    void undoChange() override;
    void redoChange() override;

private:
    TimeEntry m_stopped;
};

} // namespace punchclock
