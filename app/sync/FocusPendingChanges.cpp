// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/FocusPendingChanges.h"

#include "app/sync/FocusBulkSender.h"
#include "app/sync/FocusEntrySender.h"

namespace punchclock {

namespace {

void applyPatch(FocusTimeEntry &e, const FocusEntryPatch &p)
{
    if (p.start)
        e.start = *p.start;
    if (p.duration)
        e.duration = *p.duration;
    if (p.taskId)
        e.taskId = *p.taskId;
    if (p.timeBlockId)
        e.timeBlockId = *p.timeBlockId;
    if (p.type)
        e.type = *p.type;
    if (p.description)
        e.description = *p.description;
}

} // namespace

FocusPendingChanges::FocusPendingChanges(QList<OutboxOp> pending) : m_ops(std::move(pending))
{
    m_ops.removeIf([](const OutboxOp &op) { return op.kind == OutboxOp::Kind::FocusCreate; });
}

void FocusPendingChanges::apply(FocusTimeEntry &e, const OutboxOp &op)
{
    using Kind = OutboxOp::Kind;
    switch (op.kind) {
    case Kind::FocusPatch:
        if (op.entryId == e.id)
            applyPatch(e, FocusEntrySender::patchOf(op));
        return;
    case Kind::FocusArchive:
        if (op.entryId == e.id)
            e.archivedAt = op.createdAt;
        return;
    case Kind::FocusUnarchive:
        if (op.entryId == e.id)
            e.archivedAt.reset();
        return;
    case Kind::FocusRestore:
        if (op.entryId == e.id)
            e.deletedAt.reset();
        return;
    case Kind::FocusDelete:
        if (op.entryId == e.id)
            e.deletedAt = op.createdAt;
        return;
    case Kind::FocusBulkPatch:
        for (const FocusEntryPatch &p : FocusBulkSender::patchesOf(op)) {
            if (p.id == e.id)
                applyPatch(e, p);
        }
        return;
    case Kind::FocusBulkDelete:
        if (FocusBulkSender::idsOf(op).contains(e.id))
            e.deletedAt = op.createdAt;
        return;
    case Kind::FocusBulkRestore:
        if (FocusBulkSender::idsOf(op).contains(e.id))
            e.deletedAt.reset();
        return;
    default:
        return;
    }
}

void FocusPendingChanges::applyTo(FocusTimeEntry &entry) const
{
    for (const OutboxOp &op : m_ops)
        apply(entry, op);
}

void FocusPendingChanges::applyTo(QList<FocusTimeEntry> &entries) const
{
    if (m_ops.isEmpty())
        return;
    for (FocusTimeEntry &e : entries)
        applyTo(e);
}

} // namespace punchclock
