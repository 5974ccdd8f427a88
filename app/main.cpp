// Builds the punchclock executable: the one file under app/ that sees widgets.
#include "Version.h"
#include "api/ApiTransport.h"
#include "api/TrackApi.h"
#include "main/MainWindow.h"
#include "session/TrackSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

using namespace punchclock;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Punchclock"));
    QApplication::setOrganizationName(QStringLiteral("Punchclock"));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("punchclock"));

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
    parser.process(app);

    ApiTransport transport;
    TrackApi api(&transport);
    QSettings settings;
    const QUrl server = parser.isSet(serverOption)
                            ? QUrl::fromUserInput(parser.value(serverOption))
                            : settings.value(QStringLiteral("server"), TrackApi::defaultBaseUrl()).toUrl();
    if (const auto error = api.setBaseUrl(server)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Punchclock"), error->message);
        return 2;
    }

    // Scripts and the demo pass the token in the environment; it is never written anywhere.
    const QString token = qEnvironmentVariable("PUNCHCLOCK_TOKEN");
    qunsetenv("PUNCHCLOCK_TOKEN");
    if (token.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Punchclock"),
                              QApplication::translate("main", "No API token. Set PUNCHCLOCK_TOKEN to your Toggl "
                                                              "Track API token (Profile settings)."));
        return 2;
    }
    api.setCredentials(Credentials::apiToken(token));

    TrackSession session(&api);
    MainWindow window(&session);
    window.show();
    session.signIn();
    return QApplication::exec();
}
