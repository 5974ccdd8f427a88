// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/credentials/StoredAccount.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace punchclock {

class CredentialStore;
class FocusConnectionTest;
class FocusSession;

// Where the Focus API key and organization come from, and where Settings puts them.
// PUNCHCLOCK_FOCUS_KEY and --focus-organization (scripts, the demo) win, field by field, over the
// saved ones, and are never stored. The saved key lives in the signed-in account's keychain entry
// beside the Track token (CredentialStore), the organization in its StoredAccount; neither is read
// for a PUNCHCLOCK_TOKEN run, which has no saved account. Every change goes to the FocusSession at
// once, which reloads (an empty key or no organization disables Focus).
class FocusSetup : public QObject
{
    Q_OBJECT
public:
    FocusSetup(FocusSession *session, CredentialStore *store, QObject *parent = nullptr);
    ~FocusSetup() override;

    FocusSession *session() const { return m_session; }
    // The root the Focus API lives under (…/api is added); invalid: https://focus.toggl.com.
    void setServer(const QUrl &server);
    QUrl server() const;
    // Track's default server goes with Toggl's Focus server; any other Toggl-compatible server (the
    // sandbox) serves Focus too.
    static QUrl serverFor(const QUrl &trackServer);

    // PUNCHCLOCK_FOCUS_KEY / --focus-organization (empty, 0: not given). Configures at once.
    void setOverrides(const QString &apiKey, qint64 organizationId);
    // The signed-in account whose keychain entry holds the Focus key (invalid: none). Reads the
    // saved key and organization unless both were overridden.
    void useAccount(const StoredAccount &account);
    void forgetAccount(); // signed out: the saved key goes, the overrides stay

    QString apiKey() const { return m_apiKey; }
    qint64 organizationId() const { return m_organizationId; }
    bool canStore() const { return m_account.isValid(); }
    // Settings → "Test connection": a tester on the session's transport, owned by `parent`.
    FocusConnectionTest *newConnectionTest(QObject *parent = nullptr) const;

    // Settings: use these now, then store them with the account. Answers with saved().
    void apply(const QString &apiKey, qint64 organizationId);

signals:
    // After apply(): `stored` false means for this session only, and `message` says why.
    void saved(bool stored, const QString &message);

private:
    void configureSession();
    void setKey(const QString &key);

    FocusSession *m_session;
    CredentialStore *m_store;
    QUrl m_server;
    StoredAccount m_account;
    QString m_apiKey;
    qint64 m_organizationId = 0;
    bool m_keyOverridden = false;
    bool m_organizationOverridden = false;
    quint64 m_generation = 0; // a newer apply() or account drops an older keychain answer
};

} // namespace punchclock
