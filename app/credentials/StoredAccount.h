// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace punchclock {

// The non-secret half of a saved sign-in, kept in QSettings: which server and account, and which
// keychain entry holds the secrets. Never holds a token, password or API key.
struct StoredAccount
{
    QUrl server;
    QString email;
    QString name;
    QString focusOrganizationId; // not a secret: the Toggl Focus organization

    bool isValid() const { return server.isValid() && !email.isEmpty(); }
    // The keychain key: one per server and account.
    QString keychainKey() const;

    static StoredAccount load(); // from QSettings; invalid when none is saved
    void save() const;           // to QSettings
    static void clear();         // removes it from QSettings

    friend bool operator==(const StoredAccount &, const StoredAccount &) = default;
};

} // namespace punchclock
