#include "sync/SyncEngine.h"

#include "api/TrackApi.h"
#include "sync/Outbox.h"

#include <QTimer>

#include <algorithm>

namespace punchclock {

SyncEngine::SyncEngine(TrackApi *api, Outbox *outbox, QObject *parent)
    : QObject(parent), m_api(api), m_outbox(outbox), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncEngine::sendNext);
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
    if (!head) {
        emit drained();
        return;
    }
    OutboxOp op = *head;
    if (op.entry.workspaceId == 0)
        op.entry.workspaceId = m_defaultWorkspaceId;
    if (op.entry.workspaceId == 0) { // not signed in yet since it was queued: wait for a workspace
        retryLater(op, ApiError::make(ApiError::Kind::Network, tr("No workspace known yet")));
        return;
    }
    if (op.kind != OutboxOp::Kind::Create && op.entryId < 0) {
        // Its create was dropped (or never queued): nothing on the server to change.
        m_outbox->dropEntry(op.entryId);
        emit dropped(op, ApiError::make(ApiError::Kind::NotFound, tr("The entry was never created on the server")));
        kick();
        return;
    }
    m_inFlight = true;
    const bool mayExist = op.kind == OutboxOp::Kind::Create && op.attempts > 0;
    m_outbox->markAttempt(op.seq); // committed before the request leaves: a crash now is seen later
    if (mayExist)
        reconcileCreate(op);
    else
        send(op);
}

void SyncEngine::send(const OutboxOp &op)
{
    auto onEntry = [this, op](ApiResult<TimeEntry> result) {
        handle(op, result.error, result.value.value_or(TimeEntry{}));
    };
    switch (op.kind) {
    case OutboxOp::Kind::Create: {
        TimeEntry entry = op.entry;
        entry.id = 0;
        m_api->createTimeEntry(entry, this, onEntry);
        return;
    }
    case OutboxOp::Kind::Update:
        m_api->updateTimeEntry(op.entry, this, onEntry);
        return;
    case OutboxOp::Kind::Stop: {
        TimeEntry entry = op.entry;
        if (!entry.stop)
            entry.stop = op.createdAt;
        entry.duration = std::max<qint64>(0, entry.start.secsTo(*entry.stop));
        m_api->updateTimeEntry(entry, this, onEntry);
        return;
    }
    case OutboxOp::Kind::Delete:
        m_api->deleteTimeEntry(op.entry.workspaceId, op.entryId, this, [this, op](ApiResult<NoContent> result) {
            std::optional<ApiError> error = result.error;
            if (error && error->kind == ApiError::Kind::NotFound)
                error.reset(); // gone either way
            handle(op, error, TimeEntry{});
        });
        return;
    }
}

// An earlier send of this create may have reached the server: find it there before resending.
void SyncEngine::reconcileCreate(const OutboxOp &op)
{
    TimeEntryQuery query;
    query.since = op.createdAt.addSecs(-m_timing.reconcileWindowSecs);
    m_api->listTimeEntries(query, this, [this, op](ApiResult<QList<TimeEntry>> result) {
        if (!result.ok()) {
            m_inFlight = false;
            retryLater(op, *result.error);
            return;
        }
        const qint64 start = op.entry.start.toSecsSinceEpoch();
        const QString description = op.entry.description.value_or(QString());
        for (const TimeEntry &e : std::as_const(*result.value)) {
            if (e.serverDeletedAt || e.start.toSecsSinceEpoch() != start
                || e.description.value_or(QString()) != description || e.workspaceId != op.entry.workspaceId)
                continue;
            const std::optional<qint64> owner = m_outbox->localIdOf(e.id);
            if (owner && *owner != op.entryId)
                continue; // another queued create already claimed it
            handle(op, std::nullopt, e);
            return;
        }
        send(op); // it never arrived: send it now
    });
}

void SyncEngine::handle(const OutboxOp &op, const std::optional<ApiError> &error, const TimeEntry &answer)
{
    m_inFlight = false;
    if (error) {
        if (isPermanent(*error)) {
            m_failures = 0;
            setOnline(true);
            if (op.kind == OutboxOp::Kind::Create)
                m_outbox->dropEntry(op.entryId); // its later changes cannot be sent either
            else
                m_outbox->confirm(op.seq);
            emit dropped(op, *error);
            kick();
            return;
        }
        retryLater(op, *error);
        return;
    }
    m_failures = 0;
    setOnline(true);
    if (op.kind == OutboxOp::Kind::Create) {
        m_outbox->confirmCreate(op.seq, op.entryId, answer.id);
        emit remapped(op.entryId, answer);
    } else {
        m_outbox->confirm(op.seq);
    }
    emit confirmed(op, answer);
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
