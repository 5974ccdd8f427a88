// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/Project.h"
#include "app/track/TimeEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QTimer;

namespace punchclock {

class Clock;

// The user's time entries, newest first, one row each. Raw values live under custom roles so
// proxies sort and filter on data, not on display strings.
// Edits (EditRole, or CheckStateRole for billable) show at once and are announced with
// editRequested(); whoever talks to the server answers with confirmEdit() or revertEdit().
class TimeEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Description,
        Project,
        Tags,
        Start,
        Stop,
        Duration,
        Billable,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        RawValueRole,     // the column's value as data: QDateTime (UTC), qint64 seconds, bool, list
        ProjectColorRole, // "#rrggbb", empty without a project
        IsRunningRole,
        EntryRole, // the whole TimeEntry as a QVariant
        ErrorRole, // why the last edit of this entry was refused; empty when fine
        ClientNameRole,
    };

    // `clock`: where "now" comes from for running entries and edits (nullptr: the system clock).
    explicit TimeEntryModel(const Clock *clock = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setEntries(QList<TimeEntry> entries);
    // Inserts or replaces by id, keeping newest-first order; a server-deleted entry is removed.
    void upsert(const TimeEntry &entry);
    void remove(qint64 id);
    // An incremental refresh: upserts `changed` and removes `removed` by id. Entries equal to what
    // the model shows are skipped, so a refresh that overlaps the previous one emits nothing. A
    // large change set is applied as one reset instead of hundreds of row signals.
    void merge(const QList<TimeEntry> &changed, const QList<qint64> &removed);
    const QList<TimeEntry> &entries() const { return m_entries; }
    int rowOf(qint64 id) const;
    const TimeEntry *entry(int row) const;
    const TimeEntry *runningEntry() const;

    void setProjects(const QList<punchclock::Project> &projects) { m_projects = projects; }
    const QList<punchclock::Project> &projects() const { return m_projects; }
    const Clock *clock() const { return m_clock; }

    // A whole-entry edit (the Edit dialog): shown at once and announced with editRequested() like
    // an inline edit. False when the entry is not in the model.
    bool editEntry(const TimeEntry &updated);

    // The server took the edit: show its answer.
    void confirmEdit(const TimeEntry &saved);
    // The server refused `attempted`: restore `previous` (unless a newer edit replaced it) and
    // keep `error` on the row until the next successful edit.
    void revertEdit(const TimeEntry &previous, const TimeEntry &attempted, const QString &error);

    // The refused change's cause is gone (a later change succeeded, it was undone, or the server's
    // copy was read again): the row shows no error any more.
    void clearError(qint64 id)
    {
        if (m_errors.contains(id))
            setError(id, {});
    }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    static QString formatDuration(qint64 seconds);   // h:mm:ss
    static QString formatTime(const QDateTime &utc); // start/stop: local time, in the UI language

signals:
    void editRequested(const punchclock::TimeEntry &updated, const punchclock::TimeEntry &previous);
    void editRefused(const QString &message); // invalid input, never sent
    // Once a second while an entry runs, just after its elapsed time reaches the next second, after
    // the duration cells changed: every clock on screen follows this one wakeup.
    void ticked();

private:
    void tick();
    void updateTicker();
    void armTicker();
    int insertionRow(const TimeEntry &entry) const;
    void place(int row, const TimeEntry &entry); // replace row, moving it if its start changed
    void setError(qint64 id, const QString &error);

    QList<TimeEntry> m_entries;
    QList<punchclock::Project> m_projects;
    QHash<qint64, QString> m_errors;
    QList<int> m_runningRows; // kept by updateTicker(), so tick() never scans the entries
    QTimer *m_ticker;
    const Clock *m_clock;
};

} // namespace punchclock

Q_DECLARE_METATYPE(punchclock::TimeEntry)
