// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/SignInFlow.h"

#include "app/session/TrackSession.h"
#include "ui/signin/SignInDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace punchclock {

SignInFlow::SignInFlow(TrackSession *session, StartupSignIn *startup, QMainWindow *window, QObject *parent)
    : QObject(parent), m_session(session), m_window(window), m_startup(startup)
{
    // Account goes before the Help menu, which stays last.
    QMenuBar *bar = window->menuBar();
    auto *help = bar->findChild<QMenu *>(QStringLiteral("helpMenu"), Qt::FindDirectChildrenOnly);
    auto *account = new QMenu(tr("&Account"), bar);
    bar->insertMenu(help ? help->menuAction() : nullptr, account);
    m_signOut = account->addAction(tr("Sign &out"), m_startup, &StartupSignIn::signOut);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setEnabled(false);

    connect(m_startup, &StartupSignIn::signedIn, this, [this] {
        m_signOut->setEnabled(true);
        m_session->signIn();
    });
    connect(m_startup, &StartupSignIn::credentialsRenewed, this, [this] {
        m_signOut->setEnabled(true);
        // Only the credentials changed: the running timer and local state stay; reload from the server.
        m_session->refresh();
        m_window->statusBar()->showMessage(tr("Signed in again."), 5000);
    });
    connect(m_startup, &StartupSignIn::signedOut, this, [this] {
        m_signOut->setEnabled(false);
        m_session->entries()->setEntries({});
        m_window->statusBar()->showMessage(tr("Signed out."));
    });
    connect(m_startup, &StartupSignIn::signInNeeded, this, &SignInFlow::showDialog);
    connect(m_startup, &StartupSignIn::saveFailed, this, &SignInFlow::showSaveFailure);
    connect(session, &TrackSession::errorOccurred, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Auth)
            m_startup->tokenRejected();
    });
}

std::optional<ApiError> SignInFlow::start(const StartupSignIn::Options &options)
{
    return m_startup->start(options);
}

void SignInFlow::showDialog(StartupSignIn::Prompt prompt)
{
    if (m_dialog)
        return;
    auto *dialog = new SignInDialog(m_startup->newVerifier(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->setServer(m_startup->server());
    dialog->setEmail(m_startup->account().email);

    const QString host = m_startup->server().host();
    switch (prompt) {
    case StartupSignIn::Prompt::FirstSignIn:
        dialog->setMessage(tr("Use your Track API token, or your email and password."));
        break;
    case StartupSignIn::Prompt::SavedSignInLost:
        dialog->setMessage(tr("Your saved sign-in for %1 could not be read from the keychain. Please sign in "
                              "again.")
                               .arg(host));
        break;
    case StartupSignIn::Prompt::TokenRejected:
        dialog->setMessage(tr("%1 no longer accepts your API token (it may have been reset). Enter the new "
                              "one to continue: your running timer and unsent changes are kept.")
                               .arg(host));
        break;
    case StartupSignIn::Prompt::SignedOut:
        dialog->setMessage(tr("You are signed out. Sign in again, or cancel to quit."));
        break;
    }
    if (m_startup->usesEnvironmentToken()) {
        dialog->setSessionOnly(true,
                               tr("Punchclock was started with PUNCHCLOCK_TOKEN, so this sign-in is used "
                                  "for this session only and nothing is saved."));
    } else if (!m_startup->keychainAvailable()) {
        dialog->setSessionOnly(true,
                               tr("<b>No keychain is available</b> (no Secret Service is running), so "
                                  "Punchclock cannot remember this sign-in. It never writes credentials "
                                  "to disk: you can sign in for this session only, or start a keyring "
                                  "such as GNOME Keyring or KWallet and restart Punchclock."));
    }

    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_startup->complete(dialog->signIn()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_startup->cancelPrompt();
        if (!m_startup->isSignedIn())
            emit quitRequested();
    });
    dialog->adjustSize(); // fit the texts set above
    dialog->open();
}

void SignInFlow::showSaveFailure(const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Signed in for this session only"),
                                tr("You are signed in, but the keychain could not save your credentials, "
                                   "so you will be asked again next time. Nothing was written to disk."),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("saveFailedBox"));
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace punchclock
