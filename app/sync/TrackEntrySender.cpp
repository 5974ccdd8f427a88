// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/TrackEntrySender.h"

#include "app/api/TrackApi.h"
#include "app/sync/Outbox.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace punchclock {

Q_LOGGING_CATEGORY(lcSync, "punchclock.sync", QtInfoMsg)

namespace {

OutboxOutcome entryOutcome(const ApiResult<TimeEntry> &result)
{
    OutboxOutcome outcome;
    outcome.error = result.error;
    if (result.value) {
        outcome.entry = *result.value;
        outcome.createdId = result.value->id;
    }
    return outcome;
}

} // namespace

void TrackEntrySender::send(const OutboxOp &stored, bool mayExist, QObject *context, Done done)
{
    OutboxOp op = stored;
    if (op.entry.workspaceId == 0)
        op.entry.workspaceId = m_defaultWorkspaceId;
    if (op.entry.workspaceId == 0) { // not signed in yet since it was queued: wait for a workspace
        const ApiError error =
            ApiError::make(ApiError::Kind::Network,
                           QCoreApplication::translate("punchclock::SyncEngine", "No workspace known yet"));
        QTimer::singleShot(0, context, [done, error] { done(OutboxOutcome::failure(error)); });
        return;
    }
    if (op.kind == OutboxOp::Kind::Create && mayExist) {
        reconcile(op, context, std::move(done));
        return;
    }
    auto onEntry = [done](ApiResult<TimeEntry> result) { done(entryOutcome(result)); };
    switch (op.kind) {
    case OutboxOp::Kind::Create:
        post(op, context, std::move(done));
        return;
    case OutboxOp::Kind::Update:
        m_api->updateTimeEntry(op.entry, context, onEntry);
        return;
    case OutboxOp::Kind::Stop: {
        TimeEntry entry = op.entry;
        if (!entry.stop)
            entry.stop = op.createdAt;
        entry.duration = std::max<qint64>(0, entry.start.secsTo(*entry.stop));
        m_api->updateTimeEntry(entry, context, onEntry);
        return;
    }
    case OutboxOp::Kind::Delete:
        m_api->deleteTimeEntry(op.entry.workspaceId, op.entryId, context,
                               [done](ApiResult<NoContent> r) { done(OutboxOutcome::ofDelete(r)); });
        return;
    default:
        Q_UNREACHABLE();
    }
}

void TrackEntrySender::post(const OutboxOp &op, QObject *context, Done done)
{
    TimeEntry entry = op.entry;
    entry.id = 0;
    m_api->createTimeEntry(entry, context,
                           [done](ApiResult<TimeEntry> result) { done(entryOutcome(result)); });
}

// An earlier send of this create may have reached the server: find it there before resending.
// If it is there more than once (twins of this one create: an HTTP layer's own resend, a proxy
// replaying the request), one is adopted and the others are deleted.
void TrackEntrySender::reconcile(const OutboxOp &op, QObject *context, Done done)
{
    TimeEntryQuery query;
    query.since = op.createdAt.addSecs(-m_reconcileWindowSecs);
    m_api->listTimeEntries(query, context, [this, op, context, done](ApiResult<QList<TimeEntry>> result) {
        if (!result.ok()) {
            done(OutboxOutcome::failure(*result.error));
            return;
        }
        const qint64 start = op.entry.start.toSecsSinceEpoch();
        const QString description = op.entry.description.value_or(QString());
        QList<TimeEntry> found;
        for (const TimeEntry &e : std::as_const(*result.value)) {
            if (e.serverDeletedAt || e.start.toSecsSinceEpoch() != start ||
                e.description.value_or(QString()) != description || e.workspaceId != op.entry.workspaceId)
                continue;
            const std::optional<qint64> owner = m_outbox->localIdOf(e.id);
            if (owner && *owner != op.entryId)
                continue; // another queued create already claimed it
            found.append(e);
        }
        if (found.isEmpty()) {
            post(op, context, done); // it never arrived: send it now
            return;
        }
        const TimeEntry kept = pickTwin(op, found);
        for (const TimeEntry &e : std::as_const(found)) {
            if (e.id != kept.id && isTwin(kept, e))
                deleteTwin(op, kept, e, context);
        }
        done(entryOutcome(ApiResult<TimeEntry>::success(kept)));
    });
}

// The copy to keep: one this create already owns, else one as running (or not) as the local
// entry, else the oldest.
TimeEntry TrackEntrySender::pickTwin(const OutboxOp &op, QList<TimeEntry> found) const
{
    std::sort(found.begin(), found.end(), [](const TimeEntry &a, const TimeEntry &b) { return a.id < b.id; });
    for (const TimeEntry &e : std::as_const(found)) {
        if (m_outbox->localIdOf(e.id) == op.entryId)
            return e;
    }
    for (const TimeEntry &e : std::as_const(found)) {
        if (e.isRunning() == op.entry.isRunning())
            return e;
    }
    return found.first();
}

// A second copy of the same create: made within a minute of the kept one, with its length, or
// zero seconds long (the server stops a running entry when another one starts).
bool TrackEntrySender::isTwin(const TimeEntry &kept, const TimeEntry &other)
{
    if (!kept.at || !other.at || qAbs(kept.at->secsTo(*other.at)) > kTwinWindowSecs)
        return false;
    return other.duration == kept.duration || other.duration == 0;
}

void TrackEntrySender::deleteTwin(const OutboxOp &op, const TimeEntry &kept, const TimeEntry &twin,
                                  QObject *context)
{
    qCInfo(lcSync).nospace() << "change " << op.seq << " was created twice on the server: keeping entry "
                             << kept.id << ", deleting its duplicate " << twin.id;
    m_api->deleteTimeEntry(twin.workspaceId, twin.id, context, [id = twin.id](ApiResult<NoContent> r) {
        if (!r.ok() && r.error->kind != ApiError::Kind::NotFound)
            qCWarning(lcSync).nospace()
                << "could not delete the duplicate entry " << id << ": " << r.error->toString();
    });
}

} // namespace punchclock
