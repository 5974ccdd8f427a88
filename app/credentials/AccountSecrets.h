// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace punchclock {

// The secret half of a saved sign-in: lives only in memory and in the OS keychain.
struct AccountSecrets
{
    QString trackToken;  // Track API token (Basic auth TOKEN:api_token)
    QString focusApiKey; // optional: Toggl Focus

    bool isEmpty() const { return trackToken.isEmpty(); }
    QByteArray toKeychainData() const; // compact JSON, for the keychain entry only
    static AccountSecrets fromKeychainData(const QByteArray &data);
    void clear(); // overwrites, then empties

    friend bool operator==(const AccountSecrets &, const AccountSecrets &) = default;
};

} // namespace punchclock
