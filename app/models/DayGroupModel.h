// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace punchclock {

class TimeEntryModel;

// The entries as a two-level tree: one row per local day (newest first) with the day's total in
// the Duration column, and the day's entries below it. Edits go straight to the source model.
// Structural changes of the source rebuild the tree; cell changes are forwarded cell by cell, so
// the ticking duration repaints one entry cell and its day total, nothing else.
class DayGroupModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        IsDayRole = Qt::UserRole + 100,
        DayRole,
        DayTotalRole
    };

    explicit DayGroupModel(TimeEntryModel *source, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    TimeEntryModel *source() const { return m_source; }
    QModelIndex mapToSource(const QModelIndex &index) const; // invalid for day rows
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    qint64 dayTotalSeconds(int dayRow) const;
    QString dayLabel(const QDate &day) const;

private:
    struct Day
    {
        QDate date;
        int firstSourceRow = 0; // the source is newest first, so a day is a contiguous run
        int count = 0;
    };

    QList<Day> grouping() const;
    void rebuild();
    void forwardChange(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    int dayOfSourceRow(int sourceRow) const;

    TimeEntryModel *m_source;
    QList<Day> m_days;
};

} // namespace punchclock
