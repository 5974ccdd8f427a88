// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/SyncEngine.h"

#include "app/sync/Outbox.h"
#include "app/sync/TrackBulkSender.h"
#include "app/sync/TrackEntrySender.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace punchclock {

SyncEngine::SyncEngine(TrackApi *api, Outbox *outbox, QObject *parent) : SyncEngine(outbox, parent)
{
    m_trackEntries = std::make_shared<TrackEntrySender>(api, outbox);
    m_trackEntries->setReconcileWindowSecs(m_timing.reconcileWindowSecs);
    for (OutboxOp::Kind kind :
         {OutboxOp::Kind::Create, OutboxOp::Kind::Update, OutboxOp::Kind::Stop, OutboxOp::Kind::Delete})
        addSender(kind, m_trackEntries);
    auto bulk = std::make_shared<TrackBulkSender>(api);
    addSender(OutboxOp::Kind::TrackBulkPatch, bulk);
    addSender(OutboxOp::Kind::TrackBulkDelete, bulk);
}

SyncEngine::SyncEngine(Outbox *outbox, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncEngine::sendNext);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::addSender(OutboxOp::Kind kind, std::shared_ptr<OutboxSender> sender)
{
    m_senders.insert(static_cast<int>(kind), std::move(sender));
}

void SyncEngine::setTiming(const Timing &timing)
{
    m_timing = timing;
    if (m_trackEntries)
        m_trackEntries->setReconcileWindowSecs(timing.reconcileWindowSecs);
}

void SyncEngine::setDefaultWorkspaceId(qint64 id)
{
    if (m_trackEntries)
        m_trackEntries->setDefaultWorkspaceId(id);
}

int SyncEngine::pendingCount() const
{
    return m_outbox->count();
}

void SyncEngine::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        kick();
}

void SyncEngine::kick()
{
    if (m_paused || m_inFlight || m_kickQueued || m_retry->isActive())
        return;
    m_kickQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_kickQueued = false;
        sendNext();
    });
}

void SyncEngine::retryNow()
{
    m_retry->stop();
    m_failures = 0;
    kick();
}

void SyncEngine::sendNext()
{
    if (m_inFlight || m_paused)
        return;
    const std::optional<OutboxOp> head = m_outbox->head();
    if (!head)
        return;
    const OutboxOp op = *head;
    const std::shared_ptr<OutboxSender> sender = m_senders.value(static_cast<int>(op.kind));
    if (!sender) { // written by a newer Punchclock, or its product is not set up here: keep it
        retryLater(op, ApiError::make(ApiError::Kind::Network, tr("No way to send this change yet")));
        return;
    }
    if (!OutboxOp::isCreate(op.kind) && op.entryId < 0) {
        // Its create was dropped (or never queued): nothing on the server to change.
        m_outbox->dropEntry(op.entryId);
        const ApiError error =
            ApiError::make(ApiError::Kind::NotFound, tr("The entry was never created on the server"));
        if (OutboxOp::isTrackEntryKind(op.kind))
            emit dropped(op, error);
        emit sent(op, OutboxOutcome::failure(error));
        kick();
        return;
    }
    m_inFlight = true;
    m_inFlightSeq = op.seq;
    const bool mayExist = op.attempts > 0;
    m_outbox->markAttempt(op.seq); // committed before the request leaves: a crash now is seen later
    sender->send(op, mayExist, this, [this, op](OutboxOutcome outcome) { handle(op, outcome); });
}

void SyncEngine::handle(const OutboxOp &op, const OutboxOutcome &outcome)
{
    m_inFlight = false;
    if (outcome.error) {
        if (isPermanent(*outcome.error))
            drop(op, *outcome.error);
        else
            retryLater(op, *outcome.error);
        return;
    }
    m_failures = 0;
    setOnline(true);
    const bool trackEntry = OutboxOp::isTrackEntryKind(op.kind);
    if (OutboxOp::isCreate(op.kind)) {
        m_outbox->confirmCreate(op.seq, op.entryId, outcome.createdId);
        if (trackEntry)
            emit remapped(op.entryId, outcome.entry);
    } else {
        m_outbox->confirm(op.seq);
    }
    if (trackEntry)
        emit confirmed(op, outcome.entry);
    emit sent(op, outcome);
    kick();
}

void SyncEngine::drop(const OutboxOp &op, const ApiError &error)
{
    m_failures = 0;
    setOnline(true);
    if (OutboxOp::isCreate(op.kind))
        m_outbox->dropEntry(op.entryId); // its later changes cannot be sent either
    else
        m_outbox->confirm(op.seq);
    if (OutboxOp::isTrackEntryKind(op.kind))
        emit dropped(op, error);
    emit sent(op, OutboxOutcome::failure(error));
    kick();
}

void SyncEngine::retryLater(const OutboxOp &op, const ApiError &error)
{
    m_outbox->setLastError(op.seq, error.toString());
    setOnline(error.kind != ApiError::Kind::Network && error.kind != ApiError::Kind::Timeout);
    ++m_failures;
    const int exponent = std::min(m_failures - 1, 20);
    qint64 delay = std::min<qint64>(m_timing.maxDelayMs, qint64(m_timing.baseDelayMs) << exponent);
    if (error.retryAt)
        delay = std::max(delay, QDateTime::currentDateTimeUtc().msecsTo(*error.retryAt));
    delay = std::clamp<qint64>(delay, 0, m_timing.maxDelayMs);
    m_retry->start(static_cast<int>(delay));
    emit deferred(op, error);
}

bool SyncEngine::isPermanent(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::PaymentRequired:
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::InsecureUrl:
        return true;
    default:
        return false; // never drop the user's time on a network, server, quota or auth problem
    }
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

} // namespace punchclock
