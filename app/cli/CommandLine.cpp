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
                          QStringLiteral("id"))
{
    m_parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop timer for Toggl Track."));
    m_parser.addHelpOption();
    m_parser.addOption(m_version);
    m_parser.addOption(m_server);
    m_parser.addOption(m_focusOrganization);
}

bool CommandLine::printsAndExits(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine line;
    if (!line.m_parser.parse(arguments))
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
    m_parser.process(app);
    if (m_parser.isSet(m_version)) {
        std::fputs(qPrintable(versionText() + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
        std::exit(EXIT_SUCCESS);
    }
}

bool CommandLine::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

QUrl CommandLine::server() const
{
    return QUrl::fromUserInput(m_parser.value(m_server));
}

} // namespace punchclock
