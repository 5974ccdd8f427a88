// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sandbox {

// Who may call: Track's Basic credentials (TOKEN:api_token, or email:password) and Focus's Bearer key,
// each checked against an Authorization header.
class Authorization
{
public:
    Authorization(QString token, QString email, QString password, QString focusKey);

    bool basicMatches(const QByteArray &header) const;
    bool bearerMatches(const QByteArray &header) const;

private:
    // What follows `scheme` (lower case, with its space; matched in any case), trimmed; nullopt for
    // another scheme.
    static std::optional<QByteArray> credentials(const QByteArray &header, const QByteArray &scheme);

    QString m_token;
    QString m_email;
    QString m_password;
    QString m_focusKey;
};

} // namespace sandbox
