// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/focus/FocusTimeEntry.h"
#include "app/sync/OutboxOp.h"
#include "app/sync/SentSinceRead.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

namespace punchclock {

class FocusApi;
class FocusSync;
struct FocusEntryPatch;
struct OutboxOutcome;

// The time entries of the selected Focus task: start, duration, type and state. Start, duration
// and type are editable; an edit shows at once and is sent as a PATCH (reverted if refused).
// With a FocusSync (the app) every edit and action is written to the outbox first and sent from
// there (offline, after a restart); the row is reverted, with errorOccurred(), only when the
// server refuses it for good (4xx). Entries read while changes are pending show those changes.
// Archived and deleted entries are hidden unless setShowArchived(true). Entries may arrive in
// batches (a stream): appendEntries() inserts rows as they come.
class FocusTimeEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartColumn,
        DurationColumn,
        TypeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        SortRole, // raw values: start time, seconds, type, state
        ArchivedRole,
        DeletedRole,
        RunningRole,
    };

    explicit FocusTimeEntryModel(FocusApi *api = nullptr, QObject *parent = nullptr);

    void setSync(FocusSync *sync); // not owned; null: straight to the API
    void setEntries(qint64 taskId, QList<FocusTimeEntry> entries);
    // A read of entries from the server, open while the returned handle lives. Its answer may have
    // been made before a change the server confirmed meanwhile: appendEntries() lays those changes
    // over it again, so a late answer never brings back the old copy.
    using Read = SentSinceRead<OutboxOp>::Read;
    std::shared_ptr<const Read> startRead() { return m_confirmed.startRead(); }
    // Updates the known, adds the new; `read`: the read they answer (null: none).
    void appendEntries(const QList<FocusTimeEntry> &arrived, const std::shared_ptr<const Read> &read = {});
    void clear();
    qint64 taskId() const { return m_taskId; }
    void setShowArchived(bool show);
    qint64 totalCount() const { return m_entries.size(); } // hidden ones too
    FocusTimeEntry entryAt(int row) const { return m_entries.at(m_visible.at(row)); }
    std::optional<FocusTimeEntry> entry(qint64 id) const;
    int rowOf(qint64 id) const; // -1 when absent or hidden

    // Server actions on the entry at `row`; the row follows the answer.
    void archive(int row);
    void unarchive(int row);
    void restore(int row);
    void remove(int row); // DELETE: the entry stays known (deleted) so it can be restored

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);
    void entryUpdated(const punchclock::FocusTimeEntry &entry); // after the server agreed

private:
    bool isVisible(const FocusTimeEntry &e) const;
    void rebuild();
    void replaceAt(int allIndex, const FocusTimeEntry &entry); // keeps rows and signals right
    void act(int row, const char *what);
    void sendPatch(qint64 id, const FocusEntryPatch &patch, const FocusTimeEntry &before);
    bool queue(OutboxOp::Kind kind, const FocusTimeEntry &before, const QJsonObject &payload);
    void onSent(const OutboxOp &op, const OutboxOutcome &outcome);
    void applyPending(QList<FocusTimeEntry> &entries) const;

    QPointer<FocusApi> m_api;
    QPointer<FocusSync> m_sync;
    QHash<qint64, FocusTimeEntry> m_before; // outbox seq -> the entry before that change
    qint64 m_taskId = 0;
    QList<FocusTimeEntry> m_entries;
    QHash<qint64, int> m_indexById; // id -> index in m_entries
    QList<int> m_visible;           // ascending indexes into m_entries
    bool m_showArchived = false;
    SentSinceRead<OutboxOp> m_confirmed; // changes the server confirmed, for the reads open then
};

} // namespace punchclock
