// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/StartTimerCommand.h"

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "ui/undo/StopTimerCommand.h"
#include "ui/undo/UndoHistory.h"

namespace punchclock {

StartTimerCommand::StartTimerCommand(UndoHistory *history, const TimeEntry &started,
                                     const std::optional<TimeEntry> &stopped)
    : EntryCommand(history, UndoHistory::tr("Start Timer")), m_started(started), m_stopped(stopped)
{
}

void StartTimerCommand::undoChange()
{
    const TimeEntry *shown = m_history->current(m_started.id);
    if (!shown) {
        gone(m_started.description.value_or(QString()));
        return;
    }
    m_started = *shown; // redo starts it with what it has now (edits made while it ran)
    m_history->session()->deleteEntryLater(shown->id);
    if (!m_stopped)
        return;
    const TimeEntry *stopped = m_history->current(m_stopped->id);
    if (!stopped) {
        gone(m_stopped->description.value_or(QString()));
        return;
    }
    if (!stopped->isRunning())
        m_history->entries()->editEntry(StopTimerCommand::runningAgain(*stopped));
}

void StartTimerCommand::redoChange()
{
    if (m_stopped) {
        if (const TimeEntry *resumed = m_history->current(m_stopped->id);
            resumed && resumed->isRunning() && m_stopped->stop)
            m_history->entries()->editEntry(StopTimerCommand::stoppedAt(*resumed, *m_stopped->stop));
    }
    const qint64 id = m_history->session()->startEntry(m_started);
    if (id != 0) {
        m_history->recreated(m_started.id, id);
        m_started.id = id;
    }
}

} // namespace punchclock
