// Builds the punchclock executable: the one file under app/ that sees widgets.
#include "app/Version.h"
#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/bulk/FocusBulkEditor.h"
#include "app/cli/CommandLine.h"
#include "ui/focus/FocusPage.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusSetup.h"
#include "app/models/FocusTaskModel.h"
#include "app/session/FocusTaskTimer.h"
#include "ui/focus/FocusView.h"
#include "app/i18n/LanguageLoader.h"
#include "ui/main/BenchProbe.h"
#include "ui/main/MainWindow.h"
#include "app/platform/SingleInstance.h"
#include "app/session/TrackSession.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/signin/SignInFlow.h"
#include "app/sync/FocusSync.h"
#include "app/sync/LocalStore.h"
#include "app/sync/Outbox.h"
#include "ui/tray/DesktopIntegration.h"
#include "ui/tray/TrayMenu.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

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

    QApplication app(argc, argv);
    // The system locale's language, or the one chosen in Settings (applied at start-up).
    LanguageLoader::install(LanguageLoader::configuredLanguage());
    QApplication::setDesktopFileName(QStringLiteral("io.github.punchclock.Punchclock"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/punchclock.svg")));

    CommandLine commandLine;
    commandLine.process(app);

    // One Punchclock per user: starting it again raises the running window (PUNCHCLOCK_INSTANCE
    // names a separate instance, for scripts that need one).
    SingleInstance instance(qEnvironmentVariable("PUNCHCLOCK_INSTANCE"));
    if (!instance.claim())
        return 0;

    ApiTransport transport;
    TrackApi api(&transport);
    // Unsent changes and the last known entries live on disk (issue #9): nothing tracked is lost.
    TrackSession session(&api, LocalStore::defaultPath(qEnvironmentVariable("PUNCHCLOCK_INSTANCE")), nullptr);
    MainWindow window(&session);
    BenchProbe::installIfRequested(&window, &session);             // PUNCHCLOCK_BENCH=1 only (tests/bench)
    DesktopIntegration desktop(&window, &session, window.timer()); // tray icon, close to tray
    QObject::connect(&instance, &SingleInstance::activateRequested, &desktop,
                     &DesktopIntegration::showWindow);
    SignInFlow signIn(&session, &window);
    QObject::connect(&signIn, &SignInFlow::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);

    // Toggl Focus: its own key, same transport, a page beside the Track entries (an empty state
    // until it is set up).
    QSettings settings;
    FocusSession focus(&transport, &settings);
    // Parented to the window: the Settings dialog finds it there.
    auto *focusSetup = new FocusSetup(&focus, signIn.store(), &window);
    if (commandLine.hasServer())
        focusSetup->setServer(FocusSetup::serverFor(commandLine.server()));
    // Scripts and the demo: PUNCHCLOCK_FOCUS_KEY and --focus-organization win over the saved ones.
    QString focusKey = qEnvironmentVariable("PUNCHCLOCK_FOCUS_KEY");
    qunsetenv("PUNCHCLOCK_FOCUS_KEY");
    focusSetup->setOverrides(focusKey, commandLine.focusOrganization());
    focusKey.fill(QLatin1Char('\0'));
    auto *focusPage = new FocusPage(&focus, &window);
    window.addPage(focusPage, QApplication::translate("main", "&Focus"));
    // Focus changes (timer stops, entry edits, bulk edits) go through the same durable outbox as
    // Track's; declared after the page so it is destroyed first.
    FocusSync focusSync(focus.api(), session.outbox()->store());
    focus.setSync(&focusSync);
    focusPage->view()->bulkEditor()->setSync(&focusSync);
    QObject::connect(focusPage, &FocusPage::settingsRequested, &window, [&window] {
        SettingsDialog dialog(&window);
        dialog.showSection(SettingsDialog::Section::Focus);
        dialog.exec();
    });
    const auto updateTrayFocus = [&desktop, &focus] {
        desktop.menu()->setFocusTasks(
            focus.isConfigured() ? focus.tasks() : nullptr, [&focus](const QModelIndex &task) {
                focus.timer()->start(task.data(FocusTaskModel::TaskIdRole).toLongLong(),
                                     task.data(Qt::DisplayRole).toString());
            });
    };
    updateTrayFocus();
    QObject::connect(&focus, &FocusSession::configurationChanged, &desktop, updateTrayFocus);
    // The saved Focus key sits in the signed-in account's keychain entry: read it once signed in.
    StartupSignIn *startup = signIn.startup();
    const auto useSavedFocus = [startup, focusSetup, &commandLine] {
        if (startup->usesEnvironmentToken())
            return; // PUNCHCLOCK_TOKEN: nothing saved is read or written
        if (!commandLine.hasServer())
            focusSetup->setServer(FocusSetup::serverFor(startup->server()));
        focusSetup->useAccount(startup->account());
    };
    QObject::connect(startup, &StartupSignIn::signedIn, focusSetup, useSavedFocus);
    QObject::connect(startup, &StartupSignIn::credentialsRenewed, focusSetup, useSavedFocus);
    QObject::connect(startup, &StartupSignIn::signedOut, focusSetup, &FocusSetup::forgetAccount);

    // Scripts and the demo pass the token in the environment: used for this run, never stored.
    StartupSignIn::Options options;
    if (commandLine.hasServer())
        options.server = commandLine.server();
    options.environmentToken = qEnvironmentVariable("PUNCHCLOCK_TOKEN");
    qunsetenv("PUNCHCLOCK_TOKEN");
    if (const auto error = signIn.start(options)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Punchclock"), error->message);
        return 2;
    }
    options.environmentToken.fill(QLatin1Char('\0'));
    window.show(); // the saved sign-in is read meanwhile, or the sign-in dialog opens over the window
    return QApplication::exec();
}
