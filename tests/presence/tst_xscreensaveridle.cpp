// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #20's last idle source, for real: XScreenSaver on the test's Xvfb display (ctest runs
// under xvfb-run). Idle time grows while nothing happens and drops after xdotool moves the
// pointer. Built without libXss, the test says so and checks that the source is left out.
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#ifdef PUNCHCLOCK_HAVE_XSS
#include "app/presence/XScreenSaverIdleSource.h"
#endif

class TestXScreenSaverIdle : public QObject
{
    Q_OBJECT

private slots:
    void idleGrowsAndInputResetsIt();
};

#ifdef PUNCHCLOCK_HAVE_XSS
namespace {
qint64 ask(punchclock::XScreenSaverIdleSource &source)
{
    QSignalSpy answered(&source, &punchclock::IdleSource::idleTime);
    QSignalSpy failed(&source, &punchclock::IdleSource::unavailable);
    source.query();
    if (!answered.wait(2000))
        return failed.isEmpty() ? -2 : -1;
    return answered.at(0).at(0).toLongLong();
}
} // namespace
#endif

void TestXScreenSaverIdle::idleGrowsAndInputResetsIt()
{
#ifdef PUNCHCLOCK_HAVE_XSS
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run under xvfb-run (tools/ctest.sh)");
    qunsetenv("WAYLAND_DISPLAY");
    punchclock::XScreenSaverIdleSource source;
    QVERIFY(!source.name().isEmpty());
    const qint64 first = ask(source);
    QVERIFY2(first >= 0, "XScreenSaver gave no idle time on the Xvfb display");
    QTest::qWait(1200);
    const qint64 later = ask(source);
    QVERIFY2(later >= first + 1000, qPrintable(QStringLiteral("%1 then %2").arg(first).arg(later)));
    // Input resets it.
    QCOMPARE(QProcess::execute(QStringLiteral("xdotool"),
                               {QStringLiteral("mousemove"), QStringLiteral("17"), QStringLiteral("23")}),
             0);
    const qint64 after = ask(source);
    QVERIFY2(after >= 0 && after < later, qPrintable(QStringLiteral("%1 then %2").arg(later).arg(after)));
#else
    qInfo("Built without libXss (libxss-dev): the XScreenSaver idle source is left out of this build.");
#endif
}

QTEST_GUILESS_MAIN(TestXScreenSaverIdle)
#include "tst_xscreensaveridle.moc"
