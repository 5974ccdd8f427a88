// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/AddEntriesCommand.h"

#include "app/session/TrackSession.h"
#include "ui/undo/UndoHistory.h"

namespace punchclock {

AddEntriesCommand::AddEntriesCommand(UndoHistory *history, const TimeEntry &added)
    : EntryCommand(history, {}), m_entries{added}, m_turn(history->turn())
{
    name();
}

void AddEntriesCommand::name()
{
    const int n = int(m_entries.size());
    setText(n == 1 ? UndoHistory::tr("Add Entry") : UndoHistory::tr("Add %n Entries", nullptr, n));
}

bool AddEntriesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *added = static_cast<const AddEntriesCommand *>(other);
    if (added->m_turn != m_turn)
        return false;
    m_entries += added->m_entries;
    name();
    return true;
}

void AddEntriesCommand::undoChange()
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

void AddEntriesCommand::redoChange()
{
    TrackSession *session = m_history->session();
    for (TimeEntry &e : m_entries) {
        if (session->undoDelete(m_history->resolve(e.id)))
            continue;
        if (const qint64 id = session->createEntry(e)) {
            m_history->recreated(e.id, id);
            e.id = id;
        }
    }
}

} // namespace punchclock
