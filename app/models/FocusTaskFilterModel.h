// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace punchclock {

// Filters a FocusTaskModel by status, project and a search text (task, project or status name),
// and sorts on its raw SortRole values.
class FocusTaskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FocusTaskFilterModel(QObject *parent = nullptr);

    void setStatusFilter(std::optional<qint64> statusId);
    void setProjectFilter(std::optional<qint64> projectId); // 0: tasks without a project
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<qint64> m_statusId;
    std::optional<qint64> m_projectId;
    QString m_search;
};

} // namespace punchclock
