// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/BulkEditCommand.h"

#include "ui/undo/UndoHistory.h"

#include <utility>

namespace punchclock {

BulkEditCommand::BulkEditCommand(const QList<TimeEntry> &entries, const BulkEditChoices &choices, Run undo,
                                 Run redo)
    : QUndoCommand(UndoHistory::tr("Bulk Edit of %n Entries", nullptr, int(entries.size()))),
      m_entries(entries), m_choices(choices), m_undo(std::move(undo)), m_redo(std::move(redo))
{
}

void BulkEditCommand::undo()
{
    m_undo(m_entries, m_choices);
}

void BulkEditCommand::redo()
{
    if (!std::exchange(m_done, false))
        m_redo(m_entries, m_choices);
}

} // namespace punchclock
