// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/EntryCommand.h"

#include "ui/undo/UndoHistory.h"

#include <utility>

namespace punchclock {

EntryCommand::EntryCommand(UndoHistory *history, const QString &text) : QUndoCommand(text), m_history(history)
{
}

void EntryCommand::undo()
{
    const UndoHistory::Applying applying(m_history);
    m_undoing = true;
    undoChange();
}

void EntryCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    const UndoHistory::Applying applying(m_history);
    m_undoing = false;
    redoChange();
}

void EntryCommand::gone(const QString &description)
{
    setObsolete(true);
    const QString message =
        m_undoing ? UndoHistory::tr(
                        "Cannot undo “%1”: the entry “%2” is no longer there (deleted here or elsewhere).")
                  : UndoHistory::tr(
                        "Cannot redo “%1”: the entry “%2” is no longer there (deleted here or elsewhere).");
    m_history->fail(message.arg(text(), description));
}

} // namespace punchclock
