#include "models/EntryFilterModel.h"

#include "models/TimeEntryModel.h"

namespace punchclock {

EntryFilterModel::EntryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a day stays while one of its entries matches
}

void EntryFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
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

} // namespace punchclock
