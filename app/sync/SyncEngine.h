// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"
#include "app/sync/OutboxOp.h"
#include "app/sync/OutboxOutcome.h"

#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace punchclock {

class Outbox;
class OutboxSender;
class TrackApi;
class TrackEntrySender;

// Sends one product's outbox to the server, one change at a time, oldest first; what a change
// becomes on the wire is up to the OutboxSender registered for its kind.
//  - Confirmed: the change leaves the outbox (a create also maps its local ID to the server's).
//  - Transient (no answer, timeout, 5xx, 429, quota, an unreadable 2xx body, auth): the change
//    stays, and the queue waits with exponential backoff (Retry-After / quota reset honoured).
//  - Permanent (400, 404, 409, 402 premium): the change is dropped; a dropped create takes its
//    entry's later changes with it. Nothing loops forever.
// A create whose earlier send may have reached the server (attempts > 0: an answer lost to a
// reset, a timeout, a truncated body or a crash) is sent with `mayExist`, so its sender looks it
// up first and a resend never makes a duplicate.
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

    // Track: single-entry changes and bulk edits.
    SyncEngine(TrackApi *api, Outbox *outbox, QObject *parent = nullptr);
    // Any product: register its senders with addSender().
    explicit SyncEngine(Outbox *outbox, QObject *parent = nullptr);
    ~SyncEngine() override;

    void addSender(OutboxOp::Kind kind, std::shared_ptr<OutboxSender> sender);
    void setTiming(const Timing &timing);
    Timing timing() const { return m_timing; }
    // Used for entries queued before any workspace was known (offline start-up).
    void setDefaultWorkspaceId(qint64 id);
    Outbox *outbox() const { return m_outbox; }
    bool isOnline() const { return m_online; }
    bool isSending() const { return m_inFlight; }
    qint64 inFlightSeq() const { return m_inFlight ? m_inFlightSeq : 0; }
    int pendingCount() const;
    // While paused nothing is sent (before sign-in, or while the outbox belongs to another account).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

public slots:
    void kick();     // send soon, unless waiting out a backoff
    void retryNow(); // forget the backoff and send now

signals:
    // Track single-entry changes. `answer` is the server's entry (an empty entry for a delete).
    void confirmed(const punchclock::OutboxOp &op, const punchclock::TimeEntry &answer);
    void remapped(qint64 localId, const punchclock::TimeEntry &answer);
    void dropped(const punchclock::OutboxOp &op, const punchclock::ApiError &error);
    // Every kind: the change left the outbox, confirmed (no outcome.error) or dropped as refused.
    void sent(const punchclock::OutboxOp &op, const punchclock::OutboxOutcome &outcome);
    // Every kind: a send failed for now; the change stays queued and is tried again later.
    void deferred(const punchclock::OutboxOp &op, const punchclock::ApiError &error);
    void onlineChanged(bool online);

private:
    void sendNext();
    void handle(const OutboxOp &op, const OutboxOutcome &outcome);
    void drop(const OutboxOp &op, const ApiError &error);
    void retryLater(const OutboxOp &op, const ApiError &error);
    static bool isPermanent(const ApiError &error);
    void setOnline(bool online);

    Outbox *m_outbox;
    QTimer *m_retry;
    Timing m_timing;
    QHash<int, std::shared_ptr<OutboxSender>> m_senders; // by OutboxOp::Kind
    std::shared_ptr<TrackEntrySender> m_trackEntries;    // Track only: workspace and window settings
    int m_failures = 0;
    qint64 m_inFlightSeq = 0;
    bool m_inFlight = false;
    bool m_kickQueued = false;
    bool m_online = true;
    bool m_paused = false;
};

} // namespace punchclock
