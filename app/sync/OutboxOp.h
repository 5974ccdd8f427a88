// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace punchclock {

// One change the user made, waiting in the outbox until the server confirms it. Track
// single-entry changes carry the entry itself; every other kind carries a JSON payload that its
// sender (see OutboxSender) reads.
struct OutboxOp
{
    // Each product has its own queue, sent by its own SyncEngine: Track and Focus are different
    // servers and credentials, and one being unreachable must not hold the other back.
    enum class Product
    {
        Track = 0,
        Focus = 1,
    };

    enum class Kind
    {
        // Track, one entry (`entry`):
        Create = 1,          // POST entry (running when duration < 0); entryId is a local (negative) ID
        Update = 2,          // PUT entry (an edit)
        Stop = 3,            // PUT entry with the stop time the user clicked (exact, even when sent late)
        Delete = 4,          // DELETE; a 404 counts as done
                             // Track bulk (payload, entryId 0):
        TrackBulkPatch = 10, // {workspace_id, ids[≤100], ops}: one bulk JSON Patch request
        TrackBulkDelete =
            11,           // {workspace_id, id}: Track has no bulk DELETE, so one per entry
                          // Focus, one entry (payload: {task_id, entry | patch}); entryId is the entry's ID:
        FocusCreate = 20, // {task_id, entry}; entryId is a local (negative) ID
        FocusPatch = 21,  // {task_id, patch}
        FocusArchive = 22,
        FocusUnarchive = 23,
        FocusRestore = 24,
        FocusDelete = 25,      // a 404 counts as done
                               // Focus bulk (payload, entryId 0):
        FocusBulkPatch = 30,   // {patches[≤100]}
        FocusBulkDelete = 31,  // {ids[≤100]}
        FocusBulkRestore = 32, // {ids[≤100]}
    };

    qint64 seq = 0; // order of the changes; replayed in this order
    Kind kind = Kind::Update;
    Product product = Product::Track;
    qint64 entryId = 0;  // the server ID, or a local negative ID until its create is confirmed
    TimeEntry entry;     // Track single-entry kinds: the entry as the user left it (Delete: as it was)
    QJsonObject payload; // every kind: what was stored (Track single-entry kinds: the entry's JSON)
    int attempts = 0;    // sends started (persisted *before* each send)
    QDateTime createdAt;
    QString lastError;

    static Product productOf(Kind kind)
    {
        return static_cast<int>(kind) >= 20 ? Product::Focus : Product::Track;
    }
    static bool isTrackEntryKind(Kind kind) { return static_cast<int>(kind) <= 4; }
    static bool isCreate(Kind kind) { return kind == Kind::Create || kind == Kind::FocusCreate; }
};

} // namespace punchclock
