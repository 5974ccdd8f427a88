#pragma once

#include "track/TimeEntry.h"

#include <QDateTime>
#include <QString>

namespace punchclock {

// One change the user made, waiting in the outbox until the server confirms it.
struct OutboxOp
{
    enum class Kind
    {
        Create = 1, // POST entry (running when duration < 0); entryId is a local (negative) ID
        Update = 2, // PUT entry (an edit)
        Stop = 3,   // PUT entry with the stop time the user clicked (exact, even when sent late)
        Delete = 4, // DELETE; a 404 counts as done
    };

    qint64 seq = 0; // order of the changes; replayed in this order
    Kind kind = Kind::Update;
    qint64 entryId = 0; // the server ID, or a local negative ID until its Create is confirmed
    TimeEntry entry;    // the entry as the user left it (Delete: as it was)
    int attempts = 0;   // sends started (persisted *before* each send)
    QDateTime createdAt;
    QString lastError;

    static QString kindName(Kind kind);
};

} // namespace punchclock
