// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/OutboxOp.h"
#include "app/sync/OutboxOutcome.h"

#include <functional>

class QObject;

namespace punchclock {

// Sends the outbox changes of some kinds: one small class per family of requests (Track entries,
// Track bulk, Focus entries, Focus bulk). The SyncEngine owns the queue, the order and the retry
// policy; a sender only turns one stored change into requests and the answer into an outcome.
class OutboxSender
{
public:
    using Done = std::function<void(OutboxOutcome)>;

    virtual ~OutboxSender() = default;
    // `mayExist`: an earlier send of this change may have reached the server (its answer was lost
    // to a reset, a timeout or a crash): a create looks for it before sending it again.
    // `done` is called once, never inside this call; not at all once `context` is destroyed.
    virtual void send(const OutboxOp &op, bool mayExist, QObject *context, Done done) = 0;
};

} // namespace punchclock
