// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace punchclock {

// The search box: keeps entries whose description, project or tags contain the text (any case),
// and the days that still have such entries.
// Sorting (a header click) orders the entries inside each day by that column; the days stay
// newest first whatever the order, so the day totals keep their place.
// While a search is on, a day's total is the sum of the entries it still shows.
class EntryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntryFilterModel(QObject *parent = nullptr);

    // InitialSortOrderRole: times and durations sort newest/longest first on the first click.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    qint64 shownTotalSeconds(const QModelIndex &day) const;

    QString m_text;
    QCollator m_collator; // names and descriptions: any case, numbers as numbers (not in the C locale)
};

} // namespace punchclock
