// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"
#include "app/api/ApiResult.h"
#include "app/api/Credentials.h"
#include "app/credentials/VerifiedSignIn.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace punchclock {

class ApiTransport;
class TrackApi;

// Checks credentials with the server (GET /api/v9/me) before anything is saved, on a TrackApi of
// its own so the one in use is not touched. One verification at a time; a new one replaces it.
class SignInVerifier : public QObject
{
    Q_OBJECT
public:
    explicit SignInVerifier(ApiTransport *transport, QObject *parent = nullptr);

    void verifyToken(const QUrl &server, const QString &token);
    void verifyPassword(const QUrl &server, const QString &email, const QString &password);
    void cancel();
    bool isBusy() const { return m_busy; }

    // A precise, readable reason for a failed sign-in.
    static QString explain(const ApiError &error, bool usedPassword, const QUrl &server);

signals:
    void verified(const punchclock::VerifiedSignIn &signIn);
    void failed(const punchclock::ApiError &error, const QString &explanation);

private:
    void run(const QUrl &server, const Credentials &credentials, const QString &typedToken);

    ApiTransport *m_transport;
    QPointer<QObject> m_attempt; // context of the running verification
    bool m_busy = false;
};

} // namespace punchclock
