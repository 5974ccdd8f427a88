// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/StopTimerCommand.h"

#include "app/models/TimeEntryModel.h"
#include "ui/undo/UndoHistory.h"

namespace punchclock {

StopTimerCommand::StopTimerCommand(UndoHistory *history, const TimeEntry &stopped)
    : EntryCommand(history, UndoHistory::tr("Stop Timer")), m_stopped(stopped)
{
}

TimeEntry StopTimerCommand::runningAgain(TimeEntry entry)
{
    entry.stop.reset();
    entry.duration = -1;
    return entry;
}

TimeEntry StopTimerCommand::stoppedAt(TimeEntry entry, const QDateTime &stop)
{
    entry.stop = std::max(stop, entry.start);
    entry.duration = entry.start.secsTo(*entry.stop);
    return entry;
}

void StopTimerCommand::undoChange()
{
    const TimeEntry *shown = m_history->current(m_stopped.id);
    if (!shown) {
        gone(m_stopped.description.value_or(QString()));
        return;
    }
    if (shown->isRunning())
        return;
    if (const TimeEntry *other = m_history->entries()->runningEntry()) {
        setObsolete(true);
        m_history->fail(UndoHistory::tr("Cannot undo “%1”: “%2” is running, and one timer runs at a time.")
                            .arg(text(), other->description.value_or(QString())));
        return;
    }
    m_history->entries()->editEntry(runningAgain(*shown));
}

void StopTimerCommand::redoChange()
{
    const TimeEntry *shown = m_history->current(m_stopped.id);
    if (!shown) {
        gone(m_stopped.description.value_or(QString()));
        return;
    }
    if (shown->isRunning() && m_stopped.stop)
        m_history->entries()->editEntry(stoppedAt(*shown, *m_stopped.stop));
}

} // namespace punchclock
