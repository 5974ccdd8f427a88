// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/EntryFilterModel.h"

#include "app/models/DayGroupModel.h"
#include "app/models/TimeEntryModel.h"

#include <QDateTime>

#include <algorithm>

namespace punchclock {

EntryFilterModel::EntryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a day stays while one of its entries matches
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void EntryFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

QVariant EntryFilterModel::data(const QModelIndex &index, int role) const
{
    const bool total = role == DayGroupModel::DayTotalRole ||
                       (role == Qt::DisplayRole && index.column() == TimeEntryModel::Duration);
    if (m_text.isEmpty() || !total || index.parent().isValid() ||
        !index.data(DayGroupModel::IsDayRole).toBool())
        return QSortFilterProxyModel::data(index, role);
    const qint64 seconds = shownTotalSeconds(index.siblingAtColumn(0));
    return role == DayGroupModel::DayTotalRole ? QVariant(seconds)
                                               : QVariant(TimeEntryModel::formatDuration(seconds));
}

qint64 EntryFilterModel::shownTotalSeconds(const QModelIndex &day) const
{
    qint64 total = 0;
    for (int row = 0, n = rowCount(day); row < n; ++row)
        total += std::max<qint64>(
            0, index(row, TimeEntryModel::Duration, day).data(TimeEntryModel::RawValueRole).toLongLong());
    return total;
}

bool EntryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    if (model->hasChildren(model->index(sourceRow, 0, sourceParent)))
        return false; // a day: shown only through a matching entry
    for (int column : {TimeEntryModel::Description, TimeEntryModel::Project, TimeEntryModel::Tags}) {
        const QString text = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVariant EntryFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::InitialSortOrderRole && orientation == Qt::Horizontal) {
        const bool biggestFirst = section == TimeEntryModel::Start || section == TimeEntryModel::Stop ||
                                  section == TimeEntryModel::Duration;
        return biggestFirst ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool EntryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Days: newest first in either order. The sort reverses lessThan for a descending order, so
    // answer the reverse question then.
    if (left.data(DayGroupModel::IsDayRole).toBool()) {
        const QDate a = left.data(DayGroupModel::DayRole).toDate();
        const QDate b = right.data(DayGroupModel::DayRole).toDate();
        return sortOrder() == Qt::AscendingOrder ? a > b : a < b;
    }
    switch (left.column()) {
    case TimeEntryModel::Start:
    case TimeEntryModel::Stop: {
        // A running entry has no stop yet: it ends after every stopped one.
        const QDateTime a = left.data(TimeEntryModel::RawValueRole).toDateTime();
        const QDateTime b = right.data(TimeEntryModel::RawValueRole).toDateTime();
        if (a.isValid() != b.isValid())
            return !b.isValid();
        return a < b;
    }
    case TimeEntryModel::Duration:
        return left.data(TimeEntryModel::RawValueRole).toLongLong() <
               right.data(TimeEntryModel::RawValueRole).toLongLong();
    case TimeEntryModel::Billable:
        return !left.data(TimeEntryModel::RawValueRole).toBool() &&
               right.data(TimeEntryModel::RawValueRole).toBool();
    default: { // description, project name, tags: as shown; empty ones last in either order
        const QString a = left.data(Qt::DisplayRole).toString();
        const QString b = right.data(Qt::DisplayRole).toString();
        if (a.isEmpty() != b.isEmpty())
            return sortOrder() == Qt::AscendingOrder ? b.isEmpty() : a.isEmpty();
        return m_collator.compare(a, b) < 0;
    }
    }
}

} // namespace punchclock
