// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/BulkEditPlan.h"

#include "app/api/TrackApi.h"

#include <QJsonDocument>
#include <QSet>

namespace punchclock {

QList<JsonPatchOp> BulkEditPlan::opsFor(const TimeEntry &entry, const BulkEditChoices &choices)
{
    QList<JsonPatchOp> ops;
    if (choices.description)
        ops.append(JsonPatchOp::replaceDescription(*choices.description));
    if (choices.changeProject)
        ops.append(JsonPatchOp::replaceProject(choices.projectId));
    switch (choices.tagMode) {
    case BulkEditChoices::TagMode::Keep:
        break;
    case BulkEditChoices::TagMode::Add:
        if (!choices.tags.isEmpty())
            ops.append(JsonPatchOp::addTags(choices.tags));
        break;
    case BulkEditChoices::TagMode::Remove:
        if (!choices.tags.isEmpty())
            ops.append(JsonPatchOp::removeTags(choices.tags));
        break;
    case BulkEditChoices::TagMode::Replace:
        ops.append(JsonPatchOp::replaceTags(choices.tags));
        break;
    }
    if (choices.billable)
        ops.append(JsonPatchOp::replaceBillable(*choices.billable));
    if (choices.changeTask)
        ops.append(JsonPatchOp::replaceTask(choices.taskId));
    if (choices.shiftSeconds != 0 && entry.start.isValid()) {
        ops.append(JsonPatchOp::replaceStart(entry.start.addSecs(choices.shiftSeconds)));
        // A running entry has no stop: only its start moves (and it keeps running).
        if (!entry.isRunning() && entry.stop && entry.stop->isValid())
            ops.append(JsonPatchOp::replaceStop(entry.stop->addSecs(choices.shiftSeconds)));
    }
    return ops;
}

QList<JsonPatchOp> BulkEditPlan::undoOpsFor(const TimeEntry &previous, const BulkEditChoices &choices)
{
    QList<JsonPatchOp> ops;
    if (choices.description)
        ops.append(JsonPatchOp::replaceDescription(previous.description.value_or(QString())));
    if (choices.changeProject)
        ops.append(JsonPatchOp::replaceProject(previous.projectId));
    if (choices.tagMode != BulkEditChoices::TagMode::Keep)
        ops.append(JsonPatchOp::replaceTags(previous.tags.value_or(QStringList())));
    if (choices.billable)
        ops.append(JsonPatchOp::replaceBillable(previous.billable));
    if (choices.changeTask)
        ops.append(JsonPatchOp::replaceTask(previous.taskId));
    if (choices.shiftSeconds != 0 && previous.start.isValid()) {
        ops.append(JsonPatchOp::replaceStart(previous.start));
        if (!previous.isRunning() && previous.stop && previous.stop->isValid())
            ops.append(JsonPatchOp::replaceStop(*previous.stop));
    }
    return ops;
}

BulkEditPlan BulkEditPlan::forChoices(const QList<TimeEntry> &entries, const BulkEditChoices &choices)
{
    BulkEditPlan plan;
    for (const TimeEntry &e : entries)
        plan.add(e.workspaceId, e.id, opsFor(e, choices));
    return plan;
}

BulkEditPlan BulkEditPlan::undoOf(const QList<TimeEntry> &previous, const BulkEditChoices &choices,
                                  const QList<qint64> &changedIds)
{
    const QSet<qint64> changed(changedIds.cbegin(), changedIds.cend());
    BulkEditPlan plan;
    for (const TimeEntry &e : previous) {
        if (changed.contains(e.id))
            plan.add(e.workspaceId, e.id, undoOpsFor(e, choices));
    }
    return plan;
}

void BulkEditPlan::add(qint64 workspaceId, qint64 id, const QList<JsonPatchOp> &ops)
{
    if (ops.isEmpty() || id <= 0)
        return;
    const QByteArray key = QByteArray::number(workspaceId) + ' ' +
                           QJsonDocument(JsonPatchOp::toJson(ops)).toJson(QJsonDocument::Compact);
    auto it = m_stepByKey.constFind(key);
    if (it == m_stepByKey.cend()) {
        m_stepByKey.insert(key, static_cast<int>(m_steps.size()));
        m_steps.append(BulkEditStep{workspaceId, {id}, ops});
    } else {
        m_steps[*it].ids.append(id);
    }
}

int BulkEditPlan::entryCount() const
{
    int n = 0;
    for (const BulkEditStep &s : m_steps)
        n += static_cast<int>(s.ids.size());
    return n;
}

int BulkEditPlan::requestCount() const
{
    int n = 0;
    for (const BulkEditStep &s : m_steps)
        n += static_cast<int>((s.ids.size() + TrackApi::kMaxBulkIds - 1) / TrackApi::kMaxBulkIds);
    return n;
}

QList<qint64> BulkEditPlan::ids() const
{
    QList<qint64> all;
    for (const BulkEditStep &s : m_steps)
        all += s.ids;
    return all;
}

} // namespace punchclock
