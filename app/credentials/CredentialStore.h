// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/credentials/AccountSecrets.h"
#include "app/credentials/KeychainStatus.h"
#include "app/credentials/StoredAccount.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace punchclock {

// Saved sign-ins in the OS keychain (qtkeychain's async jobs, never an insecure fallback), with the
// non-secret part (StoredAccount) in QSettings. Every call is asynchronous and calls back later,
// never inside the call; when `context` is destroyed first, the callback is dropped.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static QString defaultService() { return QStringLiteral("punchclock"); }

    explicit CredentialStore(QObject *parent = nullptr);
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    // What the last keychain answer said: nullopt before any, false after Unavailable.
    std::optional<bool> keychainAvailable() const { return m_available; }

    using StatusCallback = std::function<void(KeychainStatus)>;
    using LoadCallback = std::function<void(KeychainStatus, StoredAccount, AccountSecrets)>;

    // Finds out whether a keychain answers (reads a key that does not exist).
    void probe(QObject *context, StatusCallback done);
    // The saved sign-in: NotFound when none is saved (or its keychain entry is gone).
    void load(QObject *context, LoadCallback done);
    // Writes the secrets to the keychain, then (only on success) the account to QSettings.
    void save(const StoredAccount &account, const AccountSecrets &secrets, QObject *context,
              StatusCallback done);
    // Settings → Focus: replaces the Focus API key inside `account`'s keychain entry (the Track token
    // stays) and then its Focus organization in QSettings. NotFound when the entry is gone.
    void saveFocus(const StoredAccount &account, const QString &focusApiKey, const QString &organizationId,
                   QObject *context, StatusCallback done);
    // Sign out: deletes the account's keychain entry, and forgets it in QSettings when it is the
    // saved one.
    void remove(const StoredAccount &account, QObject *context, StatusCallback done);

    // Low level, per keychain key.
    void readSecrets(const QString &key, QObject *context,
                     std::function<void(KeychainStatus, AccountSecrets)> done);

private:
    KeychainStatus statusOf(const QKeychain::Job *job);
    // Writes the secrets, then (only on success) `account` to QSettings.
    void write(const StoredAccount &account, const AccountSecrets &secrets, QObject *context,
               StatusCallback done);
    static void later(QObject *context, std::function<void()> f);

    QString m_service;
    std::optional<bool> m_available;
};

} // namespace punchclock
