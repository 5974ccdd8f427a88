// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/Me.h"

#include <QString>
#include <QUrl>

namespace punchclock {

// A sign-in the server accepted: the account and the API token to use from now on (for an email
// and password sign-in, the token the server answered with; the password itself is not kept).
struct VerifiedSignIn
{
    QUrl server;
    Me me; // me.apiToken is emptied: the token lives in `token` only
    QString token;
    QString focusApiKey;         // optional: Toggl Focus, stored with the Track token
    QString focusOrganizationId; // optional, not a secret
};

} // namespace punchclock
