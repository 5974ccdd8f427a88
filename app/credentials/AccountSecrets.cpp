// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/AccountSecrets.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace punchclock {

namespace {
const QLatin1String kTrackToken("track_api_token");
const QLatin1String kFocusApiKey("focus_api_key");
} // namespace

QByteArray AccountSecrets::toKeychainData() const
{
    QJsonObject json{{kTrackToken, trackToken}};
    if (!focusApiKey.isEmpty())
        json.insert(kFocusApiKey, focusApiKey);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

AccountSecrets AccountSecrets::fromKeychainData(const QByteArray &data)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    AccountSecrets secrets;
    secrets.trackToken = json.value(kTrackToken).toString();
    secrets.focusApiKey = json.value(kFocusApiKey).toString();
    return secrets;
}

void AccountSecrets::clear()
{
    trackToken.fill(QLatin1Char('\0'));
    focusApiKey.fill(QLatin1Char('\0'));
    *this = AccountSecrets();
}

} // namespace punchclock
