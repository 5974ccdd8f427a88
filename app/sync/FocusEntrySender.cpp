// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/FocusEntrySender.h"

#include "app/api/FocusApi.h"
#include "app/focus/FocusJson.h"
#include "app/sync/Outbox.h"
#include "app/track/TrackTime.h"

#include <QCoreApplication>
#include <QTimer>

namespace punchclock {

namespace {
const QLatin1String kTask("task_id");
const QLatin1String kEntry("entry");
const QLatin1String kPatch("patch");
const QLatin1String kOrigin("origin");

OutboxOutcome noContentOutcome(const ApiResult<NoContent> &r)
{
    OutboxOutcome outcome;
    outcome.error = r.error;
    return outcome;
}
} // namespace

QJsonObject FocusEntrySender::createPayload(const FocusTimeEntry &entry, const QString &origin)
{
    QJsonObject o{{kTask, entry.taskId.value_or(0)}, {kEntry, FocusJson::entryToJson(entry)}};
    if (!origin.isEmpty())
        o.insert(kOrigin, origin);
    return o;
}

QJsonObject FocusEntrySender::patchPayload(qint64 taskId, const FocusEntryPatch &patch)
{
    return {{kTask, taskId}, {kPatch, patch.toJson(false)}};
}

QJsonObject FocusEntrySender::actionPayload(qint64 taskId)
{
    return {{kTask, taskId}};
}

FocusTimeEntry FocusEntrySender::entryOf(const OutboxOp &op)
{
    FocusTimeEntry e = FocusJson::entryFromJson(op.payload.value(kEntry).toObject());
    if (!e.taskId && taskIdOf(op) > 0)
        e.taskId = taskIdOf(op);
    return e;
}

FocusEntryPatch FocusEntrySender::patchOf(const OutboxOp &op)
{
    const QJsonObject o = op.payload.value(kPatch).toObject();
    FocusEntryPatch p;
    if (o.contains(QLatin1String("start")))
        p.start = TrackTime::parse(o.value(QLatin1String("start")).toString()).value_or(QDateTime());
    if (o.contains(QLatin1String("duration")))
        p.duration = o.value(QLatin1String("duration")).toInteger();
    if (o.contains(QLatin1String("task_id")))
        p.taskId = o.value(QLatin1String("task_id")).toInteger();
    if (o.contains(QLatin1String("time_block_id")))
        p.timeBlockId = o.value(QLatin1String("time_block_id")).toInteger();
    if (o.contains(QLatin1String("type")))
        p.type = o.value(QLatin1String("type")).toString();
    if (o.contains(QLatin1String("description")))
        p.description = o.value(QLatin1String("description")).toString();
    return p;
}

qint64 FocusEntrySender::taskIdOf(const OutboxOp &op)
{
    return op.payload.value(kTask).toInteger();
}

void FocusEntrySender::send(const OutboxOp &op, bool mayExist, QObject *context, Done done)
{
    if (!m_api || m_api->workspaceId() <= 0 || !m_api->hasApiKey()) { // Focus not connected yet
        const ApiError error = ApiError::make(
            ApiError::Kind::Network,
            QCoreApplication::translate("punchclock::SyncEngine", "Not connected to Toggl Focus yet"));
        QTimer::singleShot(0, context, [done, error] { done(OutboxOutcome::failure(error)); });
        return;
    }
    const qint64 taskId = taskIdOf(op);
    const auto reply = [done](ApiResult<NoContent> r) { done(noContentOutcome(r)); };
    switch (op.kind) {
    case OutboxOp::Kind::FocusCreate:
        if (mayExist)
            reconcile(op, context, std::move(done));
        else
            post(op, context, std::move(done));
        return;
    case OutboxOp::Kind::FocusPatch:
        m_api->patchTimeEntry(taskId, op.entryId, patchOf(op), context, reply);
        return;
    case OutboxOp::Kind::FocusArchive:
        m_api->archiveTimeEntry(taskId, op.entryId, context, reply);
        return;
    case OutboxOp::Kind::FocusUnarchive:
        m_api->unarchiveTimeEntry(taskId, op.entryId, context, reply);
        return;
    case OutboxOp::Kind::FocusRestore:
        m_api->restoreTimeEntry(taskId, op.entryId, context, reply);
        return;
    case OutboxOp::Kind::FocusDelete:
        m_api->deleteTimeEntry(taskId, op.entryId, context,
                               [done](ApiResult<NoContent> r) { done(OutboxOutcome::ofDelete(r)); });
        return;
    default:
        Q_UNREACHABLE();
    }
}

void FocusEntrySender::post(const OutboxOp &op, QObject *context, Done done)
{
    FocusTimeEntry entry = entryOf(op);
    entry.id = 0;
    m_api->createTimeEntry(taskIdOf(op), entry, context,
                           [done, taskId = taskIdOf(op)](ApiResult<FocusTimeEntry> r) {
                               OutboxOutcome outcome;
                               outcome.error = r.error;
                               if (r.value) {
                                   outcome.focusEntry = *r.value;
                                   if (!outcome.focusEntry.taskId)
                                       outcome.focusEntry.taskId = taskId;
                                   outcome.createdId = r.value->id;
                               }
                               done(outcome);
                           });
}

// An earlier POST may have reached the server: find the entry among its task's before resending.
void FocusEntrySender::reconcile(const OutboxOp &op, QObject *context, Done done)
{
    const FocusTimeEntry wanted = entryOf(op);
    FocusEntryQuery query;
    m_api->listTaskTimeEntries(
        taskIdOf(op), query, context,
        [this, op, wanted, context, done, account = m_outbox->account()](ApiResult<QList<FocusTimeEntry>> r) {
            if (!r.ok()) {
                done(OutboxOutcome::failure(*r.error));
                return;
            }
            for (const FocusTimeEntry &e : std::as_const(*r.value)) {
                if (e.isDeleted() || e.start.toSecsSinceEpoch() != wanted.start.toSecsSinceEpoch() ||
                    e.duration != wanted.duration || e.type != wanted.type)
                    continue;
                const std::optional<qint64> owner = m_outbox->localIdOf(e.id);
                if (owner && *owner != op.entryId)
                    continue; // another queued create already claimed it
                OutboxOutcome outcome;
                outcome.focusEntry = e;
                if (!outcome.focusEntry.taskId)
                    outcome.focusEntry.taskId = taskIdOf(op);
                outcome.createdId = e.id;
                done(outcome);
                return;
            }
            if (m_outbox->account() != account) { // the API now speaks for another account
                done(OutboxOutcome::failure(
                    ApiError::make(ApiError::Kind::Network,
                                   QCoreApplication::translate("punchclock::SyncEngine",
                                                               "Not connected to Toggl Focus yet"))));
                return;
            }
            post(op, context, done); // it never arrived: send it now
        });
}

} // namespace punchclock
