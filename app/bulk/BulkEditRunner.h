// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/BulkEditPlan.h"
#include "app/bulk/OutboxBatchRun.h"

namespace punchclock {

class SyncEngine;

// Sends a BulkEditPlan through the Track outbox: each step as bulk PATCH requests of at most 100
// IDs, one outbox row each (written before anything is sent, so a crash or the network going away
// loses nothing), merged into one BulkResult. cancel() drops the requests not yet sent from the
// outbox (the one in flight is answered and counted); their IDs end in `unconfirmed`. An error
// (errorString()) means a request could not be sent (the server unreachable): then the IDs
// without an answer are in result.unconfirmed, and still queued to be sent later.
class BulkEditRunner : public OutboxBatchRun
{
    Q_OBJECT
public:
    BulkEditRunner(SyncEngine *engine, BulkEditPlan plan, QObject *parent = nullptr);

    const BulkEditPlan &plan() const { return m_plan; }

private:
    BulkEditPlan m_plan;
};

} // namespace punchclock
