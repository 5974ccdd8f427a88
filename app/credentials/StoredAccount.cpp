// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/StoredAccount.h"

#include <QSettings>

namespace punchclock {

namespace {
const QLatin1String kGroup("account");
const QLatin1String kServer("server");
const QLatin1String kEmail("email");
const QLatin1String kName("name");
const QLatin1String kKeychainKey("keychainKey");
const QLatin1String kFocusOrganization("focusOrganizationId");
} // namespace

QString StoredAccount::keychainKey() const
{
    const QString url = server
                            .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                      QUrl::RemoveFragment)
                            .toString();
    return QStringLiteral("track:%1:%2").arg(url, email);
}

StoredAccount StoredAccount::load()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    StoredAccount account;
    account.server = settings.value(kServer).toUrl();
    account.email = settings.value(kEmail).toString();
    account.name = settings.value(kName).toString();
    account.focusOrganizationId = settings.value(kFocusOrganization).toString();
    return account;
}

void StoredAccount::save() const
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginGroup(kGroup);
    settings.setValue(kServer, server);
    settings.setValue(kEmail, email);
    settings.setValue(kName, name);
    settings.setValue(kKeychainKey, keychainKey());
    if (!focusOrganizationId.isEmpty())
        settings.setValue(kFocusOrganization, focusOrganizationId);
    settings.endGroup();
    settings.sync();
}

void StoredAccount::clear()
{
    QSettings settings;
    settings.remove(kGroup);
    settings.sync();
}

} // namespace punchclock
