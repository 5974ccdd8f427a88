// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/focus/FocusTask.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace punchclock {

// The Focus tasks as a table: name, status, project, priority, estimate, tracked time and progress
// against the estimate. Archived tasks are hidden unless setShowArchived(true).
class FocusTaskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        ProjectColumn,
        PriorityColumn,
        EstimateColumn,
        TrackedColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        SortRole,     // raw values: seconds, minutes, ratios, priority rank
        ProgressRole, // double (tracked / estimate), invalid without an estimate
        TrackedSecondsRole,
        EstimateSecondsRole,
        StatusIdRole,
        ProjectIdRole,    // invalid without a project
        ProjectColorRole, // "#rrggbb" string
        ArchivedRole,
        SearchTextRole, // name, project and status, for the filter
    };

    explicit FocusTaskModel(QObject *parent = nullptr);

    void setTasks(QList<FocusTask> tasks);
    QList<FocusTask> tasks() const { return m_all; } // archived too
    std::optional<FocusTask> task(qint64 id) const;
    int rowOf(qint64 taskId) const; // -1 when absent or hidden
    void setShowArchived(bool show);
    // Adds seconds to a task's tracked time (an entry created here), without a reload.
    void addTrackedSeconds(qint64 taskId, qint64 seconds);
    // Seconds of entries queued for each task but not on the server yet (a stopped timer in the
    // outbox): shown in the tracked time and progress on top of the server's total, which tasks()
    // keeps as it is (so the cache never counts them twice).
    void setPendingSeconds(const QHash<qint64, qint64> &pending);
    qint64 trackedSeconds(qint64 taskId) const; // as shown: the server's total plus pending

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString formatMinutes(qint64 seconds); // "1:05" (h:mm)

private:
    void rebuildRows();
    qint64 shownSeconds(const FocusTask &t) const;
    std::optional<double> progressOf(const FocusTask &t) const;

    QList<FocusTask> m_all;
    QList<int> m_rows;               // visible: indexes into m_all
    QHash<qint64, qint64> m_pending; // task ID -> queued seconds
    bool m_showArchived = false;
};

} // namespace punchclock
