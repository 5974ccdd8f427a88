// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandLine.h"

#include "app/Version.h"
#include "app/api/TrackApi.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace punchclock {

CommandLine::CommandLine()
    : m_version({QStringLiteral("v"), QStringLiteral("version")},
                QCoreApplication::translate("main", "Displays version information.")),
      m_server(QStringLiteral("server"),
               QCoreApplication::translate("main", "Toggl-compatible server to use (default: %1).")
                   .arg(TrackApi::defaultBaseUrl().toString()),
               QStringLiteral("url")),
      m_focusOrganization(QStringLiteral("focus-organization"),
                          QCoreApplication::translate("main",
                                                      "Toggl Focus organization ID (the Focus API key "
                                                      "comes from PUNCHCLOCK_FOCUS_KEY)."),
                          QStringLiteral("id")),
      m_project({QStringLiteral("p"), QStringLiteral("project")},
                QCoreApplication::translate("main", "start: the project (its name, any case)."),
                QStringLiteral("name")),
      m_tag({QStringLiteral("t"), QStringLiteral("tag")},
            QCoreApplication::translate("main", "start: a tag (repeat for more)."), QStringLiteral("tag")),
      m_json(QStringLiteral("json"),
             QCoreApplication::translate("main", "status, today, list: print JSON instead of text.")),
      m_week(QStringLiteral("week"),
             QCoreApplication::translate("main", "list: this week's entries (the default)."))
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop timer for Toggl Track.\n\n"
                "Without a command it opens the window. With one, it drives the timer: "
                "through the running app when there is one, else on its own, without a "
                "window.\n"
                "Exit status: 0 done, 1 failed, 2 usage error, 3 saved offline (sent "
                "later)."));
    m_parser.addHelpOption();
    m_parser.addOption(m_version);
    m_parser.addOption(m_server);
    m_parser.addOption(m_focusOrganization);
    m_parser.addOption(m_project);
    m_parser.addOption(m_tag);
    m_parser.addOption(m_json);
    m_parser.addOption(m_week);
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   QCoreApplication::translate("main",
                                                               "start [description], stop, toggle, continue, "
                                                               "status, today or list."),
                                   QStringLiteral("[command]"));
}

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

bool CommandLine::hasCommand(int argc, char *argv[])
{
    CommandLine line;
    return line.parse(argumentsOf(argc, argv)) && line.m_command.verb != Verb::None;
}

bool CommandLine::printsAndExits(int argc, char *argv[])
{
    CommandLine line;
    if (!line.parse(argumentsOf(argc, argv)))
        return true;
    return line.m_parser.isSet(line.m_version) || line.m_parser.isSet(QStringLiteral("help")) ||
           line.m_parser.isSet(QStringLiteral("help-all"));
}

QString CommandLine::versionText()
{
    return QStringLiteral("punchclock ") + QLatin1String(kVersion);
}

void CommandLine::process(const QCoreApplication &app)
{
    const bool ok = parse(app.arguments());
    if (ok || m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all")))
        m_parser.process(app); // --help and --help-all print and exit 0
    if (!ok) {
        std::fputs(qPrintable(QStringLiteral("punchclock: ") + m_error + QLatin1Char('\n')), stderr);
        std::fflush(stderr);
        std::exit(kUsageExit);
    }
    if (m_parser.isSet(m_version)) {
        std::fputs(qPrintable(versionText() + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
        std::exit(EXIT_SUCCESS);
    }
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_command = {};
    m_error.clear();
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    return readCommand();
}

bool CommandLine::readCommand()
{
    QStringList positional = m_parser.positionalArguments();
    const auto usage = [this](const QString &message) {
        m_error = message;
        return false;
    };
    if (positional.isEmpty()) {
        if (m_parser.isSet(m_project) || m_parser.isSet(m_tag) || m_parser.isSet(m_json) ||
            m_parser.isSet(m_week))
            return usage(QCoreApplication::translate("main", "-p, -t, --json and --week go with a command "
                                                             "(see --help)."));
        return true;
    }
    const QString name = positional.takeFirst();
    m_command.verb = CliCommand::verbFromName(name);
    const Verb verb = m_command.verb;
    if (verb == Verb::None)
        return usage(QCoreApplication::translate("main", "Unknown command “%1”: use one of %2.")
                         .arg(name, CliCommand::verbNames().join(QLatin1String(", "))));
    if (verb == Verb::Start)
        m_command.description = positional.join(QLatin1Char(' ')).trimmed(); // unquoted words too
    else if (!positional.isEmpty())
        return usage(QCoreApplication::translate("main", "“%1” takes no arguments (got “%2”).")
                         .arg(name, positional.join(QLatin1Char(' '))));
    if (verb != Verb::Start && (m_parser.isSet(m_project) || m_parser.isSet(m_tag)))
        return usage(QCoreApplication::translate("main", "-p and -t go with “start” only."));
    if (m_parser.isSet(m_json) && verb != Verb::Status && verb != Verb::Today && verb != Verb::List)
        return usage(
            QCoreApplication::translate("main", "--json goes with “status”, “today” and “list” only."));
    if (m_parser.isSet(m_week) && verb != Verb::List)
        return usage(QCoreApplication::translate("main", "--week goes with “list” only."));
    const QStringList projects = m_parser.values(m_project);
    if (projects.size() > 1)
        return usage(QCoreApplication::translate("main", "-p names one project."));
    m_command.project = projects.value(0).trimmed();
    for (const QString &tag : m_parser.values(m_tag)) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty())
            return usage(QCoreApplication::translate("main", "-t needs a tag name."));
        if (!m_command.tags.contains(trimmed))
            m_command.tags.append(trimmed);
    }
    m_command.json = m_parser.isSet(m_json);
    return true;
}

QUrl CommandLine::server() const
{
    return QUrl::fromUserInput(m_parser.value(m_server));
}

} // namespace punchclock
