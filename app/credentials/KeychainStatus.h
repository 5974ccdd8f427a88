// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace punchclock {

// The outcome of one keychain operation, classified for the sign-in flow.
struct KeychainStatus
{
    enum class Kind
    {
        Ok,
        NotFound,    // no entry for that key
        Unavailable, // no keychain: no Secret Service running, no D-Bus, no backend
        Denied,      // the user or the system refused access (e.g. the unlock prompt dismissed)
        Failed,      // anything else; see message
    };

    Kind kind = Kind::Ok;
    QString message; // the backend's words, never containing a secret

    bool ok() const { return kind == Kind::Ok; }
};

} // namespace punchclock
