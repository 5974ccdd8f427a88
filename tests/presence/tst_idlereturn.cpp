// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #20, idle time end to end: a fake GNOME idle monitor on the private session bus, the real
// D-Bus source, IdleMonitor, PresenceController, TimerController and TrackSession on the sandbox,
// time moved by a ManualClock. Idle for 6 minutes, back, then each of the four answers: the
// sandbox holds exactly the entries (and start/stop times) the answer promises.
#include <QSignalSpy>
#include <QTest>

#include "app/presence/DBusIdleSource.h"
#include "app/presence/IdleMonitor.h"
#include "tests/support/FakePresenceServices.h"
#include "tests/support/PresenceRig.h"

using namespace punchclock;
using punchclock::test::FakeIdleMonitor;

class TestIdleReturn : public QObject
{
    Q_OBJECT

private slots:
    void picksTheFirstSourceThatAnswers();
    void saysWhenNoSourceAnswers();
    void answers_data();
    void answers();
    void noQuestionWhenStoppedMeanwhile();
    void pollsOnlyWhileATimerRuns();
};

namespace {
IdleMonitor *dbusMonitor(const Clock *clock)
{
    auto *idle = new IdleMonitor(clock);
    const QDBusConnection bus = QDBusConnection::sessionBus();
    idle->addSource(new DBusIdleSource(bus, DBusIdleSource::freedesktopScreenSaver()));
    idle->addSource(new DBusIdleSource(bus, DBusIdleSource::mutterIdleMonitor()));
    return idle;
}
} // namespace

// KDE's interface first; it is not on this bus, so GNOME's answers and is the source.
void TestIdleReturn::picksTheFirstSourceThatAnswers()
{
    FakeIdleMonitor mutter(FakeIdleMonitor::Kind::Mutter, QStringLiteral("fakeMutter1"));
    ManualClock clock;
    std::unique_ptr<IdleMonitor> idle(dbusMonitor(&clock));
    QSignalSpy changed(idle.get(), &IdleMonitor::sourceChanged);
    idle->setActive(true);
    QTRY_VERIFY(idle->source() != nullptr);
    QCOMPARE(idle->sourceName(), DBusIdleSource::mutterIdleMonitor().name);
    QVERIFY(!idle->hasNoSource());
    QCOMPARE(mutter.calls, 1);

    // With KDE's there too, a new probe prefers it.
    FakeIdleMonitor kde(FakeIdleMonitor::Kind::KdeScreenSaver, QStringLiteral("fakeKde1"));
    idle->reprobe();
    QTRY_COMPARE(idle->sourceName(), DBusIdleSource::freedesktopScreenSaver().name);
}

void TestIdleReturn::saysWhenNoSourceAnswers()
{
    ManualClock clock;
    std::unique_ptr<IdleMonitor> idle(dbusMonitor(&clock));
    idle->setActive(true);
    QTRY_VERIFY(idle->hasNoSource());
    QVERIFY(idle->source() == nullptr);
}

void TestIdleReturn::answers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("discard and continue") << QStringLiteral("continue");
    QTest::newRow("discard and stop") << QStringLiteral("stop");
    QTest::newRow("keep") << QStringLiteral("keep");
    QTest::newRow("add as entry") << QStringLiteral("add");
}

void TestIdleReturn::answers()
{
    QFETCH(QString, answer);
    FakeIdleMonitor mutter(FakeIdleMonitor::Kind::Mutter, QStringLiteral("fakeMutter2"));
    PresenceRig rig;
    IdleMonitor *idle = dbusMonitor(&rig.clock);
    rig.presence->setIdleMonitor(idle);
    QVERIFY(rig.signIn());
    const QDateTime t0 = rig.clock.nowUtc();
    QVERIFY(rig.startWriting());
    QTRY_VERIFY(idle->source() != nullptr); // polled once a timer runs
    QCOMPARE(idle->thresholdSeconds(), 5 * 60);

    QSignalSpy began(idle, &IdleMonitor::idleBegan);
    QSignalSpy asked(rig.presence.get(), &PresenceController::returnQuestionReady);
    // Two minutes of work, then six minutes without input.
    rig.clock.advance(2 * 60);
    mutter.idleMs = 0;
    idle->poll();
    QTRY_COMPARE(mutter.calls, 2);
    rig.clock.advance(6 * 60);
    mutter.idleMs = 6 * 60 * 1000;
    idle->poll();
    QVERIFY(began.wait(2000));
    const QDateTime idleFrom = t0.addSecs(2 * 60);
    QCOMPARE(began.at(0).at(0).toDateTime(), idleFrom);
    // Still away a minute later: no question yet.
    rig.clock.advance(60);
    mutter.idleMs = 7 * 60 * 1000;
    idle->poll();
    QTest::qWait(100);
    QCOMPARE(asked.count(), 0);
    // Back: the last input was 10 s before this poll.
    rig.clock.advance(30);
    mutter.idleMs = 10'000;
    idle->poll();
    QVERIFY(asked.wait(2000));
    const QDateTime back = t0.addSecs(9 * 60 + 20);
    const auto question = asked.at(0).at(0).value<ReturnQuestion>();
    QCOMPARE(question.reason, AwayReason::Idle);
    QCOMPARE(question.from, idleFrom);
    QCOMPARE(question.back, back);
    QCOMPARE(question.entry.description, QStringLiteral("Writing"));
    QVERIFY(rig.presence->pendingQuestion().has_value());

    // The person answers a while later.
    rig.clock.advance(45);
    QSignalSpy closed(rig.presence.get(), &PresenceController::returnQuestionClosed);
    if (answer == QLatin1String("continue"))
        rig.presence->discardAndContinue();
    else if (answer == QLatin1String("stop"))
        rig.presence->discardAndStop();
    else if (answer == QLatin1String("keep"))
        rig.presence->keep();
    else
        rig.presence->addAwayAsEntry(QStringLiteral("Coffee with Ana"));
    QCOMPARE(closed.count(), 1);
    QVERIFY(!rig.presence->pendingQuestion());
    QTest::qWait(50);
    QVERIFY(rig.drained());

    const QList<QJsonObject> entries = rig.entries();
    const QJsonObject first = entries.value(0);
    QCOMPARE(PresenceRig::start(first), t0);
    QCOMPARE(first.value(QStringLiteral("description")).toString(), QStringLiteral("Writing"));
    const auto expectCopy = [&](const QJsonObject &copy) {
        QCOMPARE(copy.value(QStringLiteral("description")).toString(), QStringLiteral("Writing"));
        QCOMPARE(copy.value(QStringLiteral("project_id")).toInteger(), rig.projectId);
        QCOMPARE(copy.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("deep")});
        QCOMPARE(copy.value(QStringLiteral("billable")).toBool(), true);
        QCOMPARE(PresenceRig::start(copy), back);
        QVERIFY(copy.value(QStringLiteral("stop")).isNull());
        QVERIFY(copy.value(QStringLiteral("duration")).toInteger() < 0);
    };
    if (answer == QLatin1String("continue")) {
        QCOMPARE(entries.size(), 2);
        QCOMPARE(PresenceRig::stop(first), idleFrom);
        expectCopy(entries.at(1));
    } else if (answer == QLatin1String("stop")) {
        QCOMPARE(entries.size(), 1);
        QCOMPARE(PresenceRig::stop(first), idleFrom);
        QCOMPARE(first.value(QStringLiteral("duration")).toInteger(), 2 * 60);
        QVERIFY(!rig.timer->isRunning());
    } else if (answer == QLatin1String("keep")) {
        QCOMPARE(entries.size(), 1);
        QVERIFY(first.value(QStringLiteral("stop")).isNull());
        QVERIFY(rig.timer->isRunning());
    } else {
        QCOMPARE(entries.size(), 3);
        QCOMPARE(PresenceRig::stop(first), idleFrom);
        const QJsonObject away = entries.at(1);
        QCOMPARE(away.value(QStringLiteral("description")).toString(), QStringLiteral("Coffee with Ana"));
        QCOMPARE(PresenceRig::start(away), idleFrom);
        QCOMPARE(PresenceRig::stop(away), back);
        QCOMPARE(away.value(QStringLiteral("duration")).toInteger(), idleFrom.secsTo(back));
        QVERIFY(!away.contains(QStringLiteral("project_id")) ||
                away.value(QStringLiteral("project_id")).isNull());
        expectCopy(entries.at(2));
    }
}

// The timer stopped elsewhere while the person was away: the return asks nothing.
void TestIdleReturn::noQuestionWhenStoppedMeanwhile()
{
    FakeIdleMonitor mutter(FakeIdleMonitor::Kind::Mutter, QStringLiteral("fakeMutter3"));
    PresenceRig rig;
    IdleMonitor *idle = dbusMonitor(&rig.clock);
    rig.presence->setIdleMonitor(idle);
    QVERIFY(rig.signIn());
    QVERIFY(rig.startWriting());
    QTRY_VERIFY(idle->source() != nullptr);
    QSignalSpy began(idle, &IdleMonitor::idleBegan);
    QSignalSpy asked(rig.presence.get(), &PresenceController::returnQuestionReady);
    rig.clock.advance(6 * 60);
    mutter.idleMs = 6 * 60 * 1000;
    idle->poll();
    QVERIFY(began.wait(2000));
    rig.timer->stop();
    QTRY_VERIFY(!rig.timer->isRunning());
    QVERIFY(!idle->isActive());
    mutter.idleMs = 1000;
    idle->poll();
    QTest::qWait(200);
    QCOMPARE(asked.count(), 0);
}

// No timer, no polling; with one, the poll timer is no faster than every 10 s.
void TestIdleReturn::pollsOnlyWhileATimerRuns()
{
    FakeIdleMonitor mutter(FakeIdleMonitor::Kind::Mutter, QStringLiteral("fakeMutter4"));
    PresenceRig rig;
    IdleMonitor *idle = dbusMonitor(&rig.clock);
    rig.presence->setIdleMonitor(idle);
    QVERIFY(rig.signIn());
    QTest::qWait(300);
    QCOMPARE(mutter.calls, 0);
    QVERIFY(!idle->isActive());
    QVERIFY(IdleMonitor::kPollMs >= 10'000);
    QVERIFY(rig.startWriting());
    QTRY_COMPARE(mutter.calls, 1);
    QTest::qWait(1500);
    QCOMPARE(mutter.calls, 1); // the next one is 10 s away
    // Switched off in Settings: no polling even while the timer runs.
    PresenceSettings off;
    off.idleEnabled = false;
    rig.presence->setSettings(off);
    QVERIFY(!idle->isActive());
}

QTEST_GUILESS_MAIN(TestIdleReturn)
#include "tst_idlereturn.moc"
