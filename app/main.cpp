// Builds the punchclock executable: the one file under app/ that sees widgets.
#include "Version.h"
#include "api/ApiTransport.h"
#include "api/TrackApi.h"
#include "focus/FocusSession.h"
#include "focus/FocusTaskModel.h"
#include "focus/FocusTaskTimer.h"
#include "focus/FocusView.h"
#include "main/MainWindow.h"
#include "platform/SingleInstance.h"
#include "session/TrackSession.h"
#include "signin/SignInFlow.h"
#include "tray/DesktopIntegration.h"
#include "tray/TrayMenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

using namespace punchclock;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Punchclock"));
    QApplication::setOrganizationName(QStringLiteral("Punchclock"));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("io.github.punchclock.Punchclock"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/punchclock.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop timer for Toggl Track."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "Toggl-compatible server to use (default: %1).")
            .arg(TrackApi::defaultBaseUrl().toString()),
        QStringLiteral("url"));
    parser.addOption(serverOption);
    const QCommandLineOption focusOrganizationOption(
        QStringLiteral("focus-organization"),
        QApplication::translate("main", "Toggl Focus organization ID (the Focus API key comes from "
                                        "PUNCHCLOCK_FOCUS_KEY)."),
        QStringLiteral("id"));
    parser.addOption(focusOrganizationOption);
    parser.process(app);

    // One Punchclock per user: starting it again raises the running window (PUNCHCLOCK_INSTANCE
    // names a separate instance, for scripts that need one).
    SingleInstance instance(qEnvironmentVariable("PUNCHCLOCK_INSTANCE"));
    if (!instance.claim())
        return 0;

    ApiTransport transport;
    TrackApi api(&transport);
    TrackSession session(&api);
    MainWindow window(&session);
    DesktopIntegration desktop(&window, &session, window.timer()); // tray icon, close to tray
    QObject::connect(&instance, &SingleInstance::activateRequested, &desktop, &DesktopIntegration::showWindow);
    // Toggl Focus, when configured: its own key, same transport, a page beside the Track entries.
    QSettings settings;
    FocusSession focus(&transport, &settings);
    focus.configure(qEnvironmentVariable("PUNCHCLOCK_FOCUS_KEY"),
                    parser.value(focusOrganizationOption).toLongLong(), 0,
                    parser.isSet(serverOption) ? QUrl::fromUserInput(parser.value(serverOption)) : QUrl());
    qunsetenv("PUNCHCLOCK_FOCUS_KEY");
    if (focus.isConfigured()) {
        window.addPage(new FocusView(&focus, &window), QApplication::translate("main", "&Focus"));
        desktop.menu()->setFocusTasks(focus.tasks(), [&focus](const QModelIndex &task) {
            focus.timer()->start(task.data(FocusTaskModel::TaskIdRole).toLongLong(),
                                 task.data(Qt::DisplayRole).toString());
        });
        focus.connectAndLoad();
    }
    SignInFlow signIn(&session, &window);
    QObject::connect(&signIn, &SignInFlow::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);

    // Scripts and the demo pass the token in the environment: used for this run, never stored.
    StartupSignIn::Options options;
    if (parser.isSet(serverOption))
        options.server = QUrl::fromUserInput(parser.value(serverOption));
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
