// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

namespace punchclock {

class EntryCacheWriter;
class LocalStore;

// The last known time entries (table `entries` of the LocalStore), so the window is filled at
// start-up before the network answers, and stays usable offline; plus the `since` watermark of
// the incremental refresh and the weeks of history read whole (table `history_weeks`), which are
// only valid together with the rows they describe: both are written in the rows' transaction.
//
// save() costs the GUI thread a fingerprint per entry: only rows whose fingerprint changed are
// handed to a writer thread with its own SQLite connection, which serializes and writes them.
class EntryCache
{
public:
    explicit EntryCache(LocalStore *store);
    ~EntryCache(); // waits for the writes already handed over
    EntryCache(const EntryCache &) = delete;
    EntryCache &operator=(const EntryCache &) = delete;

    QList<TimeEntry> load(); // newest first
    // Makes the table equal to `entries` (asynchronously, in one transaction), and stores
    // `sinceWatermark` (Unix seconds; 0: none) with them.
    void save(const QList<TimeEntry> &entries, qint64 sinceWatermark);
    void clear(); // forget every row, the watermark and the weeks (another account)

    // Weeks of history (their Monday) whose entries the table holds whole: read from the server
    // for that week, or provably inside a full list. Added ones are written with the next save().
    QSet<QDate> loadedWeeks() const;
    void addLoadedWeeks(const QList<QDate> &weeks);
    // Forgets every week (the rows stay), with the next save(): their `since` chain broke.
    void forgetLoadedWeeks();

    qint64 sinceWatermark() const;

    qint64 defaultWorkspaceId() const;
    void setDefaultWorkspaceId(qint64 id);
    void setUserId(qint64 id);
    QString account() const; // "server URL#user ID" the database belongs to; empty: not yet known
    void setAccount(const QString &account);

    static size_t fingerprint(const TimeEntry &entry);

private:
    LocalStore *m_store;
    std::unique_ptr<EntryCacheWriter> m_writer;
    QHash<qint64, size_t> m_saved; // what the table holds (as far as we wrote it), by id
    qint64 m_savedWatermark = -1;
    QList<QDate> m_unsavedWeeks;
    bool m_forgetWeeks = false;
};

} // namespace punchclock
