#pragma once

#include "sync/OutboxOp.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace punchclock {

class LocalStore;

// The durable queue of the user's changes (table `outbox` of the LocalStore). A change is written
// here, in its own committed transaction, before it is sent, and removed only once the server
// confirmed it. Entries created offline get local negative IDs; confirmCreate() maps them to the
// server's ID in the same transaction that updates every later change of that entry.
class Outbox : public QObject
{
    Q_OBJECT
public:
    explicit Outbox(LocalStore *store, QObject *parent = nullptr);

    LocalStore *store() const { return m_store; }

    // Appends a change; the entry's ID is translated through the ID map first. 0 on failure.
    qint64 enqueue(OutboxOp::Kind kind, const TimeEntry &entry);
    qint64 allocateLocalId(); // -1, -2, ... never reused
    qint64 resolve(qint64 id) const; // a confirmed local ID gives its server ID; others unchanged
    std::optional<qint64> localIdOf(qint64 serverId) const;

    std::optional<OutboxOp> head() const;
    QList<OutboxOp> pending() const; // in order
    int count() const;
    bool hasPendingFor(qint64 entryId) const;
    QSet<qint64> pendingEntryIds() const;
    QSet<qint64> pendingDeletes() const; // entries whose last queued change is a delete

    bool markAttempt(qint64 seq); // attempts + 1, committed before the request leaves
    bool setLastError(qint64 seq, const QString &error);
    bool confirm(qint64 seq);     // the server took it: remove
    // The server created `localId` as `serverId`: removes the op, records the mapping and moves
    // every later change (and the cached entry) to the server ID, atomically.
    bool confirmCreate(qint64 seq, qint64 localId, qint64 serverId);
    QList<OutboxOp> dropEntry(qint64 entryId); // removes (and returns) every change of an entry

signals:
    void countChanged(int count);
    void storageFailed(const QString &message);

private:
    QList<OutboxOp> select(const QString &where, const QVariantList &binds = {}, int limit = -1) const;
    void announce();

    LocalStore *m_store;
};

} // namespace punchclock
