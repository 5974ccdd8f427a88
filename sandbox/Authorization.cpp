// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/Authorization.h"

using namespace Qt::StringLiterals;

namespace sandbox {

Authorization::Authorization(QString token, QString email, QString password, QString focusKey)
    : m_token(std::move(token)), m_email(std::move(email)), m_password(std::move(password)),
      m_focusKey(std::move(focusKey))
{
}

std::optional<QByteArray> Authorization::credentials(const QByteArray &header, const QByteArray &scheme)
{
    const QByteArray trimmed = header.trimmed();
    if (!trimmed.left(scheme.size()).toLower().startsWith(scheme))
        return std::nullopt;
    return trimmed.mid(scheme.size()).trimmed();
}

bool Authorization::basicMatches(const QByteArray &header) const
{
    const auto encoded = credentials(header, "basic "_ba);
    if (!encoded)
        return false;
    const QByteArray decoded = QByteArray::fromBase64(*encoded);
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    if (user == m_token && password == u"api_token"_s)
        return true;
    return user.compare(m_email, Qt::CaseInsensitive) == 0 && password == m_password;
}

bool Authorization::bearerMatches(const QByteArray &header) const
{
    const auto presented = credentials(header, "bearer "_ba);
    return presented && !presented->isEmpty() && *presented == m_focusKey.toUtf8();
}

} // namespace sandbox
