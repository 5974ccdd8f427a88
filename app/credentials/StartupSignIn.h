// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"
#include "app/credentials/StoredAccount.h"
#include "app/credentials/VerifiedSignIn.h"

#include <QObject>
#include <QUrl>

#include <optional>

namespace punchclock {

class CredentialStore;
class SignInVerifier;
class TrackApi;

// Where the credentials come from, without widgets: PUNCHCLOCK_TOKEN (scripts, the demo: never
// stored), the keychain (read asynchronously at start-up), or a sign-in the UI asks for
// (signInNeeded → complete). Also signs out, and asks again when the server rejects the token
// during use, without touching anything but the credentials on the TrackApi.
class StartupSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Prompt
    {
        FirstSignIn,     // nothing saved (or a different --server)
        SavedSignInLost, // the account is known but its keychain entry is gone or unreadable
        TokenRejected,   // 401/403 during use: the token was revoked or changed
        SignedOut,
    };
    Q_ENUM(Prompt)

    struct Options
    {
        std::optional<QUrl> server; // --server
        QString environmentToken;   // PUNCHCLOCK_TOKEN
    };

    StartupSignIn(TrackApi *api, CredentialStore *store, QObject *parent = nullptr);

    // Returns the error of an unusable --server at once; everything else is reported by signals.
    std::optional<ApiError> start(const Options &options);
    // The UI verified a sign-in: use it now; save it unless this is a session-only sign-in.
    void complete(const VerifiedSignIn &signIn);
    // The prompt was dismissed.
    void cancelPrompt();
    // The server answered 401/403 during use: ask for new credentials (once at a time).
    void tokenRejected();
    void signOut();

    bool isSignedIn() const { return m_signedIn; }
    bool usesEnvironmentToken() const { return m_environmentToken; }
    // Whether a sign-in can be remembered: false with PUNCHCLOCK_TOKEN or when no keychain answers.
    bool canRemember() const { return !m_environmentToken && m_keychainAvailable; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    QUrl server() const { return m_server; }
    const StoredAccount &account() const { return m_account; }
    // A verifier for the sign-in dialog, on the same transport (its own TrackApi, so the one in use
    // is not touched): the dialog needs no transport of its own.
    SignInVerifier *newVerifier(QObject *parent = nullptr) const;

signals:
    void signInNeeded(punchclock::StartupSignIn::Prompt prompt);
    void signedIn();           // the TrackApi has credentials: the session can sign in
    void credentialsRenewed(); // new credentials after a rejected token: resume
    void signedOut();
    void saveFailed(const QString &reason); // signed in, but for this session only

private:
    void prompt(Prompt why);
    void useSaved(const StoredAccount &account, const QString &token);

    TrackApi *m_api;
    CredentialStore *m_store;
    QUrl m_server;
    StoredAccount m_account;
    bool m_serverForced = false;
    bool m_environmentToken = false;
    bool m_keychainAvailable = true;
    bool m_signedIn = false;
    bool m_prompting = false;
};

} // namespace punchclock
