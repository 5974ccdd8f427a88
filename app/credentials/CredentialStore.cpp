// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/CredentialStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "punchclock.credentials", QtWarningMsg)

namespace punchclock {

namespace {

// Calls `f` unless a non-null context was destroyed meanwhile.
std::function<bool()> aliveCheck(QObject *context)
{
    if (!context)
        return [] { return true; };
    QPointer<QObject> guard(context);
    return [guard] { return !guard.isNull(); };
}

// Jobs have no parent: a store destroyed while the keychain still works on a job must not delete
// the job under the backend's pending callback. The job deletes itself once finished, and the
// finished-handlers use the store as their context, so they are simply dropped.
template<class Job> Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(key);
    return job;
}

const QLatin1String kProbeKey("punchclock-keychain-probe");

} // namespace

CredentialStore::CredentialStore(QObject *parent) : CredentialStore(defaultService(), parent) {}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

KeychainStatus CredentialStore::statusOf(const QKeychain::Job *job)
{
    KeychainStatus status;
    switch (job->error()) {
    case QKeychain::NoError:
        status.kind = KeychainStatus::Kind::Ok;
        break;
    case QKeychain::EntryNotFound:
        status.kind = KeychainStatus::Kind::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        status.kind = KeychainStatus::Kind::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        status.kind = KeychainStatus::Kind::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        status.kind = KeychainStatus::Kind::Failed;
        break;
    }
    status.message = job->errorString();
    // libsecret reports a missing Secret Service or D-Bus session as OtherError.
    if (status.kind == KeychainStatus::Kind::Failed) {
        const QString m = status.message.toLower();
        if (m.contains(QLatin1String("d-bus")) || m.contains(QLatin1String("dbus")) ||
            m.contains(QLatin1String("secret service")) || m.contains(QLatin1String("secrets service")) ||
            m.contains(QLatin1String("org.freedesktop.secrets")) ||
            m.contains(QLatin1String("no such file")) ||
            m.contains(QLatin1String("not provided by any .service")) ||
            m.contains(QLatin1String("unknown error")))
            status.kind = KeychainStatus::Kind::Unavailable;
    }
    const bool available = status.kind != KeychainStatus::Kind::Unavailable;
    if (m_available != available) {
        m_available = available;
        if (!available)
            qCWarning(lcCredentials) << "no keychain available:" << status.message;
    }
    return status;
}

void CredentialStore::later(QObject *context, std::function<void()> f)
{
    auto alive = aliveCheck(context);
    QTimer::singleShot(0, [alive, f = std::move(f)] {
        if (alive())
            f();
    });
}

void CredentialStore::probe(QObject *context, StatusCallback done)
{
    readSecrets(kProbeKey, context, [done = std::move(done)](KeychainStatus status, AccountSecrets) {
        if (status.kind == KeychainStatus::Kind::NotFound)
            status = KeychainStatus{}; // the keychain answered
        done(status);
    });
}

void CredentialStore::readSecrets(const QString &key, QObject *context,
                                  std::function<void(KeychainStatus, AccountSecrets)> done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    auto alive = aliveCheck(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, alive, done = std::move(done)] {
        KeychainStatus status = statusOf(job);
        AccountSecrets secrets;
        if (status.ok()) {
            secrets = AccountSecrets::fromKeychainData(job->binaryData());
            if (secrets.isEmpty())
                status = KeychainStatus{KeychainStatus::Kind::NotFound, tr("The keychain entry is empty.")};
        }
        if (alive())
            done(status, std::move(secrets));
    });
    job->start();
}

void CredentialStore::load(QObject *context, LoadCallback done)
{
    const StoredAccount account = StoredAccount::load();
    if (!account.isValid()) {
        later(context, [done = std::move(done)] {
            done(KeychainStatus{KeychainStatus::Kind::NotFound, {}}, {}, {});
        });
        return;
    }
    readSecrets(account.keychainKey(), context,
                [account, done = std::move(done)](KeychainStatus status, AccountSecrets secrets) {
                    done(status, account, std::move(secrets));
                });
}

void CredentialStore::save(const StoredAccount &account, const AccountSecrets &secrets, QObject *context,
                           StatusCallback done)
{
    write(account, secrets, context, std::move(done));
}

void CredentialStore::saveFocus(const StoredAccount &account, const QString &focusApiKey,
                                const QString &organizationId, QObject *context, StatusCallback done)
{
    if (!account.isValid()) {
        later(context, [done = std::move(done)] {
            done(
                KeychainStatus{KeychainStatus::Kind::NotFound, tr("No saved sign-in to keep the key with.")});
        });
        return;
    }
    // One entry holds both secrets: read the Track token back, then write both.
    readSecrets(
        account.keychainKey(), this,
        [this, account, focusApiKey, organizationId, alive = aliveCheck(context),
         done = std::move(done)](KeychainStatus status, AccountSecrets secrets) mutable {
            if (!status.ok()) {
                if (alive())
                    done(status);
                return;
            }
            StoredAccount updated = StoredAccount::load();
            if (updated.keychainKey() != account.keychainKey()) {
                secrets.clear(); // another sign-in was saved meanwhile: leave it alone
                if (alive())
                    done(KeychainStatus{KeychainStatus::Kind::Failed, tr("The saved sign-in changed.")});
                return;
            }
            secrets.focusApiKey = focusApiKey;
            updated.focusOrganizationId = organizationId;
            write(updated, secrets, nullptr, [alive, done = std::move(done)](KeychainStatus written) {
                if (alive())
                    done(written);
            });
            secrets.clear();
        });
}

void CredentialStore::write(const StoredAccount &account, const AccountSecrets &secrets, QObject *context,
                            StatusCallback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, account.keychainKey());
    job->setBinaryData(secrets.toKeychainData());
    auto alive = aliveCheck(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, alive, done = std::move(done)] {
        const KeychainStatus status = statusOf(job);
        if (status.ok())
            account.save();
        if (alive())
            done(status);
    });
    job->start();
}

void CredentialStore::remove(const StoredAccount &account, QObject *context, StatusCallback done)
{
    const StoredAccount saved = StoredAccount::load();
    if (!saved.isValid() || !account.isValid() || saved.keychainKey() == account.keychainKey())
        StoredAccount::clear(); // unless another account was saved meanwhile
    if (!account.isValid()) {
        later(context, [done = std::move(done)] { done(KeychainStatus{}); });
        return;
    }
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, account.keychainKey());
    auto alive = aliveCheck(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, alive, done = std::move(done)] {
        KeychainStatus status = statusOf(job);
        if (status.kind == KeychainStatus::Kind::NotFound)
            status = KeychainStatus{}; // nothing to delete is fine
        if (alive())
            done(status);
    });
    job->start();
}

} // namespace punchclock
