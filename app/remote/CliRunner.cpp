// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/CliRunner.h"

#include "app/cli/CommandLine.h"
#include "app/platform/SingleInstance.h"
#include "app/remote/DBusNames.h"
#include "app/remote/HeadlessRunner.h"
#include "app/remote/RemoteClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QThread>

#include <cstdio>

namespace punchclock {

namespace {

// An app that was just started listens on its local socket before it owns its bus name.
constexpr int kStartingAppWaitMs = 5000;

bool waitForBusName(const QString &service)
{
    const QDeadlineTimer deadline(kStartingAppWaitMs);
    while (!deadline.hasExpired()) {
        if (RemoteClient::isRunning(service))
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace

int CliRunner::run(QCoreApplication &app, const CommandLine &commandLine, const QString &instance)
{
    // One clear line on failure: the core's warnings (a refused connection, a retry) stay out of
    // stderr unless QT_LOGGING_RULES (read after these rules) asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("*.warning=false\n*.info=false\n*.debug=false"));
    const QString service = DBusNames::serviceName(instance);
    CliOutcome outcome;
    if (RemoteClient::isRunning(service) ||
        (SingleInstance::isRunning(instance) && waitForBusName(service))) {
        outcome = RemoteClient(service).run(commandLine.command());
    } else if (SingleInstance::isRunning(instance)) {
        // Never two writers of one local store: the app's outbox is the one that counts.
        outcome = CliOutcome::failure(QCoreApplication::translate(
            "CliRunner",
            "Punchclock is running but does not answer on D-Bus (no session bus?): use its window"));
    } else {
        HeadlessRunner runner(commandLine, instance);
        QObject::connect(&runner, &HeadlessRunner::finished, &app, [&outcome, &app](const CliOutcome &done) {
            outcome = done;
            app.quit();
        });
        runner.start();
        QCoreApplication::exec();
    }
    if (!outcome.out.isEmpty())
        std::fputs(outcome.out.toLocal8Bit().constData(), stdout);
    if (!outcome.err.isEmpty())
        std::fputs(qPrintable(QStringLiteral("punchclock: ") + outcome.err + QLatin1Char('\n')), stderr);
    std::fflush(stdout);
    std::fflush(stderr);
    return outcome.exitCode;
}

} // namespace punchclock
