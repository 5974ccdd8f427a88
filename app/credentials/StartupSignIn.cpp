// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/StartupSignIn.h"

#include "app/api/TrackApi.h"
#include "app/credentials/CredentialStore.h"
#include "app/credentials/SignInVerifier.h"

namespace punchclock {

StartupSignIn::StartupSignIn(TrackApi *api, CredentialStore *store, QObject *parent)
    : QObject(parent), m_api(api), m_store(store), m_server(TrackApi::defaultBaseUrl())
{
}

std::optional<ApiError> StartupSignIn::start(const Options &options)
{
    if (options.server) {
        if (auto error = m_api->setBaseUrl(*options.server))
            return error;
        m_server = *options.server;
        m_serverForced = true;
    }

    if (!options.environmentToken.isEmpty()) {
        // Scripts and the demo: used for this run only, never written anywhere.
        m_environmentToken = true;
        m_api->setBaseUrl(m_server);
        m_api->setCredentials(Credentials::apiToken(options.environmentToken));
        m_signedIn = true;
        QMetaObject::invokeMethod(this, &StartupSignIn::signedIn, Qt::QueuedConnection);
        return std::nullopt;
    }

    m_store->load(this, [this](KeychainStatus status, StoredAccount account, AccountSecrets secrets) {
        if (account.isValid()) {
            m_account = account;
            if (!m_serverForced)
                m_server = account.server;
        }
        switch (status.kind) {
        case KeychainStatus::Kind::Ok:
            if (m_serverForced && account.server != m_server) {
                prompt(Prompt::FirstSignIn); // another server than the saved account's
                return;
            }
            useSaved(account, secrets.trackToken);
            secrets.clear();
            return;
        case KeychainStatus::Kind::NotFound:
            if (account.isValid()) {
                prompt(Prompt::SavedSignInLost);
                return;
            }
            // Nothing saved yet: find out now whether a sign-in could be remembered.
            m_store->probe(this, [this](KeychainStatus probed) {
                m_keychainAvailable = probed.kind != KeychainStatus::Kind::Unavailable;
                prompt(Prompt::FirstSignIn);
            });
            return;
        case KeychainStatus::Kind::Unavailable:
            m_keychainAvailable = false;
            prompt(account.isValid() ? Prompt::SavedSignInLost : Prompt::FirstSignIn);
            return;
        case KeychainStatus::Kind::Denied:
        case KeychainStatus::Kind::Failed:
            prompt(account.isValid() ? Prompt::SavedSignInLost : Prompt::FirstSignIn);
            return;
        }
    });
    return std::nullopt;
}

void StartupSignIn::useSaved(const StoredAccount &account, const QString &token)
{
    if (m_api->setBaseUrl(account.server)) {
        prompt(Prompt::SavedSignInLost);
        return;
    }
    m_server = account.server;
    m_api->setCredentials(Credentials::apiToken(token));
    m_signedIn = true;
    emit signedIn();
}

void StartupSignIn::prompt(Prompt why)
{
    if (m_prompting)
        return;
    m_prompting = true;
    emit signInNeeded(why);
}

void StartupSignIn::complete(const VerifiedSignIn &signIn)
{
    m_prompting = false;
    if (auto error = m_api->setBaseUrl(signIn.server)) {
        emit saveFailed(error->message); // the verifier already refused such a URL; be safe
        return;
    }
    m_server = signIn.server;
    m_api->setCredentials(Credentials::apiToken(signIn.token));

    StoredAccount account;
    account.server = signIn.server;
    account.email = signIn.me.email;
    account.name = signIn.me.fullname;
    account.focusOrganizationId = signIn.focusOrganizationId;

    if (canRemember()) {
        // A different account or server than before: forget the old entry first.
        const StoredAccount previous = m_account;
        const bool replaced = previous.isValid() && previous.keychainKey() != account.keychainKey();
        m_store->save(account, AccountSecrets{signIn.token, signIn.focusApiKey}, this,
                      [this, previous, replaced](KeychainStatus status) {
                          if (!status.ok()) {
                              if (status.kind == KeychainStatus::Kind::Unavailable)
                                  m_keychainAvailable = false;
                              emit saveFailed(status.message);
                          } else if (replaced) {
                              m_store->remove(previous, this, [](KeychainStatus) {});
                          }
                      });
    }
    m_account = account;

    const bool renewed = m_signedIn;
    m_signedIn = true;
    if (renewed)
        emit credentialsRenewed();
    else
        emit signedIn();
}

void StartupSignIn::cancelPrompt()
{
    m_prompting = false;
}

void StartupSignIn::tokenRejected()
{
    if (!m_signedIn)
        return; // a sign-in is already on its way
    prompt(Prompt::TokenRejected);
}

void StartupSignIn::signOut()
{
    if (!m_environmentToken)
        m_store->remove(m_account, this, [](KeychainStatus) {});
    m_api->setCredentials(Credentials());
    m_signedIn = false;
    emit signedOut();
    prompt(Prompt::SignedOut);
}

SignInVerifier *StartupSignIn::newVerifier(QObject *parent) const
{
    return new SignInVerifier(m_api->transport(), parent);
}

} // namespace punchclock
