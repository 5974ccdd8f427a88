// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/BulkResult.h"
#include "app/track/JoinIds.h"
#include "app/track/JsonPatchOp.h"
#include "app/track/RelatedData.h"
#include "app/track/TrackTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace punchclock;

class TestTrackValues : public QObject
{
    Q_OBJECT
private slots:
    void me();
    void project();
    void workspaceTagClient();
    void relatedDataOmittedArrays();
    void relatedDataNullArrays();
    void relatedDataFull();
    void patchOps();
    void bulkResultMerge();
    void joinIdsForPathsAndQueries();
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

const char *kMe = R"({"id": 5826591, "api_token": "secret", "email": "a@example.com", "fullname": "Ada L",
  "timezone": "Europe/Tallinn", "default_workspace_id": 7341401, "beginning_of_week": 0,
  "toggl_accounts_id": "xyz", "oauth_providers": ["google"], "image_url": "https://x/y.png"})";
} // namespace

void TestTrackValues::me()
{
    const Me me = Me::fromJson(parse(kMe));
    QCOMPARE(me.id, 5826591LL);
    QCOMPARE(me.apiToken, QStringLiteral("secret"));
    QCOMPARE(me.email, QStringLiteral("a@example.com"));
    QCOMPARE(me.fullname, QStringLiteral("Ada L"));
    QCOMPARE(me.timezone, QStringLiteral("Europe/Tallinn"));
    QCOMPARE(me.defaultWorkspaceId, std::optional<qint64>(7341401));
    QCOMPARE(me.beginningOfWeek, 0);
    QCOMPARE(Me::fromJson(me.toJson()), me);
}

void TestTrackValues::project()
{
    const Project p = Project::fromJson(parse(
        R"({"id":9,"workspace_id":1,"client_id":null,"name":"P","color":"#c9806b","active":false,
            "billable":true,"can_track_time":true,"is_shared":false,"pinned":true,"tasks_count":3})"));
    QCOMPARE(p.id, 9LL);
    QCOMPARE(p.workspaceId, 1LL);
    QVERIFY(!p.clientId);
    QCOMPARE(p.color, QStringLiteral("#c9806b"));
    QCOMPARE(p.active, false);
    QCOMPARE(p.billable, true);
    QCOMPARE(Project::fromJson(p.toJson()), p);

    const Project legacy = Project::fromJson(parse(R"({"id":9,"wid":4,"cid":8,"name":"L"})"));
    QCOMPARE(legacy.workspaceId, 4LL);
    QCOMPARE(legacy.clientId, std::optional<qint64>(8));
    QCOMPARE(legacy.active, true); // absent: active
}

void TestTrackValues::workspaceTagClient()
{
    const Workspace w = Workspace::fromJson(
        parse(R"({"id":1,"organization_id":2,"name":"W","premium":true,"admin":false,"role":"admin"})"));
    QCOMPARE(w.id, 1LL);
    QCOMPARE(w.organizationId, std::optional<qint64>(2));
    QCOMPARE(w.premium, true);
    QCOMPARE(Workspace::fromJson(w.toJson()), w);

    const Tag t =
        Tag::fromJson(parse(R"({"id":16,"workspace_id":1,"name":"deep","at":"2024-01-01T00:00:00Z"})"));
    QCOMPARE(t.name, QStringLiteral("deep"));
    QCOMPARE(Tag::fromJson(t.toJson()), t);

    const Client c = Client::fromJson(parse(R"({"id":3,"wid":1,"name":"ACME","archived":true})"));
    QCOMPARE(c.workspaceId, 1LL);
    QCOMPARE(c.archived, true);
    QCOMPARE(Client::fromJson(c.toJson()), c);
}

void TestTrackValues::relatedDataOmittedArrays()
{
    // real answers omit empty related arrays
    const RelatedData d = RelatedData::fromJson(parse(kMe));
    QCOMPARE(d.me.id, 5826591LL);
    QVERIFY(d.clients.isEmpty());
    QVERIFY(d.projects.isEmpty());
    QVERIFY(d.tags.isEmpty());
    QVERIFY(d.workspaces.isEmpty());
    QVERIFY(d.timeEntries.isEmpty());
}

void TestTrackValues::relatedDataNullArrays()
{
    // the pages say null
    const RelatedData d = RelatedData::fromJson(parse(
        R"({"id":1,"clients":null,"projects":null,"tags":null,"workspaces":null,"time_entries":null})"));
    QCOMPARE(d.me.id, 1LL);
    QVERIFY(d.clients.isEmpty());
    QVERIFY(d.projects.isEmpty());
}

void TestTrackValues::relatedDataFull()
{
    const RelatedData d = RelatedData::fromJson(parse(
        R"({"id":1,"fullname":"A","clients":[{"id":3,"wid":1,"name":"ACME"}],
            "projects":[{"id":9,"workspace_id":1,"name":"P","color":"#06aaf5","active":true},
                        {"id":10,"workspace_id":1,"name":"Q","color":"#000000","active":false}],
            "tags":[{"id":16,"workspace_id":1,"name":"deep"}],
            "workspaces":[{"id":1,"name":"W"}],
            "time_entries":[{"id":77,"wid":1,"start":"2024-12-16T02:18:20+00:00","duration":30}]})"));
    QCOMPARE(d.me.fullname, QStringLiteral("A"));
    QCOMPARE(d.clients.size(), 1);
    QCOMPARE(d.clients.at(0).name, QStringLiteral("ACME"));
    QCOMPARE(d.projects.size(), 2);
    QCOMPARE(d.projects.at(1).active, false);
    QCOMPARE(d.tags.at(0).id, 16LL);
    QCOMPARE(d.workspaces.at(0).name, QStringLiteral("W"));
    QCOMPARE(d.timeEntries.at(0).id, 77LL);
    QCOMPARE(d.timeEntries.at(0).workspaceId, 1LL);
}

void TestTrackValues::patchOps()
{
    const QList<JsonPatchOp> ops{
        JsonPatchOp::replaceDescription(QStringLiteral("d")),
        JsonPatchOp::replaceProject(std::nullopt),
        JsonPatchOp::replaceProject(42),
        JsonPatchOp::addTags({QStringLiteral("x"), QStringLiteral("y")}),
        JsonPatchOp::removeTags({QStringLiteral("x")}),
        JsonPatchOp::replaceTagIds({1, 2}),
        JsonPatchOp::replaceBillable(true),
        JsonPatchOp::replaceStart(TrackTime::utc(QDate(2025, 1, 2), QTime(3, 4, 5, 600))),
        JsonPatchOp::replaceStop(QDateTime(QDate(2025, 1, 2), QTime(5, 4, 5), QTimeZone(3600))),
        JsonPatchOp::replaceDuration(120),
        JsonPatchOp::replaceTask(7),
        JsonPatchOp::remove(JsonPatchOp::Path::TaskId),
    };
    const QJsonArray json = JsonPatchOp::toJson(ops);
    const QByteArray compact = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QCOMPARE(compact, QByteArray(R"([{"op":"replace","path":"/description","value":"d"},)"
                                 R"({"op":"replace","path":"/project_id","value":null},)"
                                 R"({"op":"replace","path":"/project_id","value":42},)"
                                 R"({"op":"add","path":"/tags","value":["x","y"]},)"
                                 R"({"op":"remove","path":"/tags","value":["x"]},)"
                                 R"({"op":"replace","path":"/tag_ids","value":[1,2]},)"
                                 R"({"op":"replace","path":"/billable","value":true},)"
                                 R"({"op":"replace","path":"/start","value":"2025-01-02T03:04:05Z"},)"
                                 R"({"op":"replace","path":"/stop","value":"2025-01-02T04:04:05Z"},)"
                                 R"({"op":"replace","path":"/duration","value":120},)"
                                 R"({"op":"replace","path":"/task_id","value":7},)"
                                 R"({"op":"remove","path":"/task_id"}])"));
}

void TestTrackValues::bulkResultMerge()
{
    BulkResult r;
    r.merge(parse(R"({"success":[1,2,3],"failure":[]})"));
    r.merge(parse(R"({"success":[5],"failure":[{"id":4,"message":"Time entry not found"}]})"));
    r.merge(parse(R"({"success":null,"failure":null})"));
    QCOMPARE(r.success, (QList<qint64>{1, 2, 3, 5}));
    QCOMPARE(r.failure.size(), 1);
    QCOMPARE(r.failure.at(0), (BulkFailure{4, QStringLiteral("Time entry not found")}));
    QVERIFY(!r.allSucceeded());
    QVERIFY(BulkResult::fromJson(parse(R"({"success":[1],"failure":[]})")).allSucceeded());
}

void TestTrackValues::joinIdsForPathsAndQueries()
{
    QCOMPARE(joinIds({}), QString());
    QCOMPARE(joinIds({42}), QStringLiteral("42"));
    QCOMPARE(joinIds({1, -2, 9007199254740993}), QStringLiteral("1,-2,9007199254740993"));
}

QTEST_GUILESS_MAIN(TestTrackValues)
#include "tst_trackvalues.moc"
