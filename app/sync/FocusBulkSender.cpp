// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/FocusBulkSender.h"

#include "app/api/FocusApi.h"
#include "app/sync/FocusEntrySender.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace punchclock {

namespace {
const QLatin1String kIds("ids");
const QLatin1String kPatches("patches");
} // namespace

QJsonObject FocusBulkSender::patchPayload(const QList<FocusEntryPatch> &patches)
{
    QJsonArray array;
    for (const FocusEntryPatch &p : patches)
        array.append(p.toJson(true));
    return {{kPatches, array}};
}

QJsonObject FocusBulkSender::idsPayload(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return {{kIds, array}};
}

QList<FocusEntryPatch> FocusBulkSender::patchesOf(const OutboxOp &op)
{
    QList<FocusEntryPatch> patches;
    for (const QJsonValue &v : op.payload.value(kPatches).toArray()) {
        // One patch reads like a single-entry FocusPatch payload.
        OutboxOp one;
        one.payload = {{QLatin1String("patch"), v.toObject()}};
        FocusEntryPatch p = FocusEntrySender::patchOf(one);
        p.id = v.toObject().value(QLatin1String("id")).toInteger();
        patches.append(p);
    }
    return patches;
}

QList<qint64> FocusBulkSender::idsOf(const OutboxOp &op)
{
    QList<qint64> ids;
    if (op.kind == OutboxOp::Kind::FocusBulkPatch) {
        for (const FocusEntryPatch &p : patchesOf(op))
            ids.append(p.id);
        return ids;
    }
    for (const QJsonValue &v : op.payload.value(kIds).toArray())
        ids.append(v.toInteger());
    return ids;
}

void FocusBulkSender::send(const OutboxOp &op, bool, QObject *context, Done done)
{
    if (!m_api || m_api->workspaceId() <= 0 || !m_api->hasApiKey()) {
        const ApiError error = ApiError::make(
            ApiError::Kind::Network,
            QCoreApplication::translate("punchclock::SyncEngine", "Not connected to Toggl Focus yet"));
        QTimer::singleShot(0, context, [done, error] { done(OutboxOutcome::failure(error)); });
        return;
    }
    // Replaying any of these gives the same state, so a resend needs no lookup.
    auto reply = [done, ids = idsOf(op)](ApiResult<NoContent> r) {
        OutboxOutcome outcome;
        outcome.error = r.error;
        if (r.ok())
            outcome.bulk.success = ids;
        outcome.bulk.batchesDone = 1;
        done(outcome);
    };
    switch (op.kind) {
    case OutboxOp::Kind::FocusBulkPatch:
        m_api->bulkPatchTimeEntries(patchesOf(op), context, reply);
        return;
    case OutboxOp::Kind::FocusBulkDelete:
        m_api->bulkDeleteTimeEntries(idsOf(op), context, reply);
        return;
    case OutboxOp::Kind::FocusBulkRestore:
        m_api->bulkRestoreTimeEntries(idsOf(op), context, reply);
        return;
    default:
        Q_UNREACHABLE();
    }
}

} // namespace punchclock
