// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QUrl>

class QCoreApplication;

namespace punchclock {

// Punchclock's command line: --server, --focus-organization, --help and --version. Answering
// --help, --version or a bad option prints text and exits; main() checks printsAndExits() first so
// that happens on a plain QCoreApplication, before any window, keychain or network work and
// without a display.
class CommandLine
{
public:
    CommandLine();

    // Whether these arguments only ask for text (help, version, or a usage error).
    static bool printsAndExits(int argc, char *argv[]);
    // "punchclock 0.1.0"
    static QString versionText();

    // Parses the application's arguments; prints and exits for --help, --version and errors.
    void process(const QCoreApplication &app);
    // Parses `arguments` (the program's name first) without printing or exiting; false on a usage
    // error. For a composition root built outside main() (tests/bench/bench_soak).
    bool parse(const QStringList &arguments);

    bool hasServer() const { return m_parser.isSet(m_server); }
    QUrl server() const;
    qint64 focusOrganization() const { return m_parser.value(m_focusOrganization).toLongLong(); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_version;
    QCommandLineOption m_server;
    QCommandLineOption m_focusOrganization;
};

} // namespace punchclock
