// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/FocusApi.h"
#include "app/focus/FocusEntryPatch.h"
#include "app/sync/OutboxSender.h"

#include <QList>
#include <QPointer>

namespace punchclock {

// Focus bulk changes, one request each (≤100 entries): FocusBulkPatch (PATCH .../bulk with a
// per-entry body), FocusBulkDelete and FocusBulkRestore (?ids=). Focus answers a request as a
// whole, so a success lists all its IDs in outcome.bulk; a refusal is an outcome error.
class FocusBulkSender : public OutboxSender
{
public:
    explicit FocusBulkSender(FocusApi *api) : m_api(api) {}

    static QJsonObject patchPayload(const QList<FocusEntryPatch> &patches);
    static QJsonObject idsPayload(const QList<qint64> &ids);
    static QList<qint64> idsOf(const OutboxOp &op);
    static QList<FocusEntryPatch> patchesOf(const OutboxOp &op);

    void send(const OutboxOp &op, bool mayExist, QObject *context, Done done) override;

private:
    QPointer<FocusApi> m_api;
};

} // namespace punchclock
