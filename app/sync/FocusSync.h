// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/OutboxOp.h"

#include <QJsonObject>
#include <QObject>

namespace punchclock {

class FocusApi;
class LocalStore;
class Outbox;
class SyncEngine;

// The Focus side of the outbox: Focus changes (a stopped task timer, entry edits, archive, restore,
// delete, bulk edits) are written to the LocalStore first and sent by their own SyncEngine, in
// order, apart from Track's queue. Whoever changes Focus data goes through enqueue(); the answer
// comes back as SyncEngine::sent (by seq). FocusSession::setSync() puts a session on it. Changes wait (with
// backoff) while Focus is not connected (no key or workspace yet); retryNow() when it is. Each change belongs
// to the account (server, organization, API key) it was made under: while another one is set up, it waits,
// kept, and is sent once that account is used again. The key is never stored: the database holds the
// organization ID and a salted SHA-256 fingerprint.
class FocusSync : public QObject
{
    Q_OBJECT
public:
    // `store` is not owned and must outlive this (the app shares TrackSession's).
    FocusSync(FocusApi *api, LocalStore *store, QObject *parent = nullptr);

    Outbox *outbox() const { return m_outbox; }
    SyncEngine *engine() const { return m_engine; }

    // Writes the change (committed) and lets the engine send it soon. 0: not written.
    qint64 enqueue(OutboxOp::Kind kind, qint64 entryId, const QJsonObject &payload);
    qint64 allocateLocalId();
    int pendingCount() const;
    // The account new changes belong to, and the only one whose changes are sent: `keyDigest` is a
    // hash of the server, organization and key (FocusSession::accountDigest()); empty, or no
    // organization: none (Focus not set up). Changes queued with no account are given to the
    // first one set. Announces otherAccountChangesChanged().
    void setAccount(const QByteArray &keyDigest, qint64 organizationId);
    QString account() const;
    int otherAccountChangeCount() const; // changes waiting for other accounts
    // Gives the changes made in this account's organization with another key (a key the user
    // regenerated, say) to this account, to be sent now. The number given.
    int sendWaitingWithThisKey();

public slots:
    void retryNow();

signals:
    // `count` changes were made under other Focus accounts and wait for them; `message` says so,
    // for the user (empty when count is 0). `sameOrganization` of them could go with this key.
    void otherAccountChangesChanged(int count, const QString &message, int sameOrganization);

private:
    void announceOtherAccounts();
    QStringList sameOrganizationAccounts(const QHash<QString, int> &others) const;

    FocusApi *m_api;
    Outbox *m_outbox;
    SyncEngine *m_engine;
};

} // namespace punchclock
