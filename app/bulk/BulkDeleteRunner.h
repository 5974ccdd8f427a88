// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/OutboxBatchRun.h"
#include "app/track/TimeEntry.h"

#include <QList>

namespace punchclock {

class SyncEngine;

// Deletes Track entries through the outbox, one DELETE (and one outbox row) per entry: Track has
// no bulk DELETE. The rows are written first, then sent one after the other, so the transport's
// quota pacing sets the pace. cancel() drops the DELETEs not yet sent. A refused DELETE lands in
// `failure` with the server's message and the run goes on; IDs never sent land in `unconfirmed`.
class BulkDeleteRunner : public OutboxBatchRun
{
    Q_OBJECT
public:
    BulkDeleteRunner(SyncEngine *engine, const QList<TimeEntry> &entries, QObject *parent = nullptr);
};

} // namespace punchclock
