// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the punchclock executable: the one file under app/ that sees widgets. Parses the command
// line, builds the core (AppCore) and the widgets around it (Shell), and runs.
#include "app/Version.h"
#include "app/cli/CommandLine.h"
#include "app/core/AppCore.h"
#include "app/i18n/LanguageLoader.h"
#include "app/platform/SingleInstance.h"
#include "app/remote/CliRunner.h"
#include "app/remote/RemoteControl.h"
#include "ui/shell/Shell.h"
#ifdef PUNCHCLOCK_BENCH
#include "tests/bench/BenchProbe.h"
#endif

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

using namespace punchclock;

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Punchclock"));
    QCoreApplication::setOrganizationName(QStringLiteral("Punchclock"));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
    // --help, --version and usage errors only print text: answer them on a QCoreApplication, before
    // any window, keychain or network work, so they work without a display.
    if (CommandLine::printsAndExits(argc, argv)) {
        QCoreApplication text(argc, argv);
        LanguageLoader::install(LanguageLoader::configuredLanguage());
        CommandLine().process(text); // exits
        return 0;
    }

    // `punchclock toggle` and the other verbs: through the running app over D-Bus, or headless
    // (no window, no display needed).
    if (CommandLine::hasCommand(argc, argv)) {
        QCoreApplication cli(argc, argv);
        LanguageLoader::install(LanguageLoader::configuredLanguage());
        CommandLine commandLine;
        commandLine.process(cli);
        return CliRunner::run(cli, commandLine, qEnvironmentVariable("PUNCHCLOCK_INSTANCE"));
    }

    QApplication app(argc, argv);
    // The system locale's language, or the one chosen in Settings (applied at start-up).
    LanguageLoader::install(LanguageLoader::configuredLanguage());
    QApplication::setDesktopFileName(QStringLiteral("io.github.punchclock.Punchclock"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/punchclock.svg")));

    CommandLine commandLine;
    commandLine.process(app);

    // One Punchclock per user: starting it again raises the running window (PUNCHCLOCK_INSTANCE
    // names a separate instance, for scripts that need one).
    const QString instanceName = qEnvironmentVariable("PUNCHCLOCK_INSTANCE");
    SingleInstance instance(instanceName);
    if (!instance.claim())
        return 0;

    AppCore core(commandLine, instanceName);
    Shell shell(&core); // destroyed first: the widgets go before the services they show
#ifdef PUNCHCLOCK_BENCH
    BenchProbe::installIfRequested(shell.window(), core.session()); // PUNCHCLOCK_BENCH=1 (tests/bench)
#endif
    QObject::connect(&instance, &SingleInstance::activateRequested, &shell, &Shell::showWindow);
    QObject::connect(&shell, &Shell::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    // The timer on the session bus (io.github.punchclock.Timer at /Timer), for the command line,
    // shortcuts and scripts; destroyed before the window and the core.
    RemoteControl remote(&core);
    QObject::connect(&remote, &RemoteControl::showWindowRequested, &shell, &Shell::showWindow);
    remote.publish(instanceName);
    remote.bindShortcuts(); // the GlobalShortcuts portal, where there is one
    shell.setShortcuts(remote.shortcuts());

    if (const auto error = core.startSignIn()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Punchclock"), error->message);
        return 2;
    }
    shell.show();
    return QApplication::exec();
}
