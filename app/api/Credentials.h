// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace punchclock {

// Track Basic-auth credentials: an API token (`<token>:api_token`) or email + password.
// The header is built per request; the secret is never put in a URL or logged.
class Credentials
{
public:
    enum class Type
    {
        None,
        ApiToken,
        EmailPassword
    };

    Credentials() = default;
    static Credentials apiToken(const QString &token);
    static Credentials emailPassword(const QString &email, const QString &password);

    Type type() const { return m_type; }
    bool isEmpty() const { return m_type == Type::None; }
    QByteArray authorizationHeader() const; // "Basic base64(user:pass)"; empty for None
    void clear();

    friend bool operator==(const Credentials &, const Credentials &) = default;

private:
    Type m_type = Type::None;
    QString m_user;
    QString m_secret;
};

} // namespace punchclock
