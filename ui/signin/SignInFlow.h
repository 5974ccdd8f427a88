// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/credentials/StartupSignIn.h"
#include "ui/signin/SignInDialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace punchclock {

class TrackSession;

// The start-up and account flow around the main window: reads the saved sign-in (the window is
// already up), opens the sign-in dialog when needed, re-prompts when the server rejects the token
// during use (the session and its state stay as they are), and adds Account → Sign out.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    // `startup` (the core's) reads and keeps the credentials; this only asks and shows.
    SignInFlow(TrackSession *session, StartupSignIn *startup, QMainWindow *window, QObject *parent = nullptr);

    // An unusable --server is returned at once; all else is asynchronous.
    std::optional<ApiError> start(const StartupSignIn::Options &options);

    StartupSignIn *startup() const { return m_startup; }
    SignInDialog *dialog() const { return m_dialog; } // the open sign-in dialog, if any
    QAction *signOutAction() const { return m_signOut; }

signals:
    // The first sign-in was cancelled: nothing to show without an account.
    void quitRequested();

private:
    void showDialog(StartupSignIn::Prompt prompt);
    void showSaveFailure(const QString &reason);

    TrackSession *m_session;
    QMainWindow *m_window;
    StartupSignIn *m_startup;
    QAction *m_signOut;
    QPointer<SignInDialog> m_dialog;
};

} // namespace punchclock
