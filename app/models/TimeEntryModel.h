#pragma once

#include "track/TimeEntry.h"

#include <QAbstractTableModel>
#include <QList>

class QTimer;

namespace punchclock {

// The user's time entries, newest first, one row each. Raw values live under custom roles so
// proxies sort and filter on data, not on display strings.
class TimeEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Description, Project, Tags, Start, Stop, Duration, Billable, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        RawValueRole,     // the column's value as data: QDateTime (UTC), qint64 seconds, bool, list
        ProjectColorRole, // "#rrggbb", empty without a project
        IsRunningRole,
        EntryRole,        // the whole TimeEntry as a QVariant
    };

    explicit TimeEntryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(QList<TimeEntry> entries);
    // Inserts or replaces by id, keeping newest-first order; a server-deleted entry is removed.
    void upsert(const TimeEntry &entry);
    void remove(qint64 id);
    const QList<TimeEntry> &entries() const { return m_entries; }
    int rowOf(qint64 id) const;
    const TimeEntry *entry(int row) const;

    static QString formatDuration(qint64 seconds); // h:mm:ss

private:
    void tick();
    void updateTicker();
    int insertionRow(const TimeEntry &entry) const;

    QList<TimeEntry> m_entries;
    QTimer *m_ticker;
};

} // namespace punchclock

Q_DECLARE_METATYPE(punchclock::TimeEntry)
