// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/FocusSetup.h"

#include "app/api/FocusApi.h"
#include "app/api/FocusConnectionTest.h"
#include "app/api/TrackApi.h"
#include "app/credentials/CredentialStore.h"
#include "app/session/FocusSession.h"

namespace punchclock {

FocusSetup::FocusSetup(FocusSession *session, CredentialStore *store, QObject *parent)
    : QObject(parent), m_session(session), m_store(store)
{
    Q_ASSERT(session && store);
}

FocusSetup::~FocusSetup()
{
    setKey({});
}

FocusConnectionTest *FocusSetup::newConnectionTest(QObject *parent) const
{
    return new FocusConnectionTest(m_session->api()->transport(), parent);
}

void FocusSetup::setKey(const QString &key)
{
    m_apiKey.fill(QLatin1Char('\0'));
    m_apiKey = key;
}

void FocusSetup::setServer(const QUrl &server)
{
    m_server = server;
    configureSession();
}

QUrl FocusSetup::server() const
{
    return m_server.isValid() && !m_server.isEmpty() ? m_server : FocusApi::defaultBaseUrl();
}

QUrl FocusSetup::serverFor(const QUrl &trackServer)
{
    if (!trackServer.isValid() || trackServer.host() == TrackApi::defaultBaseUrl().host())
        return FocusApi::defaultBaseUrl();
    return trackServer.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void FocusSetup::setOverrides(const QString &apiKey, qint64 organizationId)
{
    m_keyOverridden = !apiKey.isEmpty();
    m_organizationOverridden = organizationId > 0;
    if (m_keyOverridden)
        setKey(apiKey);
    if (m_organizationOverridden)
        m_organizationId = organizationId;
    configureSession();
}

void FocusSetup::useAccount(const StoredAccount &account)
{
    m_account = account;
    const quint64 generation = ++m_generation;
    if (!account.isValid() || (m_keyOverridden && m_organizationOverridden))
        return;
    m_store->load(this, [this, generation, account](KeychainStatus status, StoredAccount saved,
                                                    AccountSecrets secrets) {
        if (generation == m_generation && status.ok() && saved.keychainKey() == account.keychainKey()) {
            if (!m_keyOverridden)
                setKey(secrets.focusApiKey);
            if (!m_organizationOverridden)
                m_organizationId = saved.focusOrganizationId.toLongLong();
            configureSession();
        }
        secrets.clear();
    });
}

void FocusSetup::forgetAccount()
{
    m_account = StoredAccount();
    ++m_generation;
    if (!m_keyOverridden)
        setKey({});
    if (!m_organizationOverridden)
        m_organizationId = 0;
    configureSession();
}

void FocusSetup::apply(const QString &apiKey, qint64 organizationId)
{
    const quint64 generation = ++m_generation;
    // What the user typed now wins over the environment too.
    m_keyOverridden = m_organizationOverridden = false;
    setKey(apiKey.trimmed());
    m_organizationId = qMax<qint64>(0, organizationId);
    configureSession();

    const auto sessionOnly = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { emit saved(false, message); }, Qt::QueuedConnection);
    };
    if (!m_account.isValid()) {
        sessionOnly(tr("Punchclock is not signed in with a saved account (for example, it runs with "
                       "PUNCHCLOCK_TOKEN), so the Focus key is used until Punchclock quits."));
        return;
    }
    const QString organization = m_organizationId > 0 ? QString::number(m_organizationId) : QString();
    m_store->saveFocus(m_account, m_apiKey, organization, this, [this, generation](KeychainStatus status) {
        if (generation != m_generation)
            return; // a newer apply() answers instead
        if (status.ok()) {
            emit saved(true, {});
        } else if (status.kind == KeychainStatus::Kind::Unavailable) {
            emit saved(false,
                       tr("No keychain is available (%1), so the Focus key is used until Punchclock quits.")
                           .arg(status.message));
        } else if (status.kind == KeychainStatus::Kind::NotFound) {
            emit saved(false,
                       tr("The saved sign-in is no longer in the keychain, so the Focus key is used until "
                          "Punchclock quits."));
        } else {
            emit saved(false,
                       tr("The keychain did not store the Focus key (%1), so it is used until Punchclock "
                          "quits.")
                           .arg(status.message));
        }
    });
}

void FocusSetup::configureSession()
{
    if (m_session->configure(m_apiKey, m_organizationId, 0, server()) && m_session->isConfigured())
        m_session->connectAndLoad();
}

} // namespace punchclock
