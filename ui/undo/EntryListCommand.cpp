// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/EntryListCommand.h"

#include "app/session/TrackSession.h"
#include "ui/undo/UndoHistory.h"

namespace punchclock {

EntryListCommand::EntryListCommand(UndoHistory *history, const TimeEntry &first)
    : EntryCommand(history, {}), m_entries{first}, m_turn(history->turn())
{
}

void EntryListCommand::name()
{
    setText(nameFor(int(m_entries.size())));
}

bool EntryListCommand::mergeWith(const QUndoCommand *other)
{
    const auto *list = static_cast<const EntryListCommand *>(other);
    if (list->m_turn != m_turn)
        return false;
    m_entries += list->m_entries;
    name();
    return true;
}

void EntryListCommand::deleteAll()
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

void EntryListCommand::bringBack()
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

} // namespace punchclock
