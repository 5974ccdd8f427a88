// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/OutboxSender.h"

#include <QList>

namespace punchclock {

class Outbox;
class TrackApi;

// Track single-entry changes: Create (POST), Update and Stop (PUT), Delete (DELETE, 404 = done).
// A create that may already exist is first looked up (GET with `since`, same start second,
// description and workspace, not claimed by another queued create) so a resend never duplicates;
// twins of it found there (one create stored twice) are deleted but one.
class TrackEntrySender : public OutboxSender
{
public:
    TrackEntrySender(TrackApi *api, Outbox *outbox) : m_api(api), m_outbox(outbox) {}

    void setDefaultWorkspaceId(qint64 id) { m_defaultWorkspaceId = id; }
    void setReconcileWindowSecs(int secs) { m_reconcileWindowSecs = secs; }

    void send(const OutboxOp &op, bool mayExist, QObject *context, Done done) override;

private:
    void post(const OutboxOp &op, QObject *context, Done done);
    void reconcile(const OutboxOp &op, QObject *context, Done done);
    TimeEntry pickTwin(const OutboxOp &op, QList<TimeEntry> found) const;
    static bool isTwin(const TimeEntry &kept, const TimeEntry &other);
    void deleteTwin(const OutboxOp &op, const TimeEntry &kept, const TimeEntry &twin, QObject *context);

    static constexpr int kTwinWindowSecs = 60;

    TrackApi *m_api;
    Outbox *m_outbox;
    qint64 m_defaultWorkspaceId = 0;
    int m_reconcileWindowSecs = 15 * 60;
};

} // namespace punchclock
