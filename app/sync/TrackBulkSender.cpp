// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/TrackBulkSender.h"

#include "app/api/TrackApi.h"

#include <QJsonArray>

namespace punchclock {

namespace {
const QLatin1String kWorkspace("workspace_id");
const QLatin1String kIds("ids");
const QLatin1String kId("id");
const QLatin1String kOps("ops");
} // namespace

QJsonObject TrackBulkSender::patchPayload(qint64 workspaceId, const QList<qint64> &ids,
                                          const QList<JsonPatchOp> &ops)
{
    QJsonArray idArray;
    for (qint64 id : ids)
        idArray.append(id);
    return {{kWorkspace, workspaceId}, {kIds, idArray}, {kOps, JsonPatchOp::toJson(ops)}};
}

QJsonObject TrackBulkSender::deletePayload(qint64 workspaceId, qint64 id)
{
    return {{kWorkspace, workspaceId}, {kId, id}};
}

QList<qint64> TrackBulkSender::idsOf(const OutboxOp &op)
{
    QList<qint64> ids;
    if (op.payload.contains(kId))
        ids.append(op.payload.value(kId).toInteger());
    for (const QJsonValue &v : op.payload.value(kIds).toArray())
        ids.append(v.toInteger());
    return ids;
}

// The inverse of JsonPatchOp::toJson, for ops read back from the outbox.
QList<JsonPatchOp> TrackBulkSender::opsFromJson(const QJsonArray &array)
{
    using Op = JsonPatchOp::Op;
    using Path = JsonPatchOp::Path;
    QList<JsonPatchOp> ops;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        JsonPatchOp op;
        for (Op candidate : {Op::Add, Op::Remove, Op::Replace}) {
            if (JsonPatchOp::opString(candidate) == o.value(QLatin1String("op")).toString())
                op.op = candidate;
        }
        for (Path candidate : {Path::Description, Path::ProjectId, Path::TaskId, Path::Tags, Path::TagIds,
                               Path::Billable, Path::Start, Path::Stop, Path::Duration}) {
            if (JsonPatchOp::pathString(candidate) == o.value(QLatin1String("path")).toString())
                op.path = candidate;
        }
        op.value = o.value(QLatin1String("value"));
        ops.append(op);
    }
    return ops;
}

void TrackBulkSender::send(const OutboxOp &op, bool mayExist, QObject *context, Done done)
{
    const qint64 workspaceId = op.payload.value(kWorkspace).toInteger();
    const QList<qint64> ids = idsOf(op);
    if (op.kind == OutboxOp::Kind::TrackBulkDelete) {
        m_api->deleteTimeEntry(
            workspaceId, ids.value(0), context, [done, ids, mayExist](ApiResult<NoContent> r) {
                OutboxOutcome outcome;
                if (r.ok() || (mayExist && r.error->kind == ApiError::Kind::NotFound)) {
                    outcome.bulk.success = ids; // an earlier attempt deleted it
                } else if (r.error->isTransient() || r.error->kind == ApiError::Kind::Auth) {
                    outcome.error = r.error; // not refused: try again later
                } else {
                    outcome.bulk.failure.append(BulkFailure{ids.value(0), r.error->message});
                }
                outcome.bulk.batchesDone = 1;
                done(outcome);
            });
        return;
    }
    // A replay of a JSON Patch gives the same state, so a resend needs no lookup.
    m_api->bulkEditTimeEntries(workspaceId, ids, opsFromJson(op.payload.value(kOps).toArray()), context,
                               [done](ApiResult<BulkResult> r) {
                                   OutboxOutcome outcome;
                                   outcome.error = r.error;
                                   if (r.value)
                                       outcome.bulk = *r.value;
                                   done(outcome);
                               });
}

} // namespace punchclock
