// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

#include "sandbox/FocusData.h"
#include "sandbox/SortOrder.h"

namespace sandbox {

class FocusStore;

// The filters and order of a Focus time-entry list (unset filters let everything through).
class FocusEntryQuery
{
public:
    static const QStringList orderKeys; // what order_by may name

    std::optional<QDateTime> from, to;
    std::optional<qint64> taskId, statusId, timeBlockId;
    std::optional<QList<qint64>> timeBlockIds; // any of these (entries without a block never match)
    std::optional<QString> type;
    std::optional<bool> archived;
    bool includeTaskless = true;
    SortOrder order;

    bool matches(const FocusStore &store, const FocusEntryRecord &e) const;
    // The workspace's matching entries that are not deleted, in order.
    QList<const FocusEntryRecord *> run(const FocusStore &store, qint64 workspaceId) const;
};

} // namespace sandbox
