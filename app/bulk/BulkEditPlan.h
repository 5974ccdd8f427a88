// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/BulkEditChoices.h"
#include "app/track/JsonPatchOp.h"
#include "app/track/TimeEntry.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace punchclock {

// One bulk PATCH target: the same operations for every ID (split into requests of at most 100).
struct BulkEditStep
{
    qint64 workspaceId = 0;
    QList<qint64> ids;
    QList<JsonPatchOp> ops;

    friend bool operator==(const BulkEditStep &, const BulkEditStep &) = default;
};

// Turns the dialog's choices into Track bulk PATCH requests, and a finished edit into its undo.
//
// Every entry gets its own list of operations; entries whose lists are identical (and that share a
// workspace) become one step. A plain edit (description, project, tags, billable, task) gives every
// entry the same list, so 250 entries are one step sent as 3 requests. A time shift gives each
// entry its own start/stop, so those entries group only when their new times coincide and in
// practice go one PATCH per entry. We still use the bulk PATCH rather than a PUT per entry: the
// PATCH touches only start/stop (a PUT resends every field and could undo a concurrent edit
// elsewhere), and its answer keeps the same per-ID success/failure report as the other steps.
// The undo is built the same way: each entry's previous values, grouped by identical values.
class BulkEditPlan
{
public:
    BulkEditPlan() = default;

    static BulkEditPlan forChoices(const QList<TimeEntry> &entries, const BulkEditChoices &choices);
    // Restores every field `choices` changed, on the entries of `previous` listed in `changedIds`.
    // Tags are restored as the full previous list (add/remove cannot be inverted per entry).
    static BulkEditPlan undoOf(const QList<TimeEntry> &previous, const BulkEditChoices &choices,
                               const QList<qint64> &changedIds);

    // The operations one entry needs (empty: nothing to change).
    static QList<JsonPatchOp> opsFor(const TimeEntry &entry, const BulkEditChoices &choices);
    static QList<JsonPatchOp> undoOpsFor(const TimeEntry &previous, const BulkEditChoices &choices);

    const QList<BulkEditStep> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    int entryCount() const;
    int requestCount() const; // PATCH requests, at most 100 IDs each
    QList<qint64> ids() const;

    void add(qint64 workspaceId, qint64 id, const QList<JsonPatchOp> &ops); // groups as it goes

private:
    QList<BulkEditStep> m_steps;
    QHash<QByteArray, int> m_stepByKey;
};

} // namespace punchclock
