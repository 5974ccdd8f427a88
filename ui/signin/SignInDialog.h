// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/credentials/VerifiedSignIn.h"

#include <QDialog>
#include <QUrl>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;
class QWidget;

namespace punchclock {

class SignInVerifier;
struct ApiError;

// Asks for a Track API token, or email and password (exchanged for the account's API token), plus
// an advanced server URL and the optional Focus API key and organization ID. "Sign in" checks with
// the server first; the dialog is accepted only with a verified sign-in (see signIn()).
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes `verifier` (StartupSignIn::newVerifier()), which checks what is typed with the server.
    explicit SignInDialog(SignInVerifier *verifier, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServer(const QUrl &server);
    void setEmail(const QString &email);
    void setMessage(const QString &message); // why we ask: shown above the fields
    // No keychain (or PUNCHCLOCK_TOKEN): explain, and sign in for this session only.
    void setSessionOnly(bool sessionOnly, const QString &explanation = {});
    bool isSessionOnly() const { return m_sessionOnly; }

    // After accepted(): the server-verified sign-in.
    const VerifiedSignIn &signIn() const { return m_result; }
    QString errorText() const;
    bool isBusy() const;

    void done(int result) override;

private:
    void signInClicked();
    void showVerified(const VerifiedSignIn &signIn);
    void showFailure(const ApiError &error, const QString &explanation);
    void setBusy(bool busy);
    void updateMode();
    QUrl typedServer() const;

    SignInVerifier *m_verifier;
    VerifiedSignIn m_result;
    bool m_sessionOnly = false;

    QLabel *m_message;
    QLabel *m_keychainNotice;
    QRadioButton *m_tokenMode;
    QRadioButton *m_passwordMode;
    QWidget *m_tokenPage;
    QWidget *m_passwordPage;
    QLineEdit *m_token;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_server;
    QLineEdit *m_focusKey;
    QLineEdit *m_focusOrganization;
    QLabel *m_error;
    QLabel *m_progress;
    QPushButton *m_signInButton;
    QPushButton *m_cancelButton;
};

} // namespace punchclock
