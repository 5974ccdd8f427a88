// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/BulkJob.h"
#include "app/bulk/BulkBatch.h"

#include <QList>

namespace punchclock {

class OutboxSender;

// A bulk change sent without the outbox (no sync attached: tests, a session without a local
// store): the batches go one after the other straight through a sender, and cancel() stops before
// the next. A request refused as a whole fails all its IDs with the server's message and the run
// goes on; the requests never sent end in `unconfirmed`.
class DirectBatchRun : public BulkJob
{
    Q_OBJECT
public:
    // `sender` is not owned and must outlive the run.
    DirectBatchRun(OutboxSender *sender, QList<BulkBatch> batches, QObject *parent = nullptr);

private:
    void run() override;
    void next();

    OutboxSender *m_sender;
    QList<BulkBatch> m_batches;
};

} // namespace punchclock
