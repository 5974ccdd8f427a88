// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/OutboxOp.h"

#include <QJsonObject>
#include <QList>

namespace punchclock {

// One request of a bulk run, as an outbox change: its kind, its payload and the IDs it names.
struct BulkBatch
{
    OutboxOp::Kind kind;
    QJsonObject payload;
    QList<qint64> ids;

    // The IDs of each batch, in order: a BulkJob's requests.
    static QList<QList<qint64>> idsOf(const QList<BulkBatch> &batches)
    {
        QList<QList<qint64>> ids;
        ids.reserve(batches.size());
        for (const BulkBatch &b : batches)
            ids.append(b.ids);
        return ids;
    }
};

} // namespace punchclock
