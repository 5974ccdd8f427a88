// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/FocusApi.h"
#include "app/focus/FocusEntryPatch.h"
#include "app/focus/FocusTimeEntry.h"
#include "app/sync/OutboxSender.h"

#include <QPointer>

namespace punchclock {

class Outbox;

// Focus single-entry changes: FocusCreate (POST, e.g. a stopped task timer), FocusPatch, archive,
// unarchive, restore and delete (a 404 counts as done). A create that may already exist is first
// looked up among its task's entries (same start second, duration and type, not claimed by another
// queued create), so a resend never makes a duplicate.
class FocusEntrySender : public OutboxSender
{
public:
    FocusEntrySender(FocusApi *api, Outbox *outbox) : m_api(api), m_outbox(outbox) {}

    static QJsonObject createPayload(const FocusTimeEntry &entry, const QString &origin = {});
    static QJsonObject patchPayload(qint64 taskId, const FocusEntryPatch &patch);
    static QJsonObject actionPayload(qint64 taskId);
    static FocusTimeEntry entryOf(const OutboxOp &op); // a FocusCreate's entry
    static FocusEntryPatch patchOf(const OutboxOp &op);
    static qint64 taskIdOf(const OutboxOp &op);

    void send(const OutboxOp &op, bool mayExist, QObject *context, Done done) override;

private:
    void post(const OutboxOp &op, QObject *context, Done done);
    void reconcile(const OutboxOp &op, QObject *context, Done done);

    QPointer<FocusApi> m_api;
    Outbox *m_outbox;
};

} // namespace punchclock
