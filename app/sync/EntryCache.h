#pragma once

#include "track/TimeEntry.h"

#include <QList>

namespace punchclock {

class LocalStore;

// The last known time entries (table `entries` of the LocalStore), so the window is filled at
// start-up before the network answers, and stays usable offline.
class EntryCache
{
public:
    explicit EntryCache(LocalStore *store) : m_store(store) {}

    QList<TimeEntry> load() const; // newest first
    bool save(const QList<TimeEntry> &entries); // replaces the whole cache, in one transaction

    qint64 defaultWorkspaceId() const;
    void setDefaultWorkspaceId(qint64 id);
    qint64 userId() const;
    void setUserId(qint64 id);
    QString account() const; // "server URL#user ID" the database belongs to; empty: not yet known
    void setAccount(const QString &account);

private:
    LocalStore *m_store;
};

} // namespace punchclock
