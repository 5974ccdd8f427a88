// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/DeleteEntriesCommand.h"

#include "app/session/TrackSession.h"
#include "ui/undo/UndoHistory.h"

namespace punchclock {

DeleteEntriesCommand::DeleteEntriesCommand(UndoHistory *history, const TimeEntry &deleted)
    : EntryCommand(history, {}), m_entries{deleted}, m_turn(history->turn())
{
    name();
}

void DeleteEntriesCommand::name()
{
    const int n = int(m_entries.size());
    setText(n == 1 ? UndoHistory::tr("Delete Entry") : UndoHistory::tr("Delete %n Entries", nullptr, n));
}

bool DeleteEntriesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *deleted = static_cast<const DeleteEntriesCommand *>(other);
    if (deleted->m_turn != m_turn)
        return false;
    m_entries += deleted->m_entries;
    name();
    return true;
}

void DeleteEntriesCommand::undoChange()
{
    TrackSession *session = m_history->session();
    for (TimeEntry &e : m_entries) {
        const qint64 id = m_history->resolve(e.id);
        if (session->undoDelete(id))
            continue;
        if (m_history->current(id))
            continue; // shown again already (its DELETE was refused)
        if (const qint64 created = session->createEntry(e)) {
            m_history->recreated(e.id, created);
            e.id = created;
        }
    }
}

void DeleteEntriesCommand::redoChange()
{
    QString missing;
    for (TimeEntry &e : m_entries) {
        const TimeEntry *shown = m_history->current(e.id);
        if (!shown) {
            missing = e.description.value_or(QString());
            continue;
        }
        e = *shown;
        m_history->session()->deleteEntryLater(e.id);
    }
    if (!missing.isNull())
        gone(missing);
}

} // namespace punchclock
