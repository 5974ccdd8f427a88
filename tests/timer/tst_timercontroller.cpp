// SPDX-License-Identifier: GPL-3.0-or-later
// TimerController's rules for the timer bar (issue 17), on a signed-in session on the sandbox:
// the form edits the running entry in place, is fresh after every stop, a suggestion fills it
// without starting, and the Track and Focus timers never run together.
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/api/FocusApi.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/FocusTaskTimer.h"
#include "app/timer/TimerController.h"
#include "tests/support/SessionFixture.h"

using namespace punchclock;

class TestTimerController : public QObject
{
    Q_OBJECT

private slots:
    void editsTheRunningEntryInPlace();
    void stopLeavesAFreshForm();
    void suggestionFillsWithoutStarting();
    void startingTrackStopsFocus();
    void startingFocusStopsTrack();

private:
    static QJsonObject runningOn(const sandbox::SandboxServer &server)
    {
        for (const auto &v : server.timeEntries()) {
            if (v.toObject().value(QStringLiteral("duration")).toInteger() < 0)
                return v.toObject();
        }
        return {};
    }
};

// A Focus task timer on the same sandbox, stopping directly (no outbox).
struct FocusTimerRig
{
    QTemporaryDir dir;
    ApiTransport transport;
    FocusApi api{&transport};
    QSettings settings{dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat};
    FocusTaskTimer timer{&api, &settings};
    qint64 task = 0;

    explicit FocusTimerRig(sandbox::SandboxServer &server)
    {
        api.setBaseUrl(server.baseUrl());
        api.setApiKey(server.focusKey());
        api.setOrganizationId(server.focusOrganizationId());
        api.setWorkspaceId(server.focusWorkspaceId());
        task = server.insertFocusTask({{QStringLiteral("name"), QStringLiteral("Write tests")}});
    }
};

void TestTimerController::editsTheRunningEntryInPlace()
{
    SessionFixture f;
    const qint64 project = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    const qint64 id = f.addRunning(QStringLiteral("Started on the phone"), 20);
    TimerController timer(f.session.get());
    QVERIFY(f.signIn());
    QVERIFY(timer.isRunning());
    QSignalSpy formChanged(&timer, &TimerController::formChanged);

    timer.setDescription(QStringLiteral("Renamed"));
    QCOMPARE(timer.running()->description.value_or(QString()), QStringLiteral("Renamed")); // at once
    QCOMPARE(timer.form().id, id);
    QVERIFY(!formChanged.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("description")).toString(),
                              QStringLiteral("Renamed"), 5000);
    timer.setProjectId(project);
    timer.setTags({QStringLiteral("client")});
    timer.setBillable(true);
    QCOMPARE(timer.running()->projectId.value_or(0), project);
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("billable")).toBool(), 5000);

    const QJsonObject entry = f.server->timeEntry(id);
    QCOMPARE(entry.value(QStringLiteral("project_id")).toInteger(), project);
    QCOMPARE(entry.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("client")});
    QVERIFY(entry.value(QStringLiteral("duration")).toInteger() < 0); // never stopped
    QCOMPARE(f.server->timeEntries().size(), 1);                      // never split
    QCOMPARE(f.server->countRequests("POST"), 0);
    QCOMPARE(f.server->countRequests("PUT", QStringLiteral("/time_entries/%1").arg(id)), 4); // one each
    timer.setDescription(QStringLiteral("Renamed")); // no change, nothing sent
    QTest::qWait(200);
    QCOMPARE(f.server->countRequests("PUT", QStringLiteral("/time_entries/%1").arg(id)), 4);
}

void TestTimerController::stopLeavesAFreshForm()
{
    SessionFixture f;
    const qint64 project = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    TimerController timer(f.session.get());
    QVERIFY(f.signIn());
    timer.setDescription(QStringLiteral("First"));
    timer.setProjectId(project);
    timer.setTags({QStringLiteral("design")});
    timer.setBillable(true);
    timer.startForm();
    QTRY_VERIFY_WITH_TIMEOUT(!runningOn(*f.server).isEmpty(), 5000);
    QCOMPARE(runningOn(*f.server).value(QStringLiteral("project_id")).toInteger(), project);
    QTRY_VERIFY(!timer.isBusy());

    QSignalSpy formChanged(&timer, &TimerController::formChanged);
    timer.stop();
    QTRY_VERIFY_WITH_TIMEOUT(runningOn(*f.server).isEmpty(), 5000);
    QVERIFY(!timer.isRunning());
    QVERIFY(!formChanged.isEmpty());
    const TimeEntry form = timer.form();
    QCOMPARE(form.description.value_or(QString()), QString());
    QVERIFY(!form.projectId);
    QCOMPARE(form.tags.value_or(QStringList()), QStringList());
    QVERIFY(!form.billable);

    QTRY_VERIFY(!timer.isBusy());
    timer.setDescription(QStringLiteral("Second"));
    timer.startForm();
    QTRY_COMPARE_WITH_TIMEOUT(runningOn(*f.server).value(QStringLiteral("description")).toString(),
                              QStringLiteral("Second"), 5000);
    const QJsonObject second = runningOn(*f.server);
    QVERIFY(second.value(QStringLiteral("project_id")).isNull());
    QVERIFY(second.value(QStringLiteral("tags")).toArray().isEmpty());
    QVERIFY(!second.value(QStringLiteral("billable")).toBool());
}

void TestTimerController::suggestionFillsWithoutStarting()
{
    SessionFixture f;
    const qint64 project = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    f.addEntry(QStringLiteral("Homepage layout"), 3, 40,
               {{QStringLiteral("project_id"), project},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("design")}},
                {QStringLiteral("billable"), true}});
    TimerController timer(f.session.get());
    QVERIFY(f.signIn());
    QVERIFY(!timer.applySuggestion(QStringLiteral("nothing like it")));
    QVERIFY(timer.applySuggestion(QStringLiteral("homepage layout")));
    QVERIFY(!timer.isRunning());
    QCOMPARE(timer.form().description.value_or(QString()), QStringLiteral("Homepage layout"));
    QCOMPARE(timer.form().projectId.value_or(0), project);
    QCOMPARE(timer.form().tags.value_or(QStringList()), QStringList{QStringLiteral("design")});
    QVERIFY(timer.form().billable);
    QTest::qWait(200);
    QCOMPARE(f.server->countRequests("POST"), 0);
}

// Issue 17, item 9: one timer at a time. Starting a Track entry stops the Focus task timer (its
// time saved as a Focus entry) and says so.
void TestTimerController::startingTrackStopsFocus()
{
    SessionFixture f;
    FocusTimerRig focus(*f.server);
    TimerController timer(f.session.get());
    timer.setFocusTimer(&focus.timer);
    QVERIFY(f.signIn());
    QVERIFY(focus.timer.start(focus.task, QStringLiteral("Write tests")));
    QSignalSpy notice(&timer, &TimerController::notice);

    timer.setDescription(QStringLiteral("Track work"));
    timer.startForm();
    QTRY_VERIFY_WITH_TIMEOUT(!focus.timer.isRunning(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!runningOn(*f.server).isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(f.server->focusTimeEntries().size(), 1, 5000);
    QCOMPARE(notice.size(), 1);
    QVERIFY(notice.first().first().toString().contains(QStringLiteral("Write tests")));
}

// ... and the Focus task timer starting stops the running Track entry, and says so.
void TestTimerController::startingFocusStopsTrack()
{
    SessionFixture f;
    const qint64 id = f.addRunning(QStringLiteral("Track work"), 5);
    FocusTimerRig focus(*f.server);
    TimerController timer(f.session.get());
    timer.setFocusTimer(&focus.timer);
    QVERIFY(f.signIn());
    QVERIFY(timer.isRunning());
    QSignalSpy notice(&timer, &TimerController::notice);

    QVERIFY(focus.timer.start(focus.task, QStringLiteral("Write tests")));
    QVERIFY(!timer.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger() >= 0,
                             5000);
    QVERIFY(focus.timer.isRunning());
    QCOMPARE(notice.size(), 1);
    QVERIFY(notice.first().first().toString().contains(QStringLiteral("Track work")));
}

QTEST_GUILESS_MAIN(TestTimerController)
#include "tst_timercontroller.moc"
