// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace punchclock {

class CommandLine;

// Runs the command line's verb: through the running app when it owns its name on the session bus
// (RemoteClient), else headless (HeadlessRunner); prints the outcome and returns the exit status.
class CliRunner
{
public:
    static int run(QCoreApplication &app, const CommandLine &commandLine, const QString &instance);
};

} // namespace punchclock
