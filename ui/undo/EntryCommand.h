// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace punchclock {

class UndoHistory;

// A change already made when it is pushed: the first redo() does nothing. undoChange() and
// redoChange() run with the history's recording off; a command that cannot be done any more
// (its entry is gone) says why through the history and marks itself obsolete, so the stack drops it.
class EntryCommand : public QUndoCommand
{
public:
    EntryCommand(UndoHistory *history, const QString &text);

    void undo() final;
    void redo() final;

protected:
    virtual void undoChange() = 0;
    virtual void redoChange() = 0;
    // The entry was removed, here or elsewhere: nothing to undo or redo.
    void gone(const QString &description);

    UndoHistory *m_history;

private:
    bool m_done = true;
    bool m_undoing = false;
};

} // namespace punchclock
