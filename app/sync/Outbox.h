// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/OutboxOp.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace punchclock {

class LocalStore;

// The durable queue of the user's changes (table `outbox` of the LocalStore). A change is written
// here, in its own committed transaction, before it is sent, and removed only once the server
// confirmed it. Entries created offline get local negative IDs; confirmCreate() maps them to the
// server's ID in the same transaction that updates every later change of that entry.
// One Outbox sees one product's changes (Track or Focus): both share the table and the ID map.
class Outbox : public QObject
{
    Q_OBJECT
public:
    explicit Outbox(LocalStore *store, QObject *parent = nullptr); // Track
    Outbox(LocalStore *store, OutboxOp::Product product, QObject *parent = nullptr);

    LocalStore *store() const { return m_store; }
    OutboxOp::Product product() const { return m_product; }

    // Focus: changes belong to the account (server, organization and key fingerprint) they were
    // made under. From now on, new changes are written for `account`, and only its changes are
    // seen (head, pending, count...), so another account's wait, kept, until it is set again.
    // '' (the default, and Track's): no account known.
    void setAccount(const QString &account);
    QString account() const { return m_account; }
    // Gives the changes written with no account ('') to the current one. The number moved.
    int adoptUnowned();
    // This product's changes of other accounts (not ''), by account.
    QHash<QString, int> otherAccounts() const;
    // Gives the changes of these other accounts to the current one. The number moved.
    int adopt(const QStringList &accounts);

    // Appends a Track single-entry change; the entry's ID is translated through the ID map
    // first. 0 on failure.
    qint64 enqueue(OutboxOp::Kind kind, const TimeEntry &entry);
    // Appends any change with its payload (entryId: the entry it is about, 0 for none).
    qint64 enqueue(OutboxOp::Kind kind, qint64 entryId, const QJsonObject &payload);
    struct NewOp
    {
        OutboxOp::Kind kind;
        qint64 entryId = 0;
        QJsonObject payload;
    };
    // Appends many changes in one transaction (a bulk edit): all of them or none. Their seqs, in
    // order; empty on failure.
    QList<qint64> enqueueAll(const QList<NewOp> &ops);
    qint64 allocateLocalId();        // -1, -2, ... never reused
    qint64 resolve(qint64 id) const; // a confirmed local ID gives its server ID; others unchanged
    std::optional<qint64> localIdOf(qint64 serverId) const;

    std::optional<OutboxOp> head() const;
    std::optional<OutboxOp> op(qint64 seq) const;
    QList<OutboxOp> pending() const; // in order
    int count() const;
    // A queued Track bulk change counts for every entry it names (its row has entry_id 0), so a
    // refresh or an earlier confirmation does not hide it while it waits (TrackSession).
    bool hasPendingFor(qint64 entryId) const;
    QSet<qint64> pendingEntryIds() const;
    QSet<qint64> pendingDeletes() const; // entries whose last queued change is a delete

    bool markAttempt(qint64 seq); // attempts + 1, committed before the request leaves
    bool setLastError(qint64 seq, const QString &error);
    bool confirm(qint64 seq);               // the server took it: remove
    bool remove(const QList<qint64> &seqs); // the user withdrew these changes (a cancelled bulk edit)
    // The server created `localId` as `serverId`: removes the op, records the mapping and moves
    // every later change (and the cached entry) to the server ID, atomically.
    bool confirmCreate(qint64 seq, qint64 localId, qint64 serverId);
    QList<OutboxOp> dropEntry(qint64 entryId); // removes (and returns) every change of an entry

signals:
    void countChanged(int count);
    void queuedAll(const QList<qint64> &seqs); // enqueueAll() committed these
    void withdrawn(const QList<qint64> &seqs); // remove() took these out unsent
    void storageFailed(const QString &message);

private:
    int moveToCurrentAccount(const QStringList &accounts);
    QList<OutboxOp> select(const QString &where, const QVariantList &binds = {}, int limit = -1) const;
    QSet<qint64> trackBulkEntryIds() const;
    void announce();

    LocalStore *m_store;
    OutboxOp::Product m_product = OutboxOp::Product::Track;
    QString m_account = QStringLiteral(""); // never null: a null QString is bound as SQL NULL
};

} // namespace punchclock
