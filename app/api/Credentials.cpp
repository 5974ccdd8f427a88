// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/Credentials.h"

namespace punchclock {

Credentials Credentials::apiToken(const QString &token)
{
    Credentials c;
    c.m_type = token.isEmpty() ? Type::None : Type::ApiToken;
    c.m_user = token;
    c.m_secret = QStringLiteral("api_token");
    return c;
}

Credentials Credentials::emailPassword(const QString &email, const QString &password)
{
    Credentials c;
    c.m_type = email.isEmpty() ? Type::None : Type::EmailPassword;
    c.m_user = email;
    c.m_secret = password;
    return c;
}

QByteArray Credentials::authorizationHeader() const
{
    if (m_type == Type::None)
        return {};
    return "Basic " + (m_user + QLatin1Char(':') + m_secret).toUtf8().toBase64();
}

void Credentials::clear()
{
    m_user.fill(QLatin1Char('\0'));
    m_secret.fill(QLatin1Char('\0'));
    *this = Credentials();
}

} // namespace punchclock
