// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #20, the screen lock: ActiveChanged from a fake screen saver (KDE's interface and GNOME's)
// on the private session bus stops the timer at that moment, asks on return, or is ignored.
#include <QSignalSpy>
#include <QTest>

#include "app/presence/ScreenLockWatcher.h"
#include "tests/support/FakePresenceServices.h"
#include "tests/support/PresenceRig.h"

using namespace punchclock;
using punchclock::test::emitScreenSaverActive;

class TestScreenLock : public QObject
{
    Q_OBJECT

private slots:
    void watcherFollowsBothScreenSavers();
    void lockStops();
    void lockAsksOnUnlock();
    void lockIgnoredByDefault();
};

namespace {
const QString kSaver = QStringLiteral("fakeScreenSaver");

} // namespace

void TestScreenLock::watcherFollowsBothScreenSavers()
{
    ScreenLockWatcher watcher(QDBusConnection::sessionBus());
    QSignalSpy changed(&watcher, &ScreenLockWatcher::lockedChanged);
    emitScreenSaverActive(kSaver, true);
    QVERIFY(changed.wait(2000));
    QVERIFY(watcher.isLocked());
    emitScreenSaverActive(kSaver, true); // KDE's second path: no change
    emitScreenSaverActive(kSaver, false, true);
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toBool(), false);
    emitScreenSaverActive(kSaver, true, true); // GNOME's
    QTRY_COMPARE(changed.count(), 3);
    QVERIFY(watcher.isLocked());
}

void TestScreenLock::lockStops()
{
    std::unique_ptr<PresenceRig> rig = PresenceRig::withLock(PresenceSettings::Action::Stop);
    QVERIFY(rig->signIn());
    const QDateTime t0 = rig->clock.nowUtc();
    QVERIFY(rig->startWriting());
    QSignalSpy stopped(rig->presence.get(), &PresenceController::timerStoppedWhileAway);
    rig->clock.advance(12 * 60);
    emitScreenSaverActive(kSaver, true);
    QVERIFY(stopped.wait(2000));
    QCOMPARE(stopped.at(0).at(1).value<AwayReason>(), AwayReason::Lock);
    QCOMPARE(stopped.at(0).at(2).toDateTime(), t0.addSecs(12 * 60));
    QVERIFY(rig->drained());
    QCOMPARE(PresenceRig::stop(rig->entries().value(0)), t0.addSecs(12 * 60));
    emitScreenSaverActive(kSaver, false);
}

void TestScreenLock::lockAsksOnUnlock()
{
    std::unique_ptr<PresenceRig> rig = PresenceRig::withLock(PresenceSettings::Action::AskOnReturn);
    QVERIFY(rig->signIn());
    const QDateTime t0 = rig->clock.nowUtc();
    QVERIFY(rig->startWriting());
    QSignalSpy asked(rig->presence.get(), &PresenceController::returnQuestionReady);
    rig->clock.advance(5 * 60);
    emitScreenSaverActive(kSaver, true, true);
    QTest::qWait(200);
    QCOMPARE(asked.count(), 0);
    rig->clock.advance(30 * 60);
    emitScreenSaverActive(kSaver, false, true);
    QVERIFY(asked.wait(2000));
    const auto question = asked.at(0).at(0).value<ReturnQuestion>();
    QCOMPARE(question.reason, AwayReason::Lock);
    QCOMPARE(question.from, t0.addSecs(5 * 60));
    QCOMPARE(question.back, t0.addSecs(35 * 60));
    rig->presence->discardAndContinue();
    QVERIFY(rig->drained());
    QTRY_COMPARE(rig->entries().size(), 2);
    QCOMPARE(PresenceRig::stop(rig->entries().at(0)), t0.addSecs(5 * 60));
    QCOMPARE(PresenceRig::start(rig->entries().at(1)), t0.addSecs(35 * 60));
}

void TestScreenLock::lockIgnoredByDefault()
{
    QCOMPARE(PresenceSettings().onLock, PresenceSettings::Action::Ignore);
    std::unique_ptr<PresenceRig> rig = PresenceRig::withLock(PresenceSettings().onLock);
    QVERIFY(rig->signIn());
    QVERIFY(rig->startWriting());
    QSignalSpy asked(rig->presence.get(), &PresenceController::returnQuestionReady);
    QSignalSpy stopped(rig->presence.get(), &PresenceController::timerStoppedWhileAway);
    emitScreenSaverActive(kSaver, true);
    rig->clock.advance(600);
    emitScreenSaverActive(kSaver, false);
    QTest::qWait(300);
    QVERIFY(rig->timer->isRunning());
    QCOMPARE(asked.count() + stopped.count(), 0);
}

QTEST_GUILESS_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
