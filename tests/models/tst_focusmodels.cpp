// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/api/FocusApi.h"
#include "app/models/FocusTaskFilterModel.h"
#include "app/models/FocusTaskModel.h"
#include "app/models/FocusTimeEntryModel.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusTaskTimer.h"
#include "app/time/Clock.h"
#include "app/track/TrackTime.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

namespace {
FocusTask makeTask(qint64 id, const QString &name, qint64 status, std::optional<qint64> project,
                   std::optional<qint64> estimateMins, qint64 tracked, bool archived = false)
{
    FocusTask t;
    t.id = id;
    t.name = name;
    t.statusId = status;
    t.statusName = status == 1 ? QStringLiteral("To do") : QStringLiteral("Done");
    t.projectId = project;
    t.projectName = project ? QStringLiteral("Project %1").arg(*project) : QString();
    t.estimatedMins = estimateMins;
    t.trackedSeconds = tracked;
    if (archived)
        t.archivedAt = QDateTime::currentDateTimeUtc();
    return t;
}

FocusTimeEntry makeEntry(qint64 id, qint64 task, int day, qint64 seconds, bool archived = false)
{
    FocusTimeEntry e;
    e.id = id;
    e.taskId = task;
    e.start = TrackTime::utc(QDate(2024, 3, day), QTime(9, 0));
    e.duration = seconds;
    if (archived)
        e.archivedAt = e.start;
    return e;
}

} // namespace

class TestFocusModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void taskModelShowsProgressAndHidesArchived();
    void taskFilterByStatusProjectAndSearch();
    void entryModelLocal();
    void entryEditIsPatched();
    void refusedEditIsReverted();
    void entryActionsReachTheServer();
    void sessionFindsWorkspaceAndLoads();
    void selectTaskLoadsArchivedToo();
    void streamKeepsModelSignalsConsistent();
    void streamOf20000ReachesTheModelProgressively();
    void timerSavesAtOnceResumesAndStops();
    void failedStopKeepsTheTimer();

private:
    void configure(FocusSession &session, qint64 workspace);
    qint64 insertEntry(qint64 task, int day, qint64 seconds, const QJsonObject &extra = {});
    static bool selectAndLoad(FocusSession &session, qint64 task);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    ApiTransport *m_transport = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestFocusModels::init()
{
    m_server = startSandbox();
    m_transport = new ApiTransport(this);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("punchclock.ini")), QSettings::IniFormat);
}

void TestFocusModels::cleanup()
{
    delete m_transport;
    m_transport = nullptr;
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestFocusModels::configure(FocusSession &session, qint64 workspace)
{
    session.configure(m_server->focusKey(), m_server->focusOrganizationId(), workspace, m_server->baseUrl());
}

// Selects `task` and waits for its entries.
bool TestFocusModels::selectAndLoad(FocusSession &session, qint64 task)
{
    QSignalSpy loaded(&session, &FocusSession::entriesLoaded);
    session.selectTask(task);
    return loaded.wait(10000);
}

qint64 TestFocusModels::insertEntry(qint64 task, int day, qint64 seconds, const QJsonObject &extra)
{
    QJsonObject fields = extra;
    fields.insert(QLatin1String("task_id"), task);
    fields.insert(QLatin1String("start"),
                  TrackTime::format(TrackTime::utc(QDate(2024, 3, day), QTime(9, 0))));
    fields.insert(QLatin1String("duration"), seconds);
    fields.insert(QLatin1String("type"), QStringLiteral("activity"));
    return m_server->insertFocusTimeEntry(fields);
}

void TestFocusModels::taskModelShowsProgressAndHidesArchived()
{
    FocusTaskModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTasks({makeTask(1, QStringLiteral("Write"), 1, 5, 60, 1800),
                    makeTask(2, QStringLiteral("Free"), 1, {}, {}, 60),
                    makeTask(3, QStringLiteral("Old"), 2, 5, 30, 30, true)});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex progress = model.index(0, FocusTaskModel::ProgressColumn);
    QCOMPARE(progress.data(FocusTaskModel::ProgressRole).toDouble(), 0.5);
    QCOMPARE(progress.data().toString(), QStringLiteral("50%"));
    QCOMPARE(model.index(0, FocusTaskModel::EstimateColumn).data().toString(), QStringLiteral("1:00"));
    QVERIFY(!model.index(1, FocusTaskModel::ProgressColumn).data(FocusTaskModel::ProgressRole).isValid());
    model.setShowArchived(true);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(2, 0).data(FocusTaskModel::ArchivedRole).toBool());
    model.addTrackedSeconds(1, 1800);
    QCOMPARE(model.index(0, FocusTaskModel::ProgressColumn).data(FocusTaskModel::ProgressRole).toDouble(),
             1.0);
    model.setShowArchived(false);
    QCOMPARE(model.rowOf(3), -1);
}

void TestFocusModels::taskFilterByStatusProjectAndSearch()
{
    FocusTaskModel model;
    FocusTaskFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTasks({makeTask(1, QStringLiteral("Write report"), 1, 5, 60, 0),
                    makeTask(2, QStringLiteral("Review"), 2, 5, 60, 0),
                    makeTask(3, QStringLiteral("Email"), 1, {}, {}, 0)});
    QCOMPARE(filter.rowCount(), 3);
    filter.setStatusFilter(1);
    QCOMPARE(filter.rowCount(), 2);
    filter.setProjectFilter(5);
    QCOMPARE(filter.rowCount(), 1);
    filter.setProjectFilter(0); // no project
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Email"));
    filter.setProjectFilter(std::nullopt);
    filter.setStatusFilter(std::nullopt);
    filter.setSearchText(QStringLiteral("project 5"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearchText(QStringLiteral("REPORT"));
    QCOMPARE(filter.rowCount(), 1);
    filter.sort(FocusTaskModel::NameColumn);
}

void TestFocusModels::entryModelLocal()
{
    FocusTimeEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(7, {makeEntry(1, 7, 1, 60), makeEntry(2, 7, 2, 120, true)});
    QCOMPARE(model.rowCount(), 1);
    model.appendEntries({makeEntry(3, 7, 3, 180), makeEntry(1, 7, 1, 90)}); // one new, one update
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entryAt(0).duration, 90);
    model.setShowArchived(true);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, FocusTimeEntryModel::StateColumn).data().toString(), QStringLiteral("Archived"));
    model.setShowArchived(false);
    QVERIFY(model.setData(model.index(0, FocusTimeEntryModel::DurationColumn), QStringLiteral("1:00:00")));
    QCOMPARE(model.entryAt(0).duration, 3600);
    QVERIFY(model.setData(model.index(0, FocusTimeEntryModel::TypeColumn), QStringLiteral("break")));
    QVERIFY(!model.setData(model.index(0, FocusTimeEntryModel::TypeColumn), QStringLiteral("nap")));
    QVERIFY(!model.setData(model.index(0, FocusTimeEntryModel::DurationColumn), QStringLiteral("soon")));
    QVERIFY(!(model.flags(model.index(0, FocusTimeEntryModel::StateColumn)) & Qt::ItemIsEditable));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestFocusModels::entryEditIsPatched()
{
    FocusSession session(m_transport, m_settings.get());
    configure(session, m_server->focusWorkspaceId());
    const qint64 task = m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Edit")}});
    const qint64 id = insertEntry(task, 3, 600);
    QAbstractItemModelTester tester(session.entries(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(selectAndLoad(session, task));
    QCOMPARE(session.entries()->rowCount(), 1);
    QSignalSpy updated(session.entries(), &FocusTimeEntryModel::entryUpdated);
    QVERIFY(session.entries()->setData(session.entries()->index(0, FocusTimeEntryModel::DurationColumn),
                                       QStringLiteral("25m")));
    QVERIFY(updated.wait(10000));
    QCOMPARE(m_server->focusTimeEntry(id).value(QLatin1String("duration")).toInt(), 1500);
    const QDateTime newStart = TrackTime::utc(QDate(2024, 3, 4), QTime(8, 30));
    QVERIFY(
        session.entries()->setData(session.entries()->index(0, FocusTimeEntryModel::StartColumn), newStart));
    QVERIFY(updated.wait(10000));
    QCOMPARE(TrackTime::parse(m_server->focusTimeEntry(id).value(QLatin1String("start")).toString()),
             newStart);
}

void TestFocusModels::refusedEditIsReverted()
{
    FocusApi api(m_transport);
    api.setBaseUrl(m_server->baseUrl());
    api.setApiKey(m_server->focusKey());
    api.setOrganizationId(m_server->focusOrganizationId());
    api.setWorkspaceId(m_server->focusWorkspaceId());
    const qint64 task = m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Gone")}});
    FocusTimeEntryModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(task, {makeEntry(999999, task, 1, 60)}); // unknown to the server: 404
    QSignalSpy errors(&model, &FocusTimeEntryModel::errorOccurred);
    QVERIFY(model.setData(model.index(0, FocusTimeEntryModel::DurationColumn), 120));
    QCOMPARE(model.entryAt(0).duration, 120); // shown at once
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.entryAt(0).duration, 60); // and put back
    QVERIFY(errors.first().first().toString().contains(QLatin1String("404")));
}

void TestFocusModels::entryActionsReachTheServer()
{
    FocusSession session(m_transport, m_settings.get());
    configure(session, m_server->focusWorkspaceId());
    const qint64 task = m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Act")}});
    const qint64 id = insertEntry(task, 3, 600);
    QAbstractItemModelTester tester(session.entries(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(selectAndLoad(session, task));
    FocusTimeEntryModel *model = session.entries();
    QSignalSpy updated(model, &FocusTimeEntryModel::entryUpdated);

    model->archive(0);
    QVERIFY(updated.wait(10000));
    QCOMPARE(model->rowCount(), 0); // archived: hidden
    QVERIFY(m_server->focusTimeEntry(id).value(QLatin1String("archived_at")).isString());
    model->setShowArchived(true);
    QCOMPARE(model->rowCount(), 1);
    model->unarchive(0);
    QVERIFY(updated.wait(10000));
    QVERIFY(!m_server->focusTimeEntry(id).value(QLatin1String("archived_at")).isString());
    model->remove(0);
    QVERIFY(updated.wait(10000));
    QVERIFY(m_server->focusTimeEntry(id).value(QLatin1String("deleted_at")).isString());
    QVERIFY(model->index(0, 0).data(FocusTimeEntryModel::DeletedRole).toBool());
    model->restore(0);
    QVERIFY(updated.wait(10000));
    QVERIFY(!m_server->focusTimeEntry(id).value(QLatin1String("deleted_at")).isString());
    model->setShowArchived(false);
    QCOMPARE(model->rowCount(), 1);
}

void TestFocusModels::sessionFindsWorkspaceAndLoads()
{
    m_server->insertFocusTask(
        {{QLatin1String("name"), QStringLiteral("First")}, {QLatin1String("estimated_mins"), 30}});
    FocusSession session(m_transport, m_settings.get());
    configure(session, 0);
    QSignalSpy loaded(&session, &FocusSession::tasksLoaded);
    QSignalSpy errors(&session, &FocusSession::errorOccurred);
    session.connectAndLoad();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(errors.size(), 0);
    QCOMPARE(session.api()->workspaceId(), m_server->focusWorkspaceId());
    QCOMPARE(session.tasks()->tasks().size(), m_server->focusTasks().size());
}

void TestFocusModels::selectTaskLoadsArchivedToo()
{
    FocusSession session(m_transport, m_settings.get());
    configure(session, m_server->focusWorkspaceId());
    const qint64 task = m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Mixed")}});
    insertEntry(task, 1, 60);
    insertEntry(task, 2, 60, {{QLatin1String("archived_at"), QStringLiteral("2024-03-05T00:00:00Z")}});
    QVERIFY(selectAndLoad(session, task));
    QCOMPARE(session.entries()->rowCount(), 1);
    QCOMPARE(session.entries()->totalCount(), 2);
    session.entries()->setShowArchived(true);
    QCOMPARE(session.entries()->rowCount(), 2);
}

void TestFocusModels::streamKeepsModelSignalsConsistent()
{
    const qint64 task = m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Small")}});
    for (int i = 0; i < 300; ++i)
        insertEntry(task, 1 + i % 28, 60 + i,
                    i % 10 == 0
                        ? QJsonObject{{QLatin1String("archived_at"), QStringLiteral("2024-04-01T00:00:00Z")}}
                        : QJsonObject{});
    FocusSession session(m_transport, m_settings.get());
    configure(session, m_server->focusWorkspaceId());
    QAbstractItemModelTester tester(session.entries(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&session, &FocusSession::entriesLoaded);
    FocusEntryQuery query;
    query.dateFrom = TrackTime::utc(QDate(2024, 2, 1), QTime(0, 0));
    query.dateTo = TrackTime::utc(QDate(2024, 4, 1), QTime(0, 0));
    query.taskId = task;
    session.streamEntries(query);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(session.entries()->totalCount(), 300); // the archived ones too (no filter sent)
    QCOMPARE(session.entries()->rowCount(), 270);
    session.entries()->setShowArchived(true);
    QCOMPARE(session.entries()->rowCount(), 300);
}

void TestFocusModels::streamOf20000ReachesTheModelProgressively()
{
    const qint64 task = m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Big")}});
    const QDateTime base = TrackTime::utc(QDate(2023, 1, 1), QTime(0, 0));
    for (int i = 0; i < 20000; ++i) {
        QJsonObject fields;
        fields.insert(QLatin1String("task_id"), task);
        fields.insert(QLatin1String("start"), TrackTime::format(base.addSecs(qint64(i) * 600)));
        fields.insert(QLatin1String("duration"), 300);
        fields.insert(QLatin1String("type"), QStringLiteral("activity"));
        m_server->insertFocusTimeEntry(fields);
    }
    FocusSession session(m_transport, m_settings.get());
    configure(session, m_server->focusWorkspaceId());
    // (QAbstractItemModelTester re-checks the model per insert: see streamKeepsModelSignalsConsistent)
    bool finished = false;
    int insertsBeforeEnd = 0;
    int rowsAtFirstInsert = -1;
    connect(session.entries(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int, int last) {
                if (finished)
                    return;
                ++insertsBeforeEnd;

                if (rowsAtFirstInsert < 0)
                    rowsAtFirstInsert = last + 1;
            });
    connect(&session, &FocusSession::entriesLoaded, this, [&] { finished = true; });
    QSignalSpy errors(&session, &FocusSession::errorOccurred);
    QSignalSpy loaded(&session, &FocusSession::entriesLoaded); // an event loop without qWait's naps
    FocusEntryQuery query;
    query.dateFrom = base.addDays(-1);
    query.dateTo = base.addDays(200);
    query.taskId = task;
    session.streamEntries(query);
    QVERIFY(loaded.wait(120000));
    QVERIFY(finished);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(session.entries()->rowCount(), 20000);
    QVERIFY2(insertsBeforeEnd >= 2,
             qPrintable(QStringLiteral("only %1 insert batches").arg(insertsBeforeEnd)));
    QVERIFY2(rowsAtFirstInsert < 20000, "the first rows arrived before the whole reply");
}

void TestFocusModels::timerSavesAtOnceResumesAndStops()
{
    const qint64 task = m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Timed")}});
    ManualClock clock(TrackTime::utc(QDate(2024, 4, 1), QTime(10, 0, 0, 500)));
    {
        FocusSession first(m_transport, m_settings.get(), &clock);
        configure(first, m_server->focusWorkspaceId());
        QVERIFY(first.timer()->start(task, QStringLiteral("Timed")));
        QVERIFY(!first.timer()->start(task)); // one at a time
        // Saved at once, readable by anyone opening the same file (a crash now loses nothing).
        QSettings fresh(m_settings->fileName(), QSettings::IniFormat);
        QCOMPARE(fresh.value(QStringLiteral("focus/timer/taskId")).toLongLong(), task);
    } // "crash": the session goes away with the timer running
    clock.advance(125);
    FocusSession second(m_transport, m_settings.get(), &clock);
    configure(second, m_server->focusWorkspaceId());
    FocusTaskTimer *timer = second.timer();
    QVERIFY(timer->isRunning());
    QCOMPARE(timer->taskId(), task);
    QCOMPARE(timer->startTime(), TrackTime::utc(QDate(2024, 4, 1), QTime(10, 0)));
    QCOMPARE(timer->elapsedSeconds(), 125);
    QSignalSpy stopped(timer, &FocusTaskTimer::stopped);
    timer->stop();
    QVERIFY(stopped.wait(10000));
    QVERIFY(!timer->isRunning());
    const auto entry = stopped.first().first().value<FocusTimeEntry>();
    const QJsonObject stored = m_server->focusTimeEntry(entry.id);
    QCOMPARE(stored.value(QLatin1String("task_id")).toInteger(), task);
    QCOMPARE(stored.value(QLatin1String("duration")).toInt(), 125);
    QCOMPARE(stored.value(QLatin1String("type")).toString(), QStringLiteral("activity"));
    QCOMPARE(TrackTime::parse(stored.value(QLatin1String("start")).toString()),
             TrackTime::utc(QDate(2024, 4, 1), QTime(10, 0)));
    QVERIFY(!QSettings(m_settings->fileName(), QSettings::IniFormat)
                 .contains(QStringLiteral("focus/timer/taskId")));
}

void TestFocusModels::failedStopKeepsTheTimer()
{
    const qint64 task = m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Kept")}});
    FocusSession session(m_transport, m_settings.get());
    session.configure(QStringLiteral("wrong-key"), m_server->focusOrganizationId(),
                      m_server->focusWorkspaceId(), m_server->baseUrl());
    QVERIFY(session.timer()->start(task));
    QSignalSpy errors(session.timer(), &FocusTaskTimer::errorOccurred);
    session.timer()->stop();
    QVERIFY(errors.wait(10000));
    QVERIFY(session.timer()->isRunning());
    QCOMPARE(m_settings->value(QStringLiteral("focus/timer/taskId")).toLongLong(), task);
}

QTEST_GUILESS_MAIN(TestFocusModels)
#include "tst_focusmodels.moc"
