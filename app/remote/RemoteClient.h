// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"
#include "app/remote/CliOutput.h"

#include <QString>

namespace punchclock {

// A command-line verb sent to the running app over the session bus (TimerService), synchronously:
// the app owns the session, the outbox and the sending, so a change it accepted is done (exit 0).
class RemoteClient
{
public:
    explicit RemoteClient(const QString &service);

    // Whether an app owns `service` on the session bus now (never starts one by activation).
    static bool isRunning(const QString &service);

    CliOutcome run(const CliCommand &command) const;

private:
    QString m_service;
};

} // namespace punchclock
