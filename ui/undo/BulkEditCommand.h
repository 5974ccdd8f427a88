// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/BulkEditChoices.h"
#include "app/track/TimeEntry.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace punchclock {

// A bulk edit (already applied when pushed): undo sends the entries' previous values back, redo
// sends the same choices again, each through the functions BulkEditController gives (they run the
// editor's requests and show progress and refusals).
class BulkEditCommand : public QUndoCommand
{
public:
    using Run = std::function<void(const QList<TimeEntry> &entries, const BulkEditChoices &choices)>;
    BulkEditCommand(const QList<TimeEntry> &entries, const BulkEditChoices &choices, Run undo, Run redo);

    void undo() override;
    void redo() override;

private:
    QList<TimeEntry> m_entries; // their copies before the edit
    BulkEditChoices m_choices;
    Run m_undo;
    Run m_redo;
    bool m_done = true;
};

} // namespace punchclock
