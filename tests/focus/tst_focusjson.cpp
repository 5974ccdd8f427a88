// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/ApiError.h"
#include "app/focus/FocusEntryQuery.h"
#include "app/focus/FocusJson.h"
#include "app/focus/FocusTaskQuery.h"
#include "app/track/TrackTime.h"

#include <QJsonDocument>
#include <QTest>

using namespace punchclock;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestFocusJson : public QObject
{
    Q_OBJECT
private slots:
    void stoppedEntry();
    void runningEntryHasNoDuration();
    void streamEntryTakesTaskIdFromTask();
    void entryRoundTrip();
    void task();
    void taskWithoutEstimateHasNoProgress();
    void settings();
    void page();
    void notAPage();
    void createBody();
    void patchSendsOnlyWhatIsSet();
    void entryQuery();
    void taskQueryJoinsIdsWithCommas();
    void focusErrorBodyDecoded();
};

void TestFocusJson::stoppedEntry()
{
    const FocusTimeEntry e = FocusJson::entryFromJson(parse(
        R"({"id":5,"workspace_id":3,"task_id":9,"time_block_id":null,"toggl_user_id":77,"type":"break",
            "start":"2024-03-01T09:00:00.123456+02:00","duration":1800,"archived_at":"2024-03-02T00:00:00Z",
            "deleted_at":null,"created_at":"2024-03-01T09:30:00Z","updated_at":"2024-03-01T09:30:00Z"})"));
    QCOMPARE(e.id, 5);
    QCOMPARE(e.workspaceId, 3);
    QCOMPARE(e.taskId, 9);
    QVERIFY(!e.timeBlockId);
    QCOMPARE(e.userId, 77);
    QCOMPARE(e.type, QStringLiteral("break"));
    QCOMPARE(e.start, TrackTime::utc(QDate(2024, 3, 1), QTime(7, 0, 0, 123)));
    QCOMPARE(e.duration, 1800);
    QVERIFY(e.isArchived());
    QVERIFY(!e.isDeleted());
    QVERIFY(!e.isRunning());
    QCOMPARE(e.seconds(QDateTime::currentDateTimeUtc()), 1800);
}

void TestFocusJson::runningEntryHasNoDuration()
{
    const FocusTimeEntry e = FocusJson::entryFromJson(
        parse(R"({"id":6,"type":"activity","start":"2024-03-01T09:00:00Z","duration":null})"));
    QVERIFY(e.isRunning());
    QCOMPARE(e.seconds(TrackTime::utc(QDate(2024, 3, 1), QTime(9, 10))), 600);
    QVERIFY(!FocusJson::entryToJson(e).contains(QLatin1String("duration")) ||
            FocusJson::entryToJson(e).value(QLatin1String("duration")).isNull());
}

void TestFocusJson::streamEntryTakesTaskIdFromTask()
{
    const FocusTimeEntry e = FocusJson::entryFromJson(parse(R"({"id":7,"task":{"id":42,"name":"Write"}})"));
    QCOMPARE(e.taskId, 42);
    QCOMPARE(e.type, QStringLiteral("activity")); // the default when absent
}

void TestFocusJson::entryRoundTrip()
{
    FocusTimeEntry e;
    e.id = 8;
    e.workspaceId = 2;
    e.taskId = 4;
    e.type = QStringLiteral("activity");
    e.start = TrackTime::utc(QDate(2024, 5, 6), QTime(7, 8, 9));
    e.duration = 65;
    e.deletedAt = TrackTime::utc(QDate(2024, 5, 7), QTime(0, 0));
    e.createdAt = e.start;
    e.updatedAt = e.start;
    QCOMPARE(FocusJson::entryFromJson(FocusJson::entryToJson(e)), e);
}

void TestFocusJson::task()
{
    const FocusTask t = FocusJson::taskFromJson(parse(
        R"({"id":11,"workspace_id":3,"name":"Design review","status_id":2,
            "status":{"id":2,"name":"In progress","type":"in_progress","emoji":""},
            "project":{"id":5,"name":"Apollo","color":"#ff0000"},"priority":"high","estimated_mins":120,
            "total_tracked_time":5400,"position":3,"pinned":true,"archived_at":null})"));
    QCOMPARE(t.id, 11);
    QCOMPARE(t.name, QStringLiteral("Design review"));
    QCOMPARE(t.statusId, 2);
    QCOMPARE(t.statusName, QStringLiteral("In progress"));
    QCOMPARE(t.projectId, 5); // from the project object when project_id is absent
    QCOMPARE(t.projectName, QStringLiteral("Apollo"));
    QCOMPARE(t.projectColor, QStringLiteral("#ff0000"));
    QCOMPARE(t.priority, QStringLiteral("high"));
    QCOMPARE(t.estimatedMins, 120);
    QCOMPARE(t.trackedSeconds, 5400);
    QVERIFY(t.pinned);
    QVERIFY(!t.isArchived());
    QCOMPARE(t.progress().value(), 0.75);
}

void TestFocusJson::taskWithoutEstimateHasNoProgress()
{
    const FocusTask t = FocusJson::taskFromJson(parse(R"({"id":1,"name":"x","estimated_mins":null})"));
    QVERIFY(!t.progress());
    QCOMPARE(t.priority, QStringLiteral("none"));
}

void TestFocusJson::settings()
{
    const FocusSettings s = FocusJson::settingsFromJson(
        parse(R"({"theme":"auto","current_workspace_id":12345,"time_format":"24h","start_week_on":0})"));
    QCOMPARE(s.currentWorkspaceId, 12345);
    QCOMPARE(s.timeFormat, QStringLiteral("24h"));
    QCOMPARE(s.startWeekOn, 0);
}

void TestFocusJson::page()
{
    const auto p =
        FocusJson::pageFromJson(parse(R"({"data":[{"id":1},{"id":2}],"page":2,"per_page":2,"total":5})"));
    QVERIFY(p);
    QCOMPARE(p->data.size(), 2);
    QCOMPARE(p->page, 2);
    QCOMPARE(p->perPage, 2);
    QCOMPARE(p->total, 5);
    const auto empty = FocusJson::pageFromJson(parse(R"({"data":null,"page":1,"per_page":50})"));
    QVERIFY(empty && empty->data.isEmpty() && !empty->total);
}

void TestFocusJson::notAPage()
{
    QVERIFY(!FocusJson::pageFromJson(parse(R"({"data":"nope"})")));
}

void TestFocusJson::createBody()
{
    FocusTimeEntry e;
    e.taskId = 3;
    e.start = TrackTime::utc(QDate(2024, 1, 2), QTime(3, 4, 5));
    e.duration = 90;
    const QJsonObject body = FocusJson::entryCreateJson(e);
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("activity"));
    QCOMPARE(body.value(QLatin1String("start")).toString(), QStringLiteral("2024-01-02T03:04:05Z"));
    QCOMPARE(body.value(QLatin1String("duration")).toInt(), 90);
    QVERIFY(!body.contains(QLatin1String("task_id"))); // in the path
    QCOMPARE(FocusJson::entryCreateJson(e, true).value(QLatin1String("task_id")).toInt(), 3);
}

void TestFocusJson::patchSendsOnlyWhatIsSet()
{
    FocusEntryPatch p;
    QVERIFY(p.isEmpty());
    p.id = 9;
    p.duration = 300;
    QCOMPARE(p.toJson(), QJsonObject({{QLatin1String("duration"), 300}}));
    QCOMPARE(p.toJson(true).value(QLatin1String("id")).toInt(), 9);
    p.type = QStringLiteral("break");
    QCOMPARE(p.toJson().size(), 2);
}

void TestFocusJson::entryQuery()
{
    FocusEntryQuery q;
    q.dateFrom = TrackTime::utc(QDate(2024, 1, 1), QTime(0, 0));
    q.dateTo = TrackTime::utc(QDate(2024, 2, 1), QTime(0, 0));
    q.archived = false;
    q.orderBy = {QStringLiteral("-start"), QStringLiteral("task_id")};
    q.perPage = 3;
    const QUrlQuery u = q.toUrlQuery(2);
    QCOMPARE(u.queryItemValue(QStringLiteral("date_from")), QStringLiteral("2024-01-01T00:00:00Z"));
    QCOMPARE(u.queryItemValue(QStringLiteral("archived")), QStringLiteral("false"));
    QCOMPARE(u.queryItemValue(QStringLiteral("order_by")), QStringLiteral("-start,task_id"));
    QCOMPARE(u.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(u.queryItemValue(QStringLiteral("per_page")), QStringLiteral("3"));
    QVERIFY(!q.toUrlQuery().hasQueryItem(QStringLiteral("page")));
}

void TestFocusJson::taskQueryJoinsIdsWithCommas()
{
    FocusTaskQuery q;
    q.statusIds = {1, 2};
    q.archived = true;
    const QUrlQuery u = q.toUrlQuery(1);
    QCOMPARE(u.queryItemValue(QStringLiteral("status_id")), QStringLiteral("1,2"));
    QCOMPARE(u.queryItemValue(QStringLiteral("archived")), QStringLiteral("true"));
}

void TestFocusJson::focusErrorBodyDecoded()
{
    const ApiError e = ApiError::fromHttp(
        400, R"({"error":"invalid_request","error_description":"date_from is required","trace_id":"x"})",
        "application/json", false);
    QCOMPARE(e.kind, ApiError::Kind::BadRequest);
    QCOMPARE(e.message, QStringLiteral("date_from is required"));
    QCOMPARE(ApiError::fromHttp(401, R"({"error":"unauthorized","error_description":""})", "application/json",
                                false)
                 .message,
             QStringLiteral("unauthorized"));
}

QTEST_GUILESS_MAIN(TestFocusJson)
#include "tst_focusjson.moc"
