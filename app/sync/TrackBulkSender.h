// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/OutboxSender.h"
#include "app/track/JsonPatchOp.h"

#include <QJsonObject>
#include <QList>

namespace punchclock {

class TrackApi;

// Track bulk changes: TrackBulkPatch (one PATCH .../time_entries/{≤100 ids} with JSON Patch ops;
// per-ID refusals are a normal answer, in outcome.bulk) and TrackBulkDelete (one DELETE: Track has
// no bulk DELETE; a 404 after an earlier attempt counts as done).
class TrackBulkSender : public OutboxSender
{
public:
    explicit TrackBulkSender(TrackApi *api) : m_api(api) {}

    static QJsonObject patchPayload(qint64 workspaceId, const QList<qint64> &ids,
                                    const QList<JsonPatchOp> &ops);
    static QJsonObject deletePayload(qint64 workspaceId, qint64 id);
    static QList<qint64> idsOf(const OutboxOp &op); // the entries one change is about
    static QList<JsonPatchOp> opsFromJson(const QJsonArray &array);

    void send(const OutboxOp &op, bool mayExist, QObject *context, Done done) override;

private:
    TrackApi *m_api;
};

} // namespace punchclock
