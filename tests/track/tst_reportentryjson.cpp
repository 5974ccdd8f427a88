// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/ReportEntryJson.h"
#include "app/track/TrackTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace punchclock;

// The Reports API v3 detailed search answer, read as Track entries (issue #18). The rows follow
// Toggl's reference for POST /reports/api/v3/workspace/{workspace_id}/search/time_entries.
class TestReportEntryJson : public QObject
{
    Q_OBJECT
private slots:
    void oneEntryPerRow()
    {
        const QByteArray body = R"([
          {"user_id": 7, "username": "Ada", "project_id": 42, "task_id": null, "billable": true,
           "description": "Quarterly report", "tag_ids": [3, 4], "billable_amount_in_cents": null,
           "hourly_rate_in_cents": null, "currency": "USD", "row_number": 1,
           "time_entries": [{"id": 1001, "seconds": 3600, "start": "2024-03-04T09:00:00+02:00",
                             "stop": "2024-03-04T10:00:00+02:00", "at": "2024-03-05T08:00:00+00:00",
                             "at_tz": "2024-03-05T10:00:00+02:00"}]},
          {"user_id": 7, "username": "Ada", "project_id": null, "task_id": 9, "billable": false,
           "description": "", "tag_ids": [], "row_number": 2,
           "time_entries": [{"id": 1002, "seconds": 900, "start": "2024-03-04T07:00:00Z",
                             "stop": "2024-03-04T07:15:00Z", "at": "2024-03-04T07:15:00Z"}]}
        ])";
        QString error;
        const std::optional<QList<TimeEntry>> entries = ReportEntryJson::entriesFromBody(body, 55, &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 2);
        const TimeEntry &a = entries->at(0);
        QCOMPARE(a.id, 1001);
        QCOMPARE(a.workspaceId, 55); // the workspace searched: rows do not name it
        QCOMPARE(a.userId, 7);
        QCOMPARE(a.projectId, std::optional<qint64>(42));
        QVERIFY(!a.taskId);
        QVERIFY(a.billable);
        QCOMPARE(a.description, std::optional<QString>(QStringLiteral("Quarterly report")));
        QCOMPARE(a.tagIds, std::optional<QList<qint64>>(QList<qint64>{3, 4}));
        QVERIFY(!a.tags); // names only with an enriched answer
        QCOMPARE(a.start, TrackTime::utc(QDate(2024, 3, 4), QTime(7, 0)));
        QCOMPARE(a.stop, std::optional<QDateTime>(TrackTime::utc(QDate(2024, 3, 4), QTime(8, 0))));
        QCOMPARE(a.duration, 3600);
        QVERIFY(!a.duronly);
        QCOMPARE(a.at, std::optional<QDateTime>(TrackTime::utc(QDate(2024, 3, 5), QTime(8, 0))));
        QCOMPARE(a.userName, std::optional<QString>(QStringLiteral("Ada")));
        const TimeEntry &b = entries->at(1);
        QCOMPARE(b.id, 1002);
        QVERIFY(!b.projectId);
        QCOMPARE(b.taskId, std::optional<qint64>(9));
        QCOMPARE(b.description, std::optional<QString>(QString()));
        QCOMPARE(b.tagIds, std::optional<QList<qint64>>(QList<qint64>{}));
        QCOMPARE(b.duration, 900);
    }

    // `seconds` follows the report's rounding: the duration is what start and stop say.
    void durationFromStartAndStop()
    {
        const QJsonObject row{
            {QStringLiteral("user_id"), 1},
            {QStringLiteral("time_entries"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 5},
                                    {QStringLiteral("seconds"), 900}, // rounded up
                                    {QStringLiteral("start"), QStringLiteral("2024-01-02T10:00:00Z")},
                                    {QStringLiteral("stop"), QStringLiteral("2024-01-02T10:07:30Z")}}}}};
        const QList<TimeEntry> entries = ReportEntryJson::entriesFromRow(row, 1);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().duration, 450);
    }

    // Grouped rows carry several entries that share the row's fields.
    void groupedRowSharesItsFields()
    {
        const QJsonObject row{
            {QStringLiteral("user_id"), 2},
            {QStringLiteral("description"), QStringLiteral("Standup")},
            {QStringLiteral("project_id"), 8},
            {QStringLiteral("tag_ids"), QJsonArray{1}},
            {QStringLiteral("tag_names"), QJsonArray{QStringLiteral("meeting")}},
            {QStringLiteral("project_name"), QStringLiteral("Ops")},
            {QStringLiteral("client_name"), QStringLiteral("Acme")},
            {QStringLiteral("time_entries"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), 11},
                             {QStringLiteral("start"), QStringLiteral("2024-01-02T09:00:00Z")},
                             {QStringLiteral("stop"), QStringLiteral("2024-01-02T09:15:00Z")}},
                 QJsonObject{{QStringLiteral("id"), 12},
                             {QStringLiteral("start"), QStringLiteral("2024-01-03T09:00:00Z")},
                             {QStringLiteral("stop"), QStringLiteral("2024-01-03T09:10:00Z")}},
                 QJsonObject{{QStringLiteral("start"), QStringLiteral("2024-01-04T09:00:00Z")}}, // no id
                 QJsonObject{{QStringLiteral("id"), 14}}}}};                                     // no start
        const QList<TimeEntry> entries = ReportEntryJson::entriesFromRow(row, 3);
        QCOMPARE(entries.size(), 2);
        for (const TimeEntry &e : entries) {
            QCOMPARE(e.description, std::optional<QString>(QStringLiteral("Standup")));
            QCOMPARE(e.projectId, std::optional<qint64>(8));
            QCOMPARE(e.tags, std::optional<QStringList>(QStringList{QStringLiteral("meeting")}));
            QCOMPARE(e.projectName, std::optional<QString>(QStringLiteral("Ops")));
            QCOMPARE(e.clientName, std::optional<QString>(QStringLiteral("Acme")));
            QCOMPARE(e.workspaceId, 3);
        }
        QCOMPARE(entries.at(0).id, 11);
        QCOMPARE(entries.at(1).id, 12);
        QCOMPARE(entries.at(1).duration, 600);
    }

    void entryWithoutStopRuns()
    {
        const QJsonObject row{
            {QStringLiteral("time_entries"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 21},
                                    {QStringLiteral("seconds"), 120},
                                    {QStringLiteral("start"), QStringLiteral("2024-01-02T09:00:00Z")},
                                    {QStringLiteral("stop"), QJsonValue::Null}}}}};
        const QList<TimeEntry> entries = ReportEntryJson::entriesFromRow(row, 1);
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().isRunning());
        QCOMPARE(entries.first().duration, -entries.first().start.toSecsSinceEpoch());
    }

    void answersThatAreNotRows()
    {
        QString error;
        QCOMPARE(ReportEntryJson::entriesFromBody("null", 1, &error),
                 std::optional<QList<TimeEntry>>(QList<TimeEntry>{}));
        QCOMPARE(ReportEntryJson::entriesFromBody("[]", 1, &error),
                 std::optional<QList<TimeEntry>>(QList<TimeEntry>{}));
        QVERIFY(!ReportEntryJson::entriesFromBody(R"({"time_entries": []})", 1, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!ReportEntryJson::entriesFromBody("[{", 1, &error));
        QVERIFY(!error.isEmpty());
        // Rows that are not objects, and rows without entries, give nothing.
        const auto odd = ReportEntryJson::entriesFromBody(
            R"([1, "x", {"user_id": 1}, {"time_entries": null}])", 1, &error);
        QVERIFY(odd);
        QVERIFY(odd->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportEntryJson)
#include "tst_reportentryjson.moc"
