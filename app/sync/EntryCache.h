// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QHash>
#include <QList>

#include <memory>

namespace punchclock {

class EntryCacheWriter;
class LocalStore;

// The last known time entries (table `entries` of the LocalStore), so the window is filled at
// start-up before the network answers, and stays usable offline; plus the `since` watermark of
// the incremental refresh, which is only valid together with the rows it describes.
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
    void clear(); // forget every row and the watermark (another account)

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
};

} // namespace punchclock
