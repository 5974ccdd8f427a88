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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
