// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FastRetries.h"
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace punchclock;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

class TestTrackApi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void meWithApiToken();
    void meWithEmailPassword();
    void wrongTokenIsAuth();
    void missingCredentialsIsAuth();
    void workspaces();
    void relatedData();
    void startCurrentStop();
    void stopTwiceIsReconciled();
    void createStoppedAndRead();
    void updateWithPut();
    void deleteEntry();
    void createProject();
    void getUnknownIsNotFound();
    void listWithDates();
    void listSinceWithBeforeIsBadRequest();
    void bulkEdit250InThreeRequests();
    void bulkPartialFailure();
    void bulkCancelBetweenBatches();
    void bulkEmpty();
    void malformedJsonIsBadResponse();
    void hungServerTimesOut();
    void rateLimitedIsRetried();
    void serverErrorRetriedForGetNotForPost();
    void htmlErrorDecoded();
    void quotaExhaustedIsNotRetried();
    void quotaWaitQueuesInsteadOfSending();
    void droppedConnectionIsNetworkError();
    void insecureUrlRefused();
    void destroyedContextGetsNoCallback();

private:
    template<class T> ApiResult<T> wait(std::optional<ApiResult<T>> &slot, int timeoutMs = 15000);
    template<class T> ApiCallback<T> into(std::optional<ApiResult<T>> &slot)
    {
        return [&slot](ApiResult<T> r) { slot = std::move(r); };
    }
    qint64 insertEntry(const QString &description, const QDateTime &start, qint64 seconds);
    QJsonObject lastBody(const QByteArray &method, const QString &pathContains) const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    ApiTransport *m_transport = nullptr;
    TrackApi *m_api = nullptr;
};

template<class T> ApiResult<T> TestTrackApi::wait(std::optional<ApiResult<T>> &slot, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!slot && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!slot)
        qFatal("no callback within %d ms", timeoutMs);
    return *slot;
}

void TestTrackApi::init()
{
    m_server = startSandbox();
    m_transport = new ApiTransport(this);
    m_transport->setRetryPolicy(fastRetries(80));
    m_transport->setTransferTimeout(5s);
    m_api = new TrackApi(m_transport, this);
    QVERIFY(!m_api->setBaseUrl(m_server->baseUrl()));
    m_api->setCredentials(Credentials::apiToken(m_server->token()));
}

void TestTrackApi::cleanup()
{
    delete m_api;
    delete m_transport;
    m_server.reset();
}

qint64 TestTrackApi::insertEntry(const QString &description, const QDateTime &start, qint64 seconds)
{
    return m_server->insertTimeEntry(QJsonObject{
        {QLatin1String("workspace_id"), m_server->defaultWorkspaceId()},
        {QLatin1String("description"), description},
        {QLatin1String("start"), start.toUTC().toString(Qt::ISODate)},
        {QLatin1String("stop"), start.addSecs(seconds).toUTC().toString(Qt::ISODate)},
        {QLatin1String("duration"), seconds},
    });
}

QJsonObject TestTrackApi::lastBody(const QByteArray &method, const QString &pathContains) const
{
    const auto requests = m_server->requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it)
        if (it->method == method && it->path.contains(pathContains))
            return QJsonDocument::fromJson(it->body).object();
    return {};
}

void TestTrackApi::createProject()
{
    const qint64 wid = m_server->defaultWorkspaceId();
    std::optional<ApiResult<Project>> got;
    m_api->createProject(wid, QStringLiteral("Garden"), QStringLiteral("#2da608"), this, into(got));
    const ApiResult<Project> r = wait(got);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY(r.value->id > 0);
    QCOMPARE(r.value->workspaceId, wid);
    QCOMPARE(r.value->name, QStringLiteral("Garden"));
    QCOMPARE(r.value->color, QStringLiteral("#2da608"));
    QVERIFY(r.value->active);
    const QJsonObject body = lastBody("POST", QStringLiteral("/workspaces/%1/projects").arg(wid));
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("Garden"));
    QCOMPARE(body.value(QLatin1String("active")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("color")).toString(), QStringLiteral("#2da608"));

    got.reset(); // the same name again: the server's refusal, in its words
    m_api->createProject(wid, QStringLiteral("garden"), {}, this, into(got));
    const ApiResult<Project> again = wait(got);
    QVERIFY(!again.ok());
    QCOMPARE(again.error->kind, Kind::BadRequest);
    QCOMPARE(again.error->message, QStringLiteral("Project name already exists"));
    QVERIFY(!lastBody("POST", QStringLiteral("/projects")).contains(QLatin1String("color")));

    got.reset();
    m_api->createProject(wid + 12345, QStringLiteral("Elsewhere"), {}, this, into(got));
    QCOMPARE(wait(got).error->kind, Kind::Auth); // 403: not the user's workspace
}

void TestTrackApi::meWithApiToken()
{
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    const ApiResult<Me> r = wait(got);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.value->id, m_server->userId());
    QCOMPARE(r.value->defaultWorkspaceId, std::optional<qint64>(m_server->defaultWorkspaceId()));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).path, QStringLiteral("/api/v9/me"));
    QCOMPARE(requests.at(0).authorization,
             "Basic " + (m_server->token() + QLatin1String(":api_token")).toUtf8().toBase64());
}

void TestTrackApi::meWithEmailPassword()
{
    m_api->setCredentials(
        Credentials::emailPassword(QStringLiteral("demo@example.com"), QStringLiteral("demo-password")));
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    const ApiResult<Me> r = wait(got);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.value->email, QStringLiteral("demo@example.com"));
}

void TestTrackApi::wrongTokenIsAuth()
{
    m_api->setCredentials(Credentials::apiToken(QStringLiteral("wrong")));
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    const ApiResult<Me> r = wait(got);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::Auth);
    QCOMPARE(r.error->httpStatus, 403);
    QVERIFY(!r.error->message.isEmpty());
    QCOMPARE(m_server->countRequests("GET", QStringLiteral("/me")), 1); // not retried
}

void TestTrackApi::missingCredentialsIsAuth()
{
    m_api->setCredentials({});
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    const ApiResult<Me> r = wait(got);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::Auth);
    QCOMPARE(r.error->httpStatus, 401);
    QVERIFY(!r.error->message.isEmpty()); // empty body: a message from the status
    QVERIFY(m_server->requests().at(0).authorization.isEmpty());
}

void TestTrackApi::workspaces()
{
    std::optional<ApiResult<QList<Workspace>>> got;
    m_api->myWorkspaces(this, into(got));
    const auto r = wait(got);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY(!r.value->isEmpty());
    QCOMPARE(r.value->at(0).id, m_server->defaultWorkspaceId());
    QVERIFY(!r.value->at(0).name.isEmpty());
    QCOMPARE(m_server->requests().at(0).path, QStringLiteral("/api/v9/me/workspaces"));
}

void TestTrackApi::relatedData()
{
    const qint64 clientId = m_server->insertClient(QStringLiteral("ACME"));
    const qint64 projectId =
        m_server->insertProject(QStringLiteral("Punchclock"), QStringLiteral("#c9806b"), clientId);
    const qint64 tagId = m_server->insertTag(QStringLiteral("deep"));
    std::optional<ApiResult<RelatedData>> got;
    m_api->meWithRelatedData(this, into(got));
    const auto r = wait(got);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.value->me.id, m_server->userId());
    QCOMPARE(m_server->requests().at(0).query, QStringLiteral("with_related_data=true"));
    bool foundProject = false;
    for (const Project &p : r.value->projects) {
        if (p.id == projectId) {
            foundProject = true;
            QCOMPARE(p.name, QStringLiteral("Punchclock"));
            QCOMPARE(p.color, QStringLiteral("#c9806b"));
            QCOMPARE(p.clientId, std::optional<qint64>(clientId));
        }
    }
    QVERIFY(foundProject);
    QVERIFY(std::any_of(r.value->tags.cbegin(), r.value->tags.cend(),
                        [&](const Tag &t) { return t.id == tagId; }));
    QVERIFY(std::any_of(r.value->clients.cbegin(), r.value->clients.cend(), [&](const Client &c) {
        return c.id == clientId && c.name == QLatin1String("ACME");
    }));
}

void TestTrackApi::startCurrentStop()
{
    std::optional<ApiResult<std::optional<TimeEntry>>> none;
    m_api->currentTimeEntry(this, into(none));
    auto r0 = wait(none);
    QVERIFY2(r0.ok(), qPrintable(r0.error ? r0.error->toString() : QString()));
    QVERIFY(!r0.value->has_value()); // 200 null: nothing runs, not an error

    TimeEntry draft;
    draft.workspaceId = m_server->defaultWorkspaceId();
    draft.description = QStringLiteral("Writing tests");
    draft.tags = QStringList{QStringLiteral("client")};
    std::optional<ApiResult<TimeEntry>> started;
    m_api->startTimeEntry(draft, this, into(started));
    const auto r1 = wait(started);
    QVERIFY2(r1.ok(), qPrintable(r1.error ? r1.error->toString() : QString()));
    QVERIFY(r1.value->id > 0);
    QVERIFY(r1.value->isRunning());
    QVERIFY(!r1.value->stop);
    QCOMPARE(r1.value->description, draft.description);
    const QJsonObject body = lastBody("POST", QStringLiteral("/time_entries"));
    QCOMPARE(body.value(QLatin1String("created_with")).toString(), QStringLiteral("Punchclock/0.2.0"));
    QCOMPARE(body.value(QLatin1String("duration")).toInteger(), -1);
    QCOMPARE(m_server->requests().last().path,
             QStringLiteral("/api/v9/workspaces/%1/time_entries").arg(m_server->defaultWorkspaceId()));

    std::optional<ApiResult<std::optional<TimeEntry>>> current;
    m_api->currentTimeEntry(this, into(current));
    const auto r2 = wait(current);
    QVERIFY(r2.ok());
    QVERIFY(r2.value->has_value());
    QCOMPARE((*r2.value)->id, r1.value->id);
    QVERIFY((*r2.value)->isRunning());
    QCOMPARE((*r2.value)->duration, -(*r2.value)->start.toSecsSinceEpoch()); // reads: -start epoch

    std::optional<ApiResult<TimeEntry>> stopped;
    m_api->stopTimeEntry(r1.value->workspaceId, r1.value->id, this, into(stopped));
    const auto r3 = wait(stopped);
    QVERIFY2(r3.ok(), qPrintable(r3.error ? r3.error->toString() : QString()));
    QVERIFY(!r3.value->isRunning());
    QVERIFY(r3.value->stop.has_value());
    QVERIFY(r3.value->duration >= 0);
    QCOMPARE(m_server->countRequests("PATCH", QStringLiteral("/stop")), 1);

    std::optional<ApiResult<std::optional<TimeEntry>>> after;
    m_api->currentTimeEntry(this, into(after));
    QVERIFY(!wait(after).value->has_value());
}

void TestTrackApi::stopTwiceIsReconciled()
{
    TimeEntry draft;
    draft.workspaceId = m_server->defaultWorkspaceId();
    std::optional<ApiResult<TimeEntry>> started;
    m_api->startTimeEntry(draft, this, into(started));
    const TimeEntry entry = *wait(started).value;

    std::optional<ApiResult<TimeEntry>> first;
    m_api->stopTimeEntry(entry.workspaceId, entry.id, this, into(first));
    const auto r1 = wait(first);
    QVERIFY(r1.ok());

    std::optional<ApiResult<TimeEntry>> second;
    m_api->stopTimeEntry(entry.workspaceId, entry.id, this, into(second));
    const auto r2 = wait(second);
    QVERIFY2(r2.ok(), qPrintable(r2.error ? r2.error->toString() : QString()));
    QCOMPARE(r2.value->id, entry.id);
    QCOMPARE(r2.value->stop, r1.value->stop);
    QVERIFY(!r2.value->isRunning());
    // the second stop was a 409, reconciled by reading the entry
    const auto requests = m_server->requests();
    QCOMPARE(m_server->countRequests("PATCH", QStringLiteral("/stop")), 2);
    QCOMPARE(requests.at(requests.size() - 2).status, 409);
    QCOMPARE(requests.last().method, QByteArray("GET"));
    QCOMPARE(requests.last().path, QStringLiteral("/api/v9/me/time_entries/%1").arg(entry.id));
}

void TestTrackApi::createStoppedAndRead()
{
    TimeEntry draft;
    draft.workspaceId = m_server->defaultWorkspaceId();
    draft.description = QStringLiteral("Meeting");
    draft.start = QDateTime::currentDateTimeUtc().addSecs(-7200);
    draft.stop = draft.start.addSecs(1800);
    draft.billable = false;
    draft.tags = QStringList{QStringLiteral("meeting"), QStringLiteral("team")};
    std::optional<ApiResult<TimeEntry>> created;
    m_api->createTimeEntry(draft, this, into(created));
    const auto r1 = wait(created);
    QVERIFY2(r1.ok(), qPrintable(r1.error ? r1.error->toString() : QString()));
    QCOMPARE(r1.value->duration, 1800LL);
    QVERIFY(!r1.value->isRunning());
    QCOMPARE(r1.value->start.toSecsSinceEpoch(), draft.start.toSecsSinceEpoch());

    std::optional<ApiResult<TimeEntry>> read;
    m_api->timeEntry(r1.value->id, this, into(read), ReadOptions{true, false});
    const auto r2 = wait(read);
    QVERIFY2(r2.ok(), qPrintable(r2.error ? r2.error->toString() : QString()));
    QCOMPARE(r2.value->id, r1.value->id);
    QCOMPARE(r2.value->description, std::optional<QString>(QStringLiteral("Meeting")));
    QCOMPARE(r2.value->stop->toSecsSinceEpoch(), draft.stop->toSecsSinceEpoch());
    QCOMPARE(r2.value->duration, 1800LL);
    QVERIFY(r2.value->tags.has_value());
    QCOMPARE(QSet<QString>(r2.value->tags->cbegin(), r2.value->tags->cend()),
             (QSet<QString>{QStringLiteral("meeting"), QStringLiteral("team")}));
    QCOMPARE(m_server->requests().last().query, QStringLiteral("meta=true"));
}

void TestTrackApi::updateWithPut()
{
    const qint64 projectId = m_server->insertProject(QStringLiteral("Ops"));
    const qint64 id = insertEntry(QStringLiteral("old"), QDateTime::currentDateTimeUtc().addSecs(-3600), 600);
    std::optional<ApiResult<TimeEntry>> read;
    m_api->timeEntry(id, this, into(read));
    TimeEntry entry = *wait(read).value;
    entry.description = QStringLiteral("new words");
    entry.projectId = projectId;
    entry.stop = entry.start.addSecs(900);

    std::optional<ApiResult<TimeEntry>> updated;
    m_api->updateTimeEntry(entry, this, into(updated));
    const auto r = wait(updated);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.value->description, std::optional<QString>(QStringLiteral("new words")));
    QCOMPARE(r.value->projectId, std::optional<qint64>(projectId));
    QCOMPARE(r.value->duration, 900LL);
    QCOMPARE(m_server->countRequests("PUT", QStringLiteral("/time_entries/%1").arg(id)), 1);
    const QJsonObject stored = m_server->timeEntry(id);
    QCOMPARE(stored.value(QLatin1String("description")).toString(), QStringLiteral("new words"));
    QCOMPARE(stored.value(QLatin1String("project_id")).toInteger(), projectId);
    QCOMPARE(stored.value(QLatin1String("duration")).toInteger(), 900);
}

void TestTrackApi::deleteEntry()
{
    const qint64 id =
        insertEntry(QStringLiteral("doomed"), QDateTime::currentDateTimeUtc().addSecs(-3600), 60);
    std::optional<ApiResult<NoContent>> deleted;
    m_api->deleteTimeEntry(m_server->defaultWorkspaceId(), id, this, into(deleted));
    const auto r = wait(deleted);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY(m_server->timeEntry(id).isEmpty());

    std::optional<ApiResult<NoContent>> again;
    m_api->deleteTimeEntry(m_server->defaultWorkspaceId(), id, this, into(again));
    const auto r2 = wait(again);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error->kind, Kind::NotFound);
}

void TestTrackApi::getUnknownIsNotFound()
{
    std::optional<ApiResult<TimeEntry>> got;
    m_api->timeEntry(987654321, this, into(got));
    const auto r = wait(got);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::NotFound);
    QCOMPARE(r.error->httpStatus, 404);
    QVERIFY(!r.error->message.isEmpty());
    QVERIFY(!r.error->message.startsWith(QLatin1Char('"'))); // the JSON string literal is decoded
}

void TestTrackApi::listWithDates()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 older = insertEntry(QStringLiteral("older"), now.addDays(-2), 600);
    const qint64 newer = insertEntry(QStringLiteral("newer"), now.addDays(-1), 600);
    insertEntry(QStringLiteral("outside"), now.addDays(-10), 600);

    TimeEntryQuery q;
    q.startDate = now.addDays(-3);
    q.endDate = now;
    std::optional<ApiResult<QList<TimeEntry>>> got;
    m_api->listTimeEntries(q, this, into(got));
    const auto r = wait(got);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QList<qint64> ids;
    for (const TimeEntry &e : *r.value)
        ids.append(e.id);
    QCOMPARE(ids, (QList<qint64>{newer, older})); // newest first, filtered by start
    const QString query = m_server->requests().last().query;
    QVERIFY2(query.contains(QLatin1String("start_date=")) && query.contains(QLatin1String("end_date=")),
             qPrintable(query));
}

void TestTrackApi::listSinceWithBeforeIsBadRequest()
{
    TimeEntryQuery q;
    q.since = QDateTime::currentDateTimeUtc().addDays(-1);
    q.before = QDateTime::currentDateTimeUtc();
    std::optional<ApiResult<QList<TimeEntry>>> got;
    m_api->listTimeEntries(q, this, into(got));
    const auto r = wait(got);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::BadRequest);
    QCOMPARE(r.error->httpStatus, 400);
    QVERIFY2(r.error->message.contains(QLatin1String("since")), qPrintable(r.error->message));
}

void TestTrackApi::bulkEdit250InThreeRequests()
{
    QList<qint64> ids;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-5);
    for (int i = 0; i < 250; ++i)
        ids.append(insertEntry(QStringLiteral("e%1").arg(i), base.addSecs(i * 120), 60));

    QList<std::pair<int, int>> progress;
    std::optional<ApiResult<BulkResult>> got;
    BulkEditJob *job = m_api->bulkEditTimeEntries(
        m_server->defaultWorkspaceId(), ids,
        {JsonPatchOp::replaceDescription(QStringLiteral("bulk")), JsonPatchOp::replaceBillable(true)}, this,
        into(got));
    QCOMPARE(job->total(), 3);
    connect(job, &BulkEditJob::progress, this, [&](int done, int total) { progress.append({done, total}); });
    const auto r = wait(got);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.value->success.size(), 250);
    QVERIFY(r.value->failure.isEmpty());
    QVERIFY(r.value->allSucceeded());
    QCOMPARE(r.value->batchesDone, 3);
    QCOMPARE(m_server->countRequests("PATCH", QStringLiteral("/time_entries/")), 3);
    QCOMPARE(progress, (QList<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
    for (qint64 id : ids) {
        const QJsonObject stored = m_server->timeEntry(id);
        QCOMPARE(stored.value(QLatin1String("description")).toString(), QStringLiteral("bulk"));
        QCOMPARE(stored.value(QLatin1String("billable")).toBool(), true);
    }
    // batch sizes 100, 100, 50 and the JSON Patch body
    const auto requests = m_server->requests();
    QList<int> sizes;
    for (const auto &req : requests)
        if (req.method == "PATCH")
            sizes.append(req.path.section(QLatin1Char('/'), -1).split(QLatin1Char(',')).size());
    QCOMPARE(sizes, (QList<int>{100, 100, 50}));
    const QJsonArray ops = QJsonDocument::fromJson(requests.last().body).array();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/description"));
}

void TestTrackApi::bulkPartialFailure()
{
    QList<qint64> ids;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < 5; ++i)
        ids.append(insertEntry(QStringLiteral("p%1").arg(i), base.addSecs(i * 120), 60));
    m_server->faults().rejectIds.insert(ids.at(2), QStringLiteral("Entry is locked"));

    std::optional<ApiResult<BulkResult>> got;
    m_api->bulkEditTimeEntries(m_server->defaultWorkspaceId(), ids,
                               {JsonPatchOp::replaceDescription(QStringLiteral("changed"))}, this, into(got));
    const auto r = wait(got);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString())); // partial failure is a result
    QCOMPARE(r.value->success.size(), 4);
    QVERIFY(!r.value->success.contains(ids.at(2)));
    QCOMPARE(r.value->failure.size(), 1);
    QCOMPARE(r.value->failure.at(0).id, ids.at(2));
    QCOMPARE(r.value->failure.at(0).message, QStringLiteral("Entry is locked"));
    QVERIFY(!r.value->allSucceeded());
    QCOMPARE(m_server->timeEntry(ids.at(0)).value(QLatin1String("description")).toString(),
             QStringLiteral("changed"));
    QCOMPARE(m_server->timeEntry(ids.at(2)).value(QLatin1String("description")).toString(),
             QStringLiteral("p2"));
}

void TestTrackApi::bulkCancelBetweenBatches()
{
    QList<qint64> ids;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-5);
    for (int i = 0; i < 250; ++i)
        ids.append(insertEntry(QStringLiteral("c%1").arg(i), base.addSecs(i * 120), 60));
    std::optional<ApiResult<BulkResult>> got;
    BulkEditJob *job =
        m_api->bulkEditTimeEntries(m_server->defaultWorkspaceId(), ids,
                                   {JsonPatchOp::replaceDescription(QStringLiteral("x"))}, this, into(got));
    connect(job, &BulkEditJob::progress, job, [job](int, int) { job->cancel(); });
    const auto r = wait(got);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::Cancelled);
    QVERIFY(r.value.has_value());
    QVERIFY(r.value->cancelled);
    QCOMPARE(r.value->success.size(), 100);
    QCOMPARE(r.value->unconfirmed.size(), 150);
    QCOMPARE(r.value->unconfirmed.first(), ids.at(100));
    QCOMPARE(m_server->countRequests("PATCH"), 1);
    QCOMPARE(m_server->timeEntry(ids.at(200)).value(QLatin1String("description")).toString(),
             QStringLiteral("c200"));
}

void TestTrackApi::bulkEmpty()
{
    std::optional<ApiResult<BulkResult>> got;
    m_api->bulkEditTimeEntries(m_server->defaultWorkspaceId(), {}, {JsonPatchOp::replaceBillable(false)},
                               this, into(got));
    const auto r = wait(got);
    QVERIFY(r.ok());
    QVERIFY(r.value->success.isEmpty());
    QCOMPARE(m_server->countRequests("PATCH"), 0);
}

void TestTrackApi::malformedJsonIsBadResponse()
{
    m_server->faults().malformedBodies = 1;
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    const auto r = wait(got);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::BadResponse);
    QCOMPARE(r.error->httpStatus, 200);
    QCOMPARE(m_server->countRequests("GET"), 1); // a bad body is not retried

    m_server->faults().malformedBodies = 1;
    std::optional<ApiResult<QList<TimeEntry>>> list;
    insertEntry(QStringLiteral("x"), QDateTime::currentDateTimeUtc().addSecs(-600), 60);
    m_api->listTimeEntries({}, this, into(list));
    const auto r2 = wait(list);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error->kind, Kind::BadResponse);
}

void TestTrackApi::hungServerTimesOut()
{
    m_server->faults().hangRequests = 1;
    m_transport->setTransferTimeout(300ms);
    QElapsedTimer timer;
    timer.start();
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    const auto r = wait(got);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::Timeout);
    QCOMPARE(r.error->httpStatus, 0);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() >= 250);

    // the next request is answered normally
    std::optional<ApiResult<Me>> next;
    m_api->me(this, into(next));
    QVERIFY(wait(next).ok());
}

void TestTrackApi::rateLimitedIsRetried()
{
    m_server->faults().burst429 = 2;
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    const auto r = wait(got);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(m_server->countRequests("GET", QStringLiteral("/me")), 3);

    m_server->clearRequests();
    m_server->faults().burst429 = 10; // more than the retries
    std::optional<ApiResult<Me>> failed;
    m_api->me(this, into(failed));
    const auto r2 = wait(failed);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error->kind, Kind::RateLimited);
    QCOMPARE(m_server->countRequests("GET", QStringLiteral("/me")), 4); // 1 + 3 retries
}

void TestTrackApi::serverErrorRetriedForGetNotForPost()
{
    m_server->faults().failureRate = 1.0;
    std::optional<ApiResult<TimeEntry>> created;
    TimeEntry draft;
    draft.workspaceId = m_server->defaultWorkspaceId();
    m_api->startTimeEntry(draft, this, into(created));
    const auto r = wait(created);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::Server);
    QCOMPARE(r.error->httpStatus, 500);
    QCOMPARE(m_server->countRequests("POST"), 1); // a create is never resent

    std::optional<ApiResult<Me>> me;
    m_api->me(this, into(me));
    const auto r2 = wait(me);
    QCOMPARE(r2.error->kind, Kind::Server);
    QCOMPARE(m_server->countRequests("GET", QStringLiteral("/me")), 4);
    QCOMPARE(r2.error->message.contains(QLatin1Char('"')), false); // JSON string decoded
}

void TestTrackApi::htmlErrorDecoded()
{
    m_server->faults().htmlErrors = 10;
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    const auto r = wait(got);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::Server);
    QCOMPARE(r.error->httpStatus, 502);
    QVERIFY(!r.error->message.isEmpty());
    QVERIFY2(!r.error->message.contains(QLatin1Char('<')), qPrintable(r.error->message));
    QVERIFY(r.error->message.size() <= 300);
    QCOMPARE(m_server->countRequests("GET", QStringLiteral("/me")), 4);

    m_server->faults().htmlErrors = 1; // one 502, then a success
    std::optional<ApiResult<Me>> again;
    m_api->me(this, into(again));
    QVERIFY(wait(again).ok());
}

void TestTrackApi::quotaExhaustedIsNotRetried()
{
    m_server->faults().quotaPerHour = 3;
    QList<QuotaInfo> changes;
    connect(m_api, &TrackApi::quotaChanged, this, [&](const QuotaInfo &q) { changes.append(q); });

    int okCount = 0;
    std::optional<ApiError> quotaError;
    for (int i = 0; i < 5 && !quotaError; ++i) {
        std::optional<ApiResult<QList<Workspace>>> got;
        m_api->myWorkspaces(this, into(got));
        const auto r = wait(got);
        if (r.ok())
            ++okCount;
        else
            quotaError = r.error;
    }
    QCOMPARE(okCount, 3);
    QVERIFY(quotaError.has_value());
    QCOMPARE(quotaError->kind, Kind::Quota);
    QVERIFY(quotaError->retryAt.has_value());
    QVERIFY(*quotaError->retryAt > QDateTime::currentDateTimeUtc());
    QVERIFY(!changes.isEmpty());
    QCOMPARE(m_api->quota().remaining, std::optional<int>(0));
    QVERIFY(m_api->quota().resetsAt.isValid());
    const int sent = m_server->countRequests("GET");
    QVERIFY2(sent <= 4, qPrintable(QString::number(sent))); // the 402 was not retried

    // later calls fail at once, without sending, until the reset
    std::optional<ApiResult<Me>> more;
    m_api->me(this, into(more));
    const auto r = wait(more);
    QCOMPARE(r.error->kind, Kind::Quota);
    QCOMPARE(m_server->countRequests("GET"), sent);
}

void TestTrackApi::quotaWaitQueuesInsteadOfSending()
{
    m_server->faults().quotaPerHour = 1;
    m_transport->setMaxQuotaWait(std::chrono::hours(2));
    // use up the quota, until the server says nothing remains
    for (int i = 0; i < 3 && !m_api->quota().isExhausted(); ++i) {
        std::optional<ApiResult<Me>> got;
        m_api->me(this, into(got));
        wait(got);
    }
    QVERIFY(m_api->quota().isExhausted());
    const int sent = m_server->countRequests("GET");

    std::optional<ApiResult<Me>> held;
    m_api->me(this, into(held));
    QTest::qWait(300);
    QVERIFY(!held.has_value()); // waiting for the reset, not sent
    QCOMPARE(m_server->countRequests("GET"), sent);
    QCOMPARE(m_transport->pendingCount(), 1);
}

void TestTrackApi::droppedConnectionIsNetworkError()
{
    m_server->faults().dropConnections = 100;
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    const auto r = wait(got);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::Network);
    QCOMPARE(r.error->httpStatus, 0);
    const int attempts = m_server->countRequests("GET", QStringLiteral("/me"));
    QVERIFY2(attempts >= 4, qPrintable(QString::number(attempts))); // 1 + 3 retries (Qt may resend once more)

    m_server->faults().dropConnections = 1; // one drop, then the retry succeeds
    std::optional<ApiResult<Me>> again;
    m_api->me(this, into(again));
    QVERIFY(wait(again).ok());
}

void TestTrackApi::insecureUrlRefused()
{
    const auto error = m_api->setBaseUrl(QUrl(QStringLiteral("http://api.track.toggl.com")));
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, Kind::InsecureUrl);
    QCOMPARE(m_api->baseUrl(), m_server->baseUrl()); // unchanged

    // the transport refuses it too, for any caller
    std::optional<ApiResponse> response;
    ApiRequest req;
    req.url = QUrl(QStringLiteral("http://192.0.2.1/api/v9/me"));
    req.authorization = "Basic c2VjcmV0";
    m_transport->send(req, this, [&](const ApiResponse &r) { response = r; });
    QVERIFY(!response); // never from inside send()
    QTRY_VERIFY(response.has_value());
    QCOMPARE(response->error->kind, Kind::InsecureUrl);
    QCOMPARE(response->attempts, 0);
    QCOMPARE(TrackApi::defaultBaseUrl(), QUrl(QStringLiteral("https://api.track.toggl.com")));
}

void TestTrackApi::destroyedContextGetsNoCallback()
{
    m_server->faults().latencyMs = 100;
    auto *context = new QObject;
    bool called = false;
    m_api->me(context, [&](ApiResult<Me>) { called = true; });
    delete context;
    QTest::qWait(400);
    QVERIFY(!called);
    QCOMPARE(m_transport->pendingCount(), 0);

    // and a live context is called
    std::optional<ApiResult<Me>> got;
    m_api->me(this, into(got));
    QVERIFY(wait(got).ok());
}

QTEST_GUILESS_MAIN(TestTrackApi)
#include "tst_trackapi.moc"
