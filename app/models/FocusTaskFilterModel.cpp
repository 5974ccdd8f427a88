// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/FocusTaskFilterModel.h"

#include "app/models/FocusTaskModel.h"

namespace punchclock {

FocusTaskFilterModel::FocusTaskFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FocusTaskModel::SortRole);
}

void FocusTaskFilterModel::setStatusFilter(std::optional<qint64> statusId)
{
    m_statusId = statusId;
    invalidateFilter();
}

void FocusTaskFilterModel::setProjectFilter(std::optional<qint64> projectId)
{
    m_projectId = projectId;
    invalidateFilter();
}

void FocusTaskFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool FocusTaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_statusId && index.data(FocusTaskModel::StatusIdRole).toLongLong() != *m_statusId)
        return false;
    if (m_projectId) {
        const QVariant project = index.data(FocusTaskModel::ProjectIdRole);
        if (project.isValid() ? project.toLongLong() != *m_projectId : *m_projectId != 0)
            return false;
    }
    if (!m_search.isEmpty() &&
        !index.data(FocusTaskModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace punchclock
