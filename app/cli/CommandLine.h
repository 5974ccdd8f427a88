// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QUrl>

class QCoreApplication;

namespace punchclock {

// Punchclock's command line: --server, --focus-organization, --help and --version, and the verbs
// that drive the timer without the window (start, stop, toggle, continue, status, today, list; see
// CliCommand). Answering --help, --version or a usage error prints text and exits (0, or 2 for a
// usage error); main() checks printsAndExits() first so that happens on a plain QCoreApplication,
// before any window, keychain or network work and without a display.
class CommandLine
{
public:
    CommandLine();

    // Whether these arguments only ask for text (help, version, or a usage error).
    static bool printsAndExits(int argc, char *argv[]);
    // Whether these (valid) arguments name a verb: main() runs it without a window.
    static bool hasCommand(int argc, char *argv[]);
    // "punchclock 0.1.0"
    static QString versionText();
    // Exit status of a usage error (a bad option, an unknown verb, an option the verb does not take).
    static constexpr int kUsageExit = 2;

    // Parses the application's arguments; prints and exits for --help, --version and usage errors.
    void process(const QCoreApplication &app);
    // Parses `arguments` (the program's name first) without printing or exiting; false on a usage
    // error. For a composition root built outside main() (tests/bench/bench_soak).
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; } // after parse() returned false

    // The verb and its arguments (Verb::None: start the app).
    const CliCommand &command() const { return m_command; }

    bool hasServer() const { return m_parser.isSet(m_server); }
    QUrl server() const;
    qint64 focusOrganization() const { return m_parser.value(m_focusOrganization).toLongLong(); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_version;
    QCommandLineOption m_server;
    QCommandLineOption m_focusOrganization;
    QCommandLineOption m_project;
    QCommandLineOption m_tag;
    QCommandLineOption m_json;
    QCommandLineOption m_week;
    CliCommand m_command;
    QString m_error;

    using Verb = CliCommand::Verb;
    bool readCommand(); // fills m_command from the positional arguments; false: m_error says why
};

} // namespace punchclock
