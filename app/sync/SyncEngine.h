#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "sync/OutboxOp.h"

#include <QObject>

class QTimer;

namespace punchclock {

class Outbox;
class TrackApi;

// Sends the outbox to the server, one change at a time, oldest first.
//  - Confirmed: the change leaves the outbox (a create also maps its local ID to the server's).
//  - Transient (no answer, timeout, 5xx, 429, quota, an unreadable 2xx body, auth): the change
//    stays, and the queue waits with exponential backoff (Retry-After / quota reset honoured).
//  - Permanent (400, 404, 409, 402 premium): the change is dropped with dropped(); a dropped
//    create takes its entry's later changes with it. Nothing loops forever.
// A create whose earlier send may have reached the server (attempts > 0: an answer lost to a
// reset, a timeout, a truncated body or a crash) is first looked up on the server (GET with
// `since`, same start second and description) so a resend never makes a duplicate.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int baseDelayMs = 2000;
        int maxDelayMs = 5 * 60 * 1000;
        int reconcileWindowSecs = 15 * 60; // how far before the change was queued to look
    };

    SyncEngine(TrackApi *api, Outbox *outbox, QObject *parent = nullptr);

    void setTiming(const Timing &timing) { m_timing = timing; }
    Timing timing() const { return m_timing; }
    // Used for entries queued before any workspace was known (offline start-up).
    void setDefaultWorkspaceId(qint64 id) { m_defaultWorkspaceId = id; }
    Outbox *outbox() const { return m_outbox; }
    bool isOnline() const { return m_online; }
    bool isSending() const { return m_inFlight; }
    int pendingCount() const;
    // While paused nothing is sent (before sign-in, or while the outbox belongs to another account).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

public slots:
    void kick();     // send soon, unless waiting out a backoff
    void retryNow(); // forget the backoff and send now

signals:
    // `answer` is the server's entry (an empty entry for a delete).
    void confirmed(const punchclock::OutboxOp &op, const punchclock::TimeEntry &answer);
    void remapped(qint64 localId, const punchclock::TimeEntry &answer);
    void dropped(const punchclock::OutboxOp &op, const punchclock::ApiError &error);
    void onlineChanged(bool online);
    void drained(); // the outbox is empty

private:
    void sendNext();
    void send(const OutboxOp &op);
    void reconcileCreate(const OutboxOp &op);
    void finishCreate(const OutboxOp &op, const TimeEntry &answer);
    void handle(const OutboxOp &op, const std::optional<ApiError> &error, const TimeEntry &answer);
    void retryLater(const OutboxOp &op, const ApiError &error);
    static bool isPermanent(const ApiError &error);
    void setOnline(bool online);

    TrackApi *m_api;
    Outbox *m_outbox;
    QTimer *m_retry;
    Timing m_timing;
    qint64 m_defaultWorkspaceId = 0;
    int m_failures = 0;
    bool m_inFlight = false;
    bool m_kickQueued = false;
    bool m_online = true;
    bool m_paused = false;
};

} // namespace punchclock
