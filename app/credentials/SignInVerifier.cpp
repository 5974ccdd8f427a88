// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/SignInVerifier.h"

#include "app/api/TrackApi.h"

namespace punchclock {

SignInVerifier::SignInVerifier(ApiTransport *transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
}

void SignInVerifier::verifyToken(const QUrl &server, const QString &token)
{
    run(server, Credentials::apiToken(token.trimmed()), token.trimmed());
}

void SignInVerifier::verifyPassword(const QUrl &server, const QString &email, const QString &password)
{
    run(server, Credentials::emailPassword(email.trimmed(), password), QString());
}

void SignInVerifier::cancel()
{
    delete m_attempt;
    m_busy = false;
}

void SignInVerifier::run(const QUrl &server, const Credentials &credentials, const QString &typedToken)
{
    cancel();
    const bool usedPassword = credentials.type() == Credentials::Type::EmailPassword;
    auto *api = new TrackApi(m_transport, this); // the attempt's context: deleting it drops the answer
    m_attempt = api;
    m_busy = true;
    auto fail = [this, api, usedPassword, server](const ApiError &error) {
        m_busy = false;
        api->deleteLater();
        emit failed(error, explain(error, usedPassword, server));
    };
    if (credentials.isEmpty()) {
        QMetaObject::invokeMethod(
            api,
            [fail, usedPassword] {
                fail(ApiError::make(ApiError::Kind::Auth, usedPassword ? tr("Enter your email and password.")
                                                                       : tr("Enter your API token.")));
            },
            Qt::QueuedConnection);
        return;
    }
    if (auto refused = api->setBaseUrl(server)) {
        QMetaObject::invokeMethod(
            api, [fail, error = *refused] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    api->setCredentials(credentials);
    api->me(api, [this, api, fail, server, typedToken](ApiResult<Me> result) {
        if (!result.ok()) {
            fail(*result.error);
            return;
        }
        VerifiedSignIn signIn;
        signIn.server = server;
        signIn.me = std::move(*result.value);
        signIn.token = typedToken.isEmpty() ? signIn.me.apiToken : typedToken;
        signIn.me.apiToken.clear();
        if (signIn.token.isEmpty()) {
            fail(ApiError::make(ApiError::Kind::BadResponse,
                                tr("The server accepted the sign-in but sent no API token.")));
            return;
        }
        m_busy = false;
        api->deleteLater();
        emit verified(signIn);
    });
}

QString SignInVerifier::explain(const ApiError &error, bool usedPassword, const QUrl &server)
{
    const QString host = server.host().isEmpty() ? server.toDisplayString() : server.host();
    switch (error.kind) {
    case ApiError::Kind::Auth:
        if (error.httpStatus == 0)
            return error.message; // nothing typed
        return usedPassword
                   ? tr("The email or password is wrong (the server answered %1).").arg(error.httpStatus)
                   : tr("The server rejected this API token (it answered %1). Copy it again from "
                        "Toggl Track → Profile settings → API Token.")
                         .arg(error.httpStatus);
    case ApiError::Kind::InsecureUrl:
        if (!server.isValid() || server.host().isEmpty())
            return tr("“%1” is not a server address. Use the form https://server.example.com.")
                .arg(server.toDisplayString());
        return tr("%1 is not a secure address: only https:// servers are allowed (plain http:// only to "
                  "this computer, such as the sandbox).")
            .arg(server.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    case ApiError::Kind::Network:
        return tr("Could not reach %1. Check your network connection and the server address.").arg(host) +
               (error.message.isEmpty() ? QString()
                                        : QStringLiteral("\n") + tr("Details: %1").arg(error.message));
    case ApiError::Kind::Timeout:
        return tr("%1 did not answer in time. Check your network connection, then try again.").arg(host);
    case ApiError::Kind::Server:
        return tr("%1 has a problem right now (server error %2). Try again in a few minutes.")
            .arg(host)
            .arg(error.httpStatus);
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Quota:
        return tr("%1 asks to wait before signing in again (too many requests). Try again later.").arg(host);
    case ApiError::Kind::NotFound:
        return tr("%1 does not look like a Toggl Track server (no /api/v9/me). Check the server address.")
            .arg(host);
    default:
        return tr("Sign-in failed: %1").arg(error.toString());
    }
}

} // namespace punchclock
