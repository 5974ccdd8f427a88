// SPDX-License-Identifier: GPL-3.0-or-later
// The command line (issue #8): which arguments only print text (and so need no display), and the
// version line packagers and scripts check.
#include <QTest>

#include "app/Version.h"
#include "app/cli/CommandLine.h"

using namespace punchclock;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void textOnlyArguments_data();
    void textOnlyArguments();
    void versionText();
    void parseWithoutExiting();
    void verbs();
    void verbUsageErrors_data();
    void verbUsageErrors();
};

void TestCommandLine::textOnlyArguments_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<bool>("printsAndExits");
    QTest::newRow("nothing") << QByteArrayList{} << false;
    QTest::newRow("server") << QByteArrayList{"--server", "http://127.0.0.1:1"} << false;
    QTest::newRow("focus") << QByteArrayList{"--focus-organization", "7"} << false;
    QTest::newRow("--version") << QByteArrayList{"--version"} << true;
    QTest::newRow("-v") << QByteArrayList{"-v"} << true;
    QTest::newRow("--help") << QByteArrayList{"--help"} << true;
    QTest::newRow("-h") << QByteArrayList{"-h"} << true;
    QTest::newRow("--help-all") << QByteArrayList{"--help-all"} << true;
    QTest::newRow("after an option") << QByteArrayList{"--server", "https://x.example", "--version"} << true;
    QTest::newRow("unknown option") << QByteArrayList{"--bogus"} << true;
    QTest::newRow("missing value") << QByteArrayList{"--server"} << true;
}

void TestCommandLine::textOnlyArguments()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(bool, printsAndExits);
    arguments.prepend("punchclock");
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    QCOMPARE(CommandLine::printsAndExits(int(argv.size()), argv.data()), printsAndExits);
}

void TestCommandLine::versionText()
{
    QCOMPARE(CommandLine::versionText(), QStringLiteral("punchclock ") + QLatin1String(kVersion));
    QCOMPARE(CommandLine::versionText(), QStringLiteral("punchclock 0.2.0"));
}

// parse(): what the bench builds AppCore from, with no printing and no exit on an error.
void TestCommandLine::parseWithoutExiting()
{
    CommandLine line;
    QVERIFY(line.parse(
        {u"bench_soak"_s, u"--server"_s, u"http://127.0.0.1:5123"_s, u"--focus-organization"_s, u"7"_s}));
    QVERIFY(line.hasServer());
    QCOMPARE(line.server(), QUrl(u"http://127.0.0.1:5123"_s));
    QCOMPARE(line.focusOrganization(), 7);

    CommandLine none;
    QVERIFY(none.parse({u"bench_soak"_s}));
    QVERIFY(!none.hasServer());

    CommandLine bad;
    QVERIFY(!bad.parse({u"bench_soak"_s, u"--bogus"_s}));
}

// The verbs (issue #21): what each one carries; a verb is not an app start.
void TestCommandLine::verbs()
{
    CommandLine start;
    QVERIFY(start.parse({u"punchclock"_s, u"start"_s, u"Write report"_s, u"-p"_s, u"Docs"_s, u"-t"_s,
                         u"writing"_s, u"--tag"_s, u"urgent"_s, u"-t"_s, u"writing"_s}));
    QCOMPARE(start.command().verb, CliCommand::Verb::Start);
    QCOMPARE(start.command().description, u"Write report"_s);
    QCOMPARE(start.command().project, u"Docs"_s);
    QCOMPARE(start.command().tags, (QStringList{u"writing"_s, u"urgent"_s})); // once each
    QVERIFY(start.command().changesTimer());

    CommandLine words; // unquoted words make one description
    QVERIFY(words.parse({u"punchclock"_s, u"start"_s, u"Write"_s, u"report"_s}));
    QCOMPARE(words.command().description, u"Write report"_s);

    CommandLine status;
    QVERIFY(
        status.parse({u"punchclock"_s, u"--server"_s, u"http://127.0.0.1:1"_s, u"status"_s, u"--json"_s}));
    QCOMPARE(status.command().verb, CliCommand::Verb::Status);
    QVERIFY(status.command().json);
    QVERIFY(!status.command().changesTimer());
    QVERIFY(status.hasServer());

    CommandLine list;
    QVERIFY(list.parse({u"punchclock"_s, u"list"_s, u"--week"_s}));
    QCOMPARE(list.command().verb, CliCommand::Verb::List);
    QVERIFY(!list.command().json);

    for (const QString &verb : CliCommand::verbNames()) {
        CommandLine line;
        QVERIFY(line.parse({u"punchclock"_s, verb}));
        QCOMPARE(CliCommand::nameOf(line.command().verb), verb);
    }
    QByteArray program("punchclock"), toggle("toggle");
    char *argv[] = {program.data(), toggle.data()};
    QVERIFY(CommandLine::hasCommand(2, argv));
    QVERIFY(!CommandLine::printsAndExits(2, argv));
    QVERIFY(!CommandLine::hasCommand(1, argv));
}

void TestCommandLine::verbUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown verb") << QStringList{u"bogus"_s};
    QTest::newRow("stop -p") << QStringList{u"stop"_s, u"-p"_s, u"x"_s};
    QTest::newRow("status -t") << QStringList{u"status"_s, u"-t"_s, u"x"_s};
    QTest::newRow("toggle --json") << QStringList{u"toggle"_s, u"--json"_s};
    QTest::newRow("today --week") << QStringList{u"today"_s, u"--week"_s};
    QTest::newRow("stop argument") << QStringList{u"stop"_s, u"now"_s};
    QTest::newRow("--json alone") << QStringList{u"--json"_s};
    QTest::newRow("empty tag") << QStringList{u"start"_s, u"-t"_s, u" "_s};
    QTest::newRow("two projects") << QStringList{u"start"_s, u"-p"_s, u"a"_s, u"-p"_s, u"b"_s};
}

void TestCommandLine::verbUsageErrors()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(u"punchclock"_s);
    CommandLine line;
    QVERIFY(!line.parse(arguments));
    QVERIFY(!line.errorText().isEmpty());
    std::vector<QByteArray> bytes;
    for (const QString &a : std::as_const(arguments))
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    QVERIFY(CommandLine::printsAndExits(int(argv.size()), argv.data())); // main() answers with exit 2
    QVERIFY(!CommandLine::hasCommand(int(argv.size()), argv.data()));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
