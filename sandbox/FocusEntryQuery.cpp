// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FocusEntryQuery.h"

#include "sandbox/FocusStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

const QStringList FocusEntryQuery::orderKeys{u"start"_s, u"task_id"_s, u"created_at"_s, u"updated_at"_s};

bool FocusEntryQuery::matches(const FocusStore &store, const FocusEntryRecord &e) const
{
    if (from && e.start < *from)
        return false;
    if (to && !(e.start < *to))
        return false;
    if (taskId && e.taskId != *taskId)
        return false;
    if (!includeTaskless && !e.taskId)
        return false;
    if (statusId) {
        const FocusTaskRecord *t = e.taskId ? store.task(e.taskId) : nullptr;
        if (!t || t->statusId != *statusId)
            return false;
    }
    if (timeBlockId && e.timeBlockId != *timeBlockId)
        return false;
    if (timeBlockIds && !(e.timeBlockId && timeBlockIds->contains(e.timeBlockId)))
        return false;
    if (type && e.type != *type)
        return false;
    if (archived && e.archived() != *archived)
        return false;
    return true;
}

QList<const FocusEntryRecord *> FocusEntryQuery::run(const FocusStore &store, qint64 workspaceId) const
{
    QList<const FocusEntryRecord *> picked;
    for (const auto &e : store.entries()) {
        if (e.workspaceId == workspaceId && !e.deleted() && matches(store, e))
            picked.append(&e);
    }
    const auto keyCompare = [](const QString &key, const FocusEntryRecord *a, const FocusEntryRecord *b) {
        if (key == u"start"_s)
            return SortOrder::compare(a->start, b->start);
        if (key == u"task_id"_s)
            return SortOrder::compare(a->taskId, b->taskId);
        if (key == u"created_at"_s)
            return SortOrder::compare(a->createdAt, b->createdAt);
        return SortOrder::compare(a->updatedAt, b->updatedAt);
    };
    order.sort(picked, keyCompare, order.keys.isEmpty() || order.keys.last().second);
    return picked;
}

} // namespace sandbox
