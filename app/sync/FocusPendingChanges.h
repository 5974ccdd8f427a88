// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/focus/FocusTimeEntry.h"
#include "app/sync/OutboxOp.h"

#include <QList>

namespace punchclock {

// Focus changes still in the outbox, laid over entries read from the server: until a change is
// sent, the local copy wins (the same rule as Track's), so a reload never undoes what the user did.
class FocusPendingChanges
{
public:
    explicit FocusPendingChanges(QList<OutboxOp> pending);

    void applyTo(FocusTimeEntry &entry) const;
    void applyTo(QList<FocusTimeEntry> &entries) const;
    // One change applied to one entry (as the server will once it gets it).
    static void apply(FocusTimeEntry &entry, const OutboxOp &op);

private:
    QList<OutboxOp> m_ops;
};

} // namespace punchclock
