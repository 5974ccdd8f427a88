// SPDX-License-Identifier: GPL-3.0-or-later
// Global shortcuts (issue #21): GlobalShortcuts against a fake org.freedesktop.portal.GlobalShortcuts
// on the test's private session bus: the session and the three shortcuts it registers, Activated
// toggling the real timer (RemoteControl over AppCore on the sandbox), showing the window and
// continuing the last entry; no portal, and a refused binding.
#include "app/cli/CommandLine.h"
#include "app/core/AppCore.h"
#include "app/credentials/StartupSignIn.h"
#include "app/remote/GlobalShortcuts.h"
#include "app/remote/RemoteControl.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "tests/support/FakeGlobalShortcutsPortal.h"
#include "tests/support/SandboxFixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace punchclock;
using namespace punchclock::test;
using namespace Qt::StringLiterals;

class TestGlobalShortcuts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void unavailableWithoutPortal();
    void bindsAndDrivesTheTimer();
    void refusedBinding();
};

void TestGlobalShortcuts::unavailableWithoutPortal()
{
    GlobalShortcuts shortcuts;
    QSignalSpy changed(&shortcuts, &GlobalShortcuts::stateChanged);
    shortcuts.bind();
    QTRY_COMPARE(shortcuts.state(), GlobalShortcuts::State::Unavailable);
    QVERIFY(!shortcuts.errorString().isEmpty());
    QCOMPARE(GlobalShortcuts::fallbackCommand(), u"punchclock toggle"_s);
}

void TestGlobalShortcuts::bindsAndDrivesTheTimer()
{
    FakeGlobalShortcutsPortal portal;
    QVERIFY(portal.start());
    auto server = startSandbox();
    CommandLine line;
    QVERIFY(line.parse({u"punchclock"_s, u"--server"_s, server->baseUrl().toString()}));
    const QString instance = u"tst_globalshortcuts-%1"_s.arg(QCoreApplication::applicationPid());
    AppCore core(line, instance);
    connect(core.startup(), &StartupSignIn::signedIn, core.session(), &TrackSession::signIn);
    QSignalSpy refreshed(core.session(), &TrackSession::refreshed);
    qputenv("PUNCHCLOCK_TOKEN", server->token().toUtf8());
    QVERIFY(!core.startSignIn());
    QVERIFY(refreshed.wait(10000));

    RemoteControl remote(&core);
    QSignalSpy shown(&remote, &RemoteControl::showWindowRequested);
    remote.bindShortcuts();
    QTRY_COMPARE(remote.shortcuts()->state(), GlobalShortcuts::State::Bound);
    QCOMPARE(portal.createSessionCalls, 1);
    QVERIFY(!portal.session.isEmpty());
    QCOMPARE(portal.boundSession, portal.session);
    QCOMPARE(portal.bound.size(), 3);
    QCOMPARE(portal.bound.at(0).id, u"toggle-timer"_s);
    QCOMPARE(portal.bound.at(1).id, u"show-window"_s);
    QCOMPARE(portal.bound.at(2).id, u"continue-last"_s);
    for (const PortalShortcut &s : std::as_const(portal.bound))
        QVERIFY(!s.properties.value(u"description"_s).toString().isEmpty());

    portal.press(u"toggle-timer"_s); // nothing to continue: an empty entry starts
    QTRY_VERIFY(core.timer()->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(server->timeEntries().size(), 1, 10000);
    portal.press(u"show-window"_s);
    QTRY_COMPARE(shown.size(), 1);
    portal.press(u"toggle-timer"_s, portal.session + u"_other"_s); // another app's session: ignored
    QTest::qWait(300);
    QVERIFY(core.timer()->isRunning());
    portal.press(u"toggle-timer"_s);
    QTRY_VERIFY(!core.timer()->isRunning());
    portal.press(u"continue-last"_s);
    QTRY_VERIFY(core.timer()->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(server->timeEntries().size(), 2, 10000);
    QCOMPARE(shown.size(), 1);
}

void TestGlobalShortcuts::refusedBinding()
{
    FakeGlobalShortcutsPortal portal;
    portal.bindResponse = 1; // the user cancelled the portal's dialog
    QVERIFY(portal.start());
    GlobalShortcuts shortcuts;
    shortcuts.bind();
    QTRY_COMPARE(shortcuts.state(), GlobalShortcuts::State::Failed);
    QCOMPARE(portal.bound.size(), 3);
}

QTEST_GUILESS_MAIN(TestGlobalShortcuts)
#include "tst_globalshortcuts.moc"
