// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/TimeEntryJson.h"
#include "app/track/TrackTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace punchclock;

class TestTimeEntryJson : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryDocumentedField();
    void roundTrips();
    void nullVersusEmpty();
    void legacyKeys_data();
    void legacyKeys();
    void omittedPidMeansNoProject();
    void runningEntryFromRead();
    void createAnswerEchoesMinusOne();
    void unknownFieldsIgnored();
    void timeFormats_data();
    void timeFormats();
    void rejectsBadTimes_data();
    void rejectsBadTimes();
    void formatsUtcWholeSeconds();
    void requestBodyRunning();
    void requestBodyStopped();
    void requestBodyDurationOnly();
    void listSkipsNonObjects();
};

namespace {
QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return TrackTime::utc(QDate(y, mo, d), QTime(h, mi, s, ms));
}

// Every field of the v9 time-entry answer, from the pages' field list.
const char *kFullAnswer = R"({
  "id": 3740305624, "workspace_id": 7341401, "project_id": 202793181, "task_id": 9911,
  "user_id": 5826591, "description": "Write the client", "start": "2024-12-16T02:18:20+00:00",
  "stop": "2024-12-16T03:18:20+00:00", "duration": 3600, "billable": true,
  "tags": ["deep", "api"], "tag_ids": [16, 17], "duronly": true,
  "at": "2024-12-16T03:18:21.123456Z", "server_deleted_at": null, "permissions": ["edit"],
  "shared_with": [{"accepted": true, "user_id": 42, "user_name": "Ada"}],
  "client_name": "ACME", "project_name": "Punchclock", "project_color": "#06aaf5",
  "project_active": true, "project_billable": false, "task_name": "Network",
  "user_name": "Grace", "user_avatar_url": "https://example.com/a.png",
  "wid": 7341401, "pid": 202793181, "uid": 5826591, "tid": 9911
})";
} // namespace

void TestTimeEntryJson::parsesEveryDocumentedField()
{
    const TimeEntry e = TimeEntryJson::fromJson(parse(kFullAnswer));
    QCOMPARE(e.id, 3740305624LL);
    QCOMPARE(e.workspaceId, 7341401LL);
    QCOMPARE(e.projectId, std::optional<qint64>(202793181));
    QCOMPARE(e.taskId, std::optional<qint64>(9911));
    QCOMPARE(e.userId, 5826591LL);
    QCOMPARE(e.description, std::optional<QString>(QStringLiteral("Write the client")));
    QCOMPARE(e.start, utc(2024, 12, 16, 2, 18, 20));
    QCOMPARE(e.stop, std::optional<QDateTime>(utc(2024, 12, 16, 3, 18, 20)));
    QCOMPARE(e.duration, 3600LL);
    QVERIFY(!e.isRunning());
    QCOMPARE(e.billable, true);
    QCOMPARE(e.tags, std::optional<QStringList>(QStringList{QStringLiteral("deep"), QStringLiteral("api")}));
    QCOMPARE(e.tagIds, std::optional<QList<qint64>>(QList<qint64>{16, 17}));
    QCOMPARE(e.duronly, true);
    QCOMPARE(e.at, std::optional<QDateTime>(utc(2024, 12, 16, 3, 18, 21, 123)));
    QVERIFY(!e.serverDeletedAt);
    QCOMPARE(e.permissions, std::optional<QStringList>(QStringList{QStringLiteral("edit")}));
    QVERIFY(e.sharedWith);
    QCOMPARE(e.sharedWith->size(), 1);
    QCOMPARE(e.sharedWith->at(0), (SharedWith{true, 42, QStringLiteral("Ada")}));
    QCOMPARE(e.clientName, std::optional<QString>(QStringLiteral("ACME")));
    QCOMPARE(e.projectName, std::optional<QString>(QStringLiteral("Punchclock")));
    QCOMPARE(e.projectColor, std::optional<QString>(QStringLiteral("#06aaf5")));
    QCOMPARE(e.projectActive, std::optional<bool>(true));
    QCOMPARE(e.projectBillable, std::optional<bool>(false));
    QCOMPARE(e.taskName, std::optional<QString>(QStringLiteral("Network")));
    QCOMPARE(e.userName, std::optional<QString>(QStringLiteral("Grace")));
    QCOMPARE(e.userAvatarUrl, std::optional<QString>(QStringLiteral("https://example.com/a.png")));
}

void TestTimeEntryJson::roundTrips()
{
    TimeEntry e = TimeEntryJson::fromJson(parse(kFullAnswer));
    e.at = utc(2024, 12, 16, 3, 18, 21); // the writer keeps whole seconds
    const QJsonObject json = TimeEntryJson::toJson(e);
    QCOMPARE(json.value(QLatin1String("start")).toString(), QStringLiteral("2024-12-16T02:18:20Z"));
    QCOMPARE(json.value(QLatin1String("at")).toString(), QStringLiteral("2024-12-16T03:18:21Z"));
    QVERIFY(json.value(QLatin1String("server_deleted_at")).isNull());
    QCOMPARE(TimeEntryJson::fromJson(json), e);

    // a sparse entry: nulls stay nulls, absent meta stays absent
    TimeEntry sparse;
    sparse.id = 7;
    sparse.workspaceId = 1;
    sparse.start = utc(2025, 1, 2, 3, 4, 5);
    sparse.duration = -1735787045;
    sparse.tags = QStringList();
    const QJsonObject sparseJson = TimeEntryJson::toJson(sparse);
    QVERIFY(sparseJson.value(QLatin1String("project_id")).isNull());
    QVERIFY(sparseJson.value(QLatin1String("description")).isNull());
    QVERIFY(sparseJson.value(QLatin1String("tag_ids")).isNull());
    QCOMPARE(sparseJson.value(QLatin1String("tags")).toArray().size(), 0);
    QVERIFY(sparseJson.value(QLatin1String("tags")).isArray());
    QVERIFY(!sparseJson.contains(QLatin1String("project_name")));
    QCOMPARE(TimeEntryJson::fromJson(sparseJson), sparse);
}

void TestTimeEntryJson::nullVersusEmpty()
{
    // create answer: a create with tags [] came back tags: null, tag_ids: []
    const TimeEntry created = TimeEntryJson::fromJson(parse(
        R"({"id":1,"workspace_id":2,"start":"2024-12-16T02:18:20Z","duration":-1,"tags":null,"tag_ids":[],
            "description":null,"project_id":null,"task_id":null,"stop":null})"));
    QVERIFY(!created.tags.has_value());
    QVERIFY(created.tagIds.has_value());
    QVERIFY(created.tagIds->isEmpty());
    QVERIFY(!created.description.has_value());
    QVERIFY(!created.projectId.has_value());
    QVERIFY(!created.taskId.has_value());
    QVERIFY(!created.stop.has_value());

    const TimeEntry listed = TimeEntryJson::fromJson(
        parse(R"({"id":1,"workspace_id":2,"start":"2024-12-16T02:18:20+00:00","duration":5,"tags":[],
                  "tag_ids":[],"description":""})"));
    QVERIFY(listed.tags.has_value());
    QVERIFY(listed.tags->isEmpty());
    QCOMPARE(listed.description, std::optional<QString>(QString()));
}

void TestTimeEntryJson::legacyKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("workspace");
    QTest::addColumn<qint64>("project");
    QTest::addColumn<qint64>("user");
    QTest::addColumn<qint64>("task");
    QTest::newRow("legacy only") << QByteArray(R"({"id":1,"wid":11,"pid":22,"uid":33,"tid":44})") << 11LL
                                 << 22LL << 33LL << 44LL;
    QTest::newRow("modern wins") << QByteArray(R"({"id":1,"wid":99,"workspace_id":11,"pid":98,
                                                   "project_id":22,"uid":97,"user_id":33,"tid":96,"task_id":44})")
                                 << 11LL << 22LL << 33LL << 44LL;
    QTest::newRow("modern only") << QByteArray(R"({"id":1,"workspace_id":11,"project_id":22,"user_id":33,
                                                   "task_id":44})")
                                 << 11LL << 22LL << 33LL << 44LL;
}

void TestTimeEntryJson::legacyKeys()
{
    QFETCH(QByteArray, json);
    const TimeEntry e = TimeEntryJson::fromJson(QJsonDocument::fromJson(json).object());
    QFETCH(qint64, workspace);
    QFETCH(qint64, project);
    QFETCH(qint64, user);
    QFETCH(qint64, task);
    QCOMPARE(e.workspaceId, workspace);
    QCOMPARE(e.projectId, std::optional<qint64>(project));
    QCOMPARE(e.userId, user);
    QCOMPARE(e.taskId, std::optional<qint64>(task));
}

void TestTimeEntryJson::omittedPidMeansNoProject()
{
    // real answers: pid omitted (not null) without a project; GET by id may omit wid/pid/uid
    const TimeEntry e = TimeEntryJson::fromJson(
        parse(R"({"id":5,"workspace_id":11,"project_id":null,"user_id":3,"wid":11,"uid":3,
                  "start":"2024-12-16T02:18:20+00:00","duration":60})"));
    QVERIFY(!e.projectId.has_value());
    QCOMPARE(e.workspaceId, 11LL);
    // modern key null, legacy key present: the modern null wins (no project)
    const TimeEntry e2 = TimeEntryJson::fromJson(parse(R"({"id":5,"project_id":null,"pid":7})"));
    QVERIFY(!e2.projectId.has_value());
}

void TestTimeEntryJson::runningEntryFromRead()
{
    // reads show duration = -(start as Unix seconds)
    const QDateTime start = utc(2024, 12, 16, 2, 18, 20);
    const QByteArray json =
        R"({"id":1,"workspace_id":2,"start":"2024-12-16T02:18:20+00:00","stop":null,"duration":-)" +
        QByteArray::number(start.toSecsSinceEpoch()) + "}";
    const TimeEntry e = TimeEntryJson::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(e.isRunning());
    QCOMPARE(e.duration, -start.toSecsSinceEpoch());
    QVERIFY(!e.stop);
    QCOMPARE(e.elapsedSeconds(start.addSecs(90)), 90LL);
}

void TestTimeEntryJson::createAnswerEchoesMinusOne()
{
    const TimeEntry e = TimeEntryJson::fromJson(
        parse(R"({"id":1,"workspace_id":2,"start":"2024-12-16T02:18:20Z","stop":null,"duration":-1})"));
    QVERIFY(e.isRunning());
    QCOMPARE(e.elapsedSeconds(utc(2024, 12, 16, 2, 19, 20)), 60LL);
}

void TestTimeEntryJson::unknownFieldsIgnored()
{
    const TimeEntry e = TimeEntryJson::fromJson(
        parse(R"({"id":1,"workspace_id":2,"start":"2024-12-16T02:18:20Z","duration":3,"pinned":true,
                  "event_metadata":{"origin_feature":"x"},"expense_ids":[1,2],"brand_new":null})"));
    QCOMPARE(e.id, 1LL);
    QCOMPARE(e.duration, 3LL);
    QVERIFY(!TimeEntryJson::toJson(e).contains(QLatin1String("pinned")));
}

void TestTimeEntryJson::timeFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base = utc(2024, 12, 16, 2, 18, 20);
    QTest::newRow("Z") << QStringLiteral("2024-12-16T02:18:20Z") << base;
    QTest::newRow("+00:00") << QStringLiteral("2024-12-16T02:18:20+00:00") << base;
    QTest::newRow("+02:00") << QStringLiteral("2024-12-16T04:18:20+02:00") << base;
    QTest::newRow("-05:30") << QStringLiteral("2024-12-15T20:48:20-05:30") << base;
    QTest::newRow("+0200 no colon") << QStringLiteral("2024-12-16T04:18:20+0200") << base;
    QTest::newRow("micro Z") << QStringLiteral("2024-12-16T02:18:20.123456Z") << base.addMSecs(123);
    QTest::newRow("milli offset") << QStringLiteral("2024-12-16T03:18:20.5+01:00") << base.addMSecs(500);
    QTest::newRow("nano") << QStringLiteral("2024-12-16T02:18:20.999999999Z") << base.addMSecs(999);
    QTest::newRow("no designator = UTC") << QStringLiteral("2024-12-16T02:18:20") << base;
    QTest::newRow("lower t z") << QStringLiteral("2024-12-16t02:18:20z") << base;
    QTest::newRow("day change") << QStringLiteral("2024-12-16T01:00:00+03:00") << utc(2024, 12, 15, 22, 0, 0);
}

void TestTimeEntryJson::timeFormats()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = TrackTime::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestTimeEntryJson::rejectsBadTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("date only") << QStringLiteral("2024-12-16");
    QTest::newRow("month 13") << QStringLiteral("2024-13-16T02:18:20Z");
    QTest::newRow("hour 25") << QStringLiteral("2024-12-16T25:18:20Z");
    QTest::newRow("garbage") << QStringLiteral("yesterday");
    QTest::newRow("trailing junk") << QStringLiteral("2024-12-16T02:18:20Zjunk");
}

void TestTimeEntryJson::rejectsBadTimes()
{
    QFETCH(QString, text);
    QVERIFY(!TrackTime::parse(text).has_value());
}

void TestTimeEntryJson::formatsUtcWholeSeconds()
{
    QCOMPARE(TrackTime::format(utc(2024, 12, 16, 2, 18, 20, 999)), QStringLiteral("2024-12-16T02:18:20Z"));
    const QDateTime offset(QDate(2024, 12, 16), QTime(4, 18, 20), QTimeZone(7200));
    QCOMPARE(TrackTime::format(offset), QStringLiteral("2024-12-16T02:18:20Z"));
    QCOMPARE(TrackTime::format(QDateTime()), QString());
}

void TestTimeEntryJson::requestBodyRunning()
{
    TimeEntry e;
    e.workspaceId = 11;
    e.description = QStringLiteral("Focus");
    e.start = utc(2025, 3, 1, 9, 0, 0);
    e.duration = -1740819600; // as a read would show: still sent as -1
    e.tags = QStringList{QStringLiteral("a")};
    const QJsonObject body = TimeEntryJson::toRequestJson(e, QStringLiteral("Punchclock/0.1.0"));
    QCOMPARE(body.value(QLatin1String("created_with")).toString(), QStringLiteral("Punchclock/0.1.0"));
    QCOMPARE(body.value(QLatin1String("workspace_id")).toInteger(), 11);
    QCOMPARE(body.value(QLatin1String("duration")).toInteger(), -1);
    QVERIFY(!body.contains(QLatin1String("stop")));
    QCOMPARE(body.value(QLatin1String("start")).toString(), QStringLiteral("2025-03-01T09:00:00Z"));
    QVERIFY(body.value(QLatin1String("project_id")).isNull());
    QCOMPARE(body.value(QLatin1String("tags")).toArray(), QJsonArray{QStringLiteral("a")});
    QVERIFY(!body.contains(QLatin1String("tag_ids"))); // nullopt: not sent
    QVERIFY(!body.contains(QLatin1String("id")));
}

void TestTimeEntryJson::requestBodyStopped()
{
    TimeEntry e;
    e.workspaceId = 11;
    e.projectId = 5;
    e.start = utc(2025, 3, 1, 9, 0, 0, 700);
    e.stop = utc(2025, 3, 1, 10, 30, 0, 100);
    e.duration = 1; // stale: recomputed from start and stop
    const QJsonObject body = TimeEntryJson::toRequestJson(e);
    QVERIFY(!body.contains(QLatin1String("created_with")));
    QCOMPARE(body.value(QLatin1String("stop")).toString(), QStringLiteral("2025-03-01T10:30:00Z"));
    QCOMPARE(body.value(QLatin1String("duration")).toInteger(), 5400);
    QCOMPARE(body.value(QLatin1String("project_id")).toInteger(), 5);
    QVERIFY(!body.contains(QLatin1String("description")));
}

void TestTimeEntryJson::requestBodyDurationOnly()
{
    TimeEntry e;
    e.workspaceId = 11;
    e.start = utc(2025, 3, 1, 9, 0, 0);
    e.duration = 900;
    const QJsonObject body = TimeEntryJson::toRequestJson(e);
    QCOMPARE(body.value(QLatin1String("duration")).toInteger(), 900);
    QVERIFY(!body.contains(QLatin1String("stop")));
}

void TestTimeEntryJson::listSkipsNonObjects()
{
    const QJsonArray list{QJsonObject{{QLatin1String("id"), 1}}, QJsonValue(), 3,
                          QJsonObject{{QLatin1String("id"), 2}}};
    const QList<TimeEntry> entries = TimeEntryJson::listFromJson(list);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).id, 2LL);
}

QTEST_GUILESS_MAIN(TestTimeEntryJson)
#include "tst_timeentryjson.moc"
