// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimeEntryModel.h"

#include <QAbstractItemModel>

// The cell of entry `id` in `column` of the first (newest) day of an entries view's model (the
// DayGroupModel over the session's entries); invalid when that day does not list it.
inline QModelIndex entryInFirstDay(const QAbstractItemModel *model, qint64 id, int column = 0)
{
    const QModelIndex day = model->index(0, 0);
    for (int r = 0; r < model->rowCount(day); ++r) {
        const QModelIndex i = model->index(r, column, day);
        if (i.data(punchclock::TimeEntryModel::EntryIdRole).toLongLong() == id)
            return i;
    }
    return {};
}
