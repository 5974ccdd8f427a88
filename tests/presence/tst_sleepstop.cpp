// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #20, sleep and shutdown: a fake logind (its Manager on a private bus standing in for the
// system bus) hands out a delay inhibitor; PrepareForSleep with a running timer must put the stop
// in the outbox BEFORE the inhibitor is released, and the lock is taken again after the resume.
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/presence/SleepWatcher.h"
#include "app/sync/Outbox.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/FakePresenceServices.h"
#include "tests/support/PresenceRig.h"

using namespace punchclock;
using punchclock::test::FakeLogind;

class TestSleepStop : public QObject
{
    Q_OBJECT

private slots:
    void takesADelayLock();
    void stopIsQueuedBeforeTheLockIsReleased();
    void askOnReturnAfterResume();
    void ignoreLeavesTheTimerRunning();
    void shutdownStops();
    void shutdownAskWaitsForTheNextStart();
};

namespace {
// The fake's logind on the test's private session bus (the watcher takes the bus it is given).
SleepWatcher *watcherOn()
{
    return new SleepWatcher(QDBusConnection::sessionBus());
}

bool hasStopIn(const Outbox *outbox)
{
    for (const OutboxOp &op : outbox->pending()) {
        if (op.kind == OutboxOp::Kind::Stop)
            return true;
    }
    return false;
}
} // namespace

void TestSleepStop::takesADelayLock()
{
    FakeLogind logind(QStringLiteral("fakeLogind1"));
    std::unique_ptr<SleepWatcher> sleep(watcherOn());
    QTRY_VERIFY(sleep->hasLock());
    QCOMPARE(logind.inhibitCalls(), 1);
    QCOMPARE(logind.inhibitArguments.value(0), QStringLiteral("sleep:shutdown"));
    QCOMPARE(logind.inhibitArguments.value(1), QStringLiteral("Punchclock"));
    QCOMPARE(logind.inhibitArguments.value(3), QStringLiteral("delay"));
    QVERIFY(logind.isHeld(0));
    sleep->releaseLock();
    QTRY_VERIFY(!logind.isHeld(0));
}

void TestSleepStop::stopIsQueuedBeforeTheLockIsReleased()
{
    FakeLogind logind(QStringLiteral("fakeLogind2"));
    PresenceRig rig;
    PresenceSettings settings;
    settings.onSleep = PresenceSettings::Action::Stop;
    rig.presence->setSettings(settings);
    rig.presence->setSleepWatcher(watcherOn());
    QTRY_VERIFY(rig.presence->sleepWatcher()->hasLock());
    QVERIFY(rig.signIn());
    const QDateTime t0 = rig.clock.nowUtc();
    QVERIFY(rig.startWriting());
    // Nothing is sent from here (like a laptop whose Wi-Fi goes first): the stop waits in the outbox.
    rig.session->sync()->setPaused(true);

    // The moment the stop enters the outbox, the lock must still be held.
    bool heldWhenQueued = false;
    bool queued = false;
    QObject::connect(rig.session->outbox(), &Outbox::countChanged, rig.session.get(), [&] {
        if (!queued && hasStopIn(rig.session->outbox())) {
            queued = true;
            heldWhenQueued = logind.isHeld(0);
        }
    });
    QSignalSpy stoppedWhileAway(rig.presence.get(), &PresenceController::timerStoppedWhileAway);
    rig.clock.advance(25 * 60);
    logind.emitPrepareForSleep(true);
    QTRY_VERIFY(!logind.isHeld(0));
    QVERIFY(queued);
    QVERIFY(heldWhenQueued);
    QVERIFY(!rig.timer->isRunning());
    QCOMPARE(stoppedWhileAway.count(), 0); // said on resume

    // Resume: the lock again, and "stopped at …" with the entry to continue.
    rig.clock.advance(8 * 3600);
    logind.emitPrepareForSleep(false);
    QVERIFY(stoppedWhileAway.wait(2000));
    QCOMPARE(stoppedWhileAway.at(0).at(1).value<AwayReason>(), AwayReason::Sleep);
    QCOMPARE(stoppedWhileAway.at(0).at(2).toDateTime(), t0.addSecs(25 * 60));
    QCOMPARE(stoppedWhileAway.at(0).at(0).value<TimeEntry>().description, QStringLiteral("Writing"));
    QTRY_COMPARE(logind.inhibitCalls(), 2);
    QTRY_VERIFY(rig.presence->sleepWatcher()->hasLock());
    QVERIFY(logind.isHeld(1));

    // Online again: the sandbox gets the stop at the moment of the sleep, not of the resume.
    rig.session->sync()->setPaused(false);
    rig.session->sync()->retryNow();
    QVERIFY(rig.drained());
    const QList<QJsonObject> entries = rig.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(PresenceRig::stop(entries.at(0)), t0.addSecs(25 * 60));
}

void TestSleepStop::askOnReturnAfterResume()
{
    FakeLogind logind(QStringLiteral("fakeLogind3"));
    PresenceRig rig;
    rig.presence->setSleepWatcher(watcherOn()); // the default: ask on return
    QCOMPARE(rig.presence->settings().onSleep, PresenceSettings::Action::AskOnReturn);
    QTRY_VERIFY(rig.presence->sleepWatcher()->hasLock());
    QVERIFY(rig.signIn());
    const QDateTime t0 = rig.clock.nowUtc();
    QVERIFY(rig.startWriting());
    QSignalSpy asked(rig.presence.get(), &PresenceController::returnQuestionReady);
    rig.clock.advance(10 * 60);
    logind.emitPrepareForSleep(true);
    QTRY_VERIFY(!logind.isHeld(0));
    QVERIFY(rig.timer->isRunning());
    rig.clock.advance(40 * 60);
    logind.emitPrepareForSleep(false);
    QVERIFY(asked.wait(2000));
    const auto question = asked.at(0).at(0).value<ReturnQuestion>();
    QCOMPARE(question.reason, AwayReason::Sleep);
    QCOMPARE(question.from, t0.addSecs(10 * 60));
    QCOMPARE(question.back, t0.addSecs(50 * 60));
    rig.presence->discardAndStop();
    QVERIFY(rig.drained());
    QCOMPARE(PresenceRig::stop(rig.entries().value(0)), t0.addSecs(10 * 60));
}

void TestSleepStop::ignoreLeavesTheTimerRunning()
{
    FakeLogind logind(QStringLiteral("fakeLogind4"));
    PresenceRig rig;
    PresenceSettings settings;
    settings.onSleep = PresenceSettings::Action::Ignore;
    rig.presence->setSettings(settings);
    rig.presence->setSleepWatcher(watcherOn());
    QTRY_VERIFY(rig.presence->sleepWatcher()->hasLock());
    QVERIFY(rig.signIn());
    QVERIFY(rig.startWriting());
    QSignalSpy asked(rig.presence.get(), &PresenceController::returnQuestionReady);
    logind.emitPrepareForSleep(true);
    QTRY_VERIFY(!logind.isHeld(0)); // released at once all the same
    rig.clock.advance(3600);
    logind.emitPrepareForSleep(false);
    QTRY_COMPARE(logind.inhibitCalls(), 2);
    QVERIFY(rig.timer->isRunning());
    QCOMPARE(asked.count(), 0);
    QCOMPARE(rig.session->pendingChangeCount(), 0);
}

void TestSleepStop::shutdownStops()
{
    FakeLogind logind(QStringLiteral("fakeLogind5"));
    PresenceRig rig; // the default: stop
    rig.presence->setSleepWatcher(watcherOn());
    QTRY_VERIFY(rig.presence->sleepWatcher()->hasLock());
    QVERIFY(rig.signIn());
    const QDateTime t0 = rig.clock.nowUtc();
    QVERIFY(rig.startWriting());
    rig.session->sync()->setPaused(true);
    bool heldWhenQueued = false;
    QObject::connect(rig.session->outbox(), &Outbox::countChanged, rig.session.get(), [&] {
        if (hasStopIn(rig.session->outbox()))
            heldWhenQueued = logind.isHeld(0);
    });
    rig.clock.advance(90);
    logind.emitPrepareForShutdown(true);
    QTRY_VERIFY(!logind.isHeld(0));
    QVERIFY(heldWhenQueued);
    rig.session->sync()->setPaused(false);
    rig.session->sync()->retryNow();
    QVERIFY(rig.drained());
    QCOMPARE(PresenceRig::stop(rig.entries().value(0)), t0.addSecs(90));
}

// "Ask" on shutdown: remembered, and asked once the next start's first list shows the entry.
void TestSleepStop::shutdownAskWaitsForTheNextStart()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    FakeLogind logind(QStringLiteral("fakeLogind6"));
    PresenceRig rig;
    QDateTime t0;
    {
        PresenceController before(rig.session.get(), rig.timer.get(), &rig.clock, &store);
        PresenceSettings settings;
        settings.onShutdown = PresenceSettings::Action::AskOnReturn;
        before.setSettings(settings);
        before.setSleepWatcher(watcherOn());
        QTRY_VERIFY(before.sleepWatcher()->hasLock());
        QVERIFY(rig.signIn());
        t0 = rig.clock.nowUtc();
        QVERIFY(rig.startWriting());
        rig.clock.advance(20 * 60);
        logind.emitPrepareForShutdown(true);
        QTRY_VERIFY(!logind.isHeld(0));
        QVERIFY(rig.timer->isRunning());
    }
    // The next start, an hour later.
    rig.clock.advance(3600);
    PresenceController after(rig.session.get(), rig.timer.get(), &rig.clock, &store);
    QSignalSpy asked(&after, &PresenceController::returnQuestionReady);
    rig.session->refresh();
    QVERIFY(asked.wait(5000));
    const auto question = asked.at(0).at(0).value<ReturnQuestion>();
    QCOMPARE(question.reason, AwayReason::Shutdown);
    QCOMPARE(question.from, t0.addSecs(20 * 60));
    QCOMPARE(question.back, t0.addSecs(80 * 60));
    QVERIFY(!store.contains(QStringLiteral("presence/shutdownAt"))); // asked once
}

QTEST_GUILESS_MAIN(TestSleepStop)
#include "tst_sleepstop.moc"
