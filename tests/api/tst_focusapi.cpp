// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FastRetries.h"
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/api/FocusApi.h"
#include "app/track/TrackTime.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace punchclock;
using Kind = ApiError::Kind;

namespace {
// QVERIFY2 evaluates its message even on success: never touch an empty error there.
template<class T> const char *why(const ApiResult<T> &r)
{
    static QByteArray text;
    text = r.ok() ? QByteArray() : r.error->toString().toUtf8();
    return text.constData();
}
} // namespace

class TestFocusApi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void settingsWithBearerKey();
    void wrongKeyIsAuth();
    void missingOrganizationFailsWithoutSending();
    void unknownOrganizationIsAnError();
    void tasksAcrossThreePages();
    void tasksArchivedFilter();
    void createGetAndDelete();
    void createForUnknownTaskIsAnError();
    void createWithoutTypeOrBadTypeIsBadRequest();
    void patchChangesOnlyWhatIsSent();
    void putReplaces();
    void archiveUnarchive();
    void deleteAndRestore();
    void getUnknownIsNotFound();
    void taskEntriesAcrossThreePages();
    void taskEntriesArchivedFilter();
    void workspaceListFiltersByDates();
    void workspaceListWithoutDatesIsBadRequest();
    void bulkCreate();
    void bulkDeleteAndRestore();
    void bulkPatch();
    void streamDeliversEveryEntry();
    void streamByTimeBlockIds();
    void streamWithWrongKeyIsAuth();
    void truncatedStreamIsBadResponse();
    void quotaIs402();

private:
    template<class T> ApiResult<T> wait(std::optional<ApiResult<T>> &slot, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!slot && timer.elapsed() < timeoutMs)
            QTest::qWait(5);
        if (!slot)
            qFatal("no callback within %d ms", timeoutMs);
        return *slot;
    }
    template<class T> ApiCallback<T> into(std::optional<ApiResult<T>> &slot)
    {
        return [&slot](ApiResult<T> r) { slot = std::move(r); };
    }
    qint64 insertTask(const QString &name, const QJsonObject &extra = {});
    qint64 insertEntry(qint64 taskId, const QDateTime &start, qint64 seconds, const QJsonObject &extra = {});
    static QDateTime at(int day, int hour = 9) { return TrackTime::utc(QDate(2024, 3, day), QTime(hour, 0)); }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    ApiTransport *m_transport = nullptr;
    FocusApi *m_api = nullptr;
};

void TestFocusApi::init()
{
    m_server = startSandbox();
    m_transport = new ApiTransport(this);
    m_transport->setRetryPolicy(fastRetries(50));
    m_api = new FocusApi(m_transport, this);
    QVERIFY(!m_api->setBaseUrl(m_server->baseUrl()));
    m_api->setApiKey(m_server->focusKey());
    m_api->setOrganizationId(m_server->focusOrganizationId());
    m_api->setWorkspaceId(m_server->focusWorkspaceId());
}

void TestFocusApi::cleanup()
{
    delete m_api;
    delete m_transport;
    m_server.reset();
}

qint64 TestFocusApi::insertTask(const QString &name, const QJsonObject &extra)
{
    QJsonObject fields = extra;
    fields.insert(QLatin1String("name"), name);
    const qint64 id = m_server->insertFocusTask(fields);
    if (id <= 0)
        qFatal("insertFocusTask refused");
    return id;
}

qint64 TestFocusApi::insertEntry(qint64 taskId, const QDateTime &start, qint64 seconds,
                                 const QJsonObject &extra)
{
    QJsonObject fields = extra;
    fields.insert(QLatin1String("task_id"), taskId);
    fields.insert(QLatin1String("start"), TrackTime::format(start));
    fields.insert(QLatin1String("duration"), seconds);
    if (!fields.contains(QLatin1String("type")))
        fields.insert(QLatin1String("type"), QStringLiteral("activity"));
    return m_server->insertFocusTimeEntry(fields);
}

void TestFocusApi::settingsWithBearerKey()
{
    std::optional<ApiResult<FocusSettings>> r;
    m_api->settings(this, into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result.value->currentWorkspaceId, m_server->focusWorkspaceId());
    const auto requests = m_server->requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.last().path, QStringLiteral("/api/users/me/settings"));
    QCOMPARE(requests.last().authorization, "Bearer " + m_server->focusKey().toUtf8());
}

void TestFocusApi::wrongKeyIsAuth()
{
    m_api->setApiKey(QStringLiteral("not-the-key"));
    std::optional<ApiResult<FocusSettings>> r;
    m_api->settings(this, into(r));
    const auto result = wait(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::Auth);
    QCOMPARE(result.error->httpStatus, 401);
    QVERIFY(!result.error->message.isEmpty());

    std::optional<ApiResult<QList<FocusTask>>> tasks;
    m_api->listTasks({}, this, into(tasks));
    QCOMPARE(wait(tasks).error->kind, Kind::Auth);
}

void TestFocusApi::missingOrganizationFailsWithoutSending()
{
    m_api->setOrganizationId(0);
    std::optional<ApiResult<QList<FocusTask>>> r;
    m_api->listTasks({}, this, into(r));
    QVERIFY(!r); // never from inside the call
    QCOMPARE(wait(r).error->kind, Kind::BadRequest);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestFocusApi::unknownOrganizationIsAnError()
{
    m_api->setOrganizationId(m_server->focusOrganizationId() + 1000);
    std::optional<ApiResult<QList<FocusTask>>> r;
    m_api->listTasks({}, this, into(r));
    const auto result = wait(r);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->httpStatus >= 400 && result.error->httpStatus < 500, why(result));
}

void TestFocusApi::tasksAcrossThreePages()
{
    const int before = static_cast<int>(m_server->focusTasks().size());
    for (int i = 0; i < 7; ++i)
        insertTask(QStringLiteral("Task %1").arg(i));
    const int total = before + 7;
    FocusTaskQuery q;
    q.perPage = (total + 2) / 3; // three pages, the last one short
    if ((total + q.perPage - 1) / q.perPage != 3 || total % q.perPage == 0)
        q.perPage = 3;
    std::optional<ApiResult<QList<FocusTask>>> r;
    m_server->clearRequests();
    m_api->listTasks(q, this, into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result.value->size(), total);
    const int pages = static_cast<int>((total + q.perPage - 1) / q.perPage);
    QCOMPARE(m_server->countRequests("GET", QStringLiteral("/tasks")), pages);
    QStringList names;
    for (const FocusTask &t : *result.value)
        names << t.name;
    QVERIFY(names.contains(QStringLiteral("Task 6")));
}

void TestFocusApi::tasksArchivedFilter()
{
    insertTask(QStringLiteral("Live"));
    insertTask(QStringLiteral("Old"),
               {{QLatin1String("archived_at"), QStringLiteral("2024-01-01T00:00:00Z")}});
    FocusTaskQuery q;
    q.archived = true;
    std::optional<ApiResult<QList<FocusTask>>> r;
    m_api->listTasks(q, this, into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    QVERIFY(!result.value->isEmpty());
    for (const FocusTask &t : *result.value)
        QVERIFY2(t.isArchived(), qPrintable(t.name));
}

void TestFocusApi::createGetAndDelete()
{
    const qint64 task = insertTask(QStringLiteral("Write"));
    FocusTimeEntry e;
    e.start = at(4);
    e.duration = 600;
    std::optional<ApiResult<FocusTimeEntry>> created;
    m_api->createTimeEntry(task, e, this, into(created));
    const auto c = wait(created);
    QVERIFY2(c.ok(), why(c));
    QVERIFY(c.value->id > 0);
    QCOMPARE(c.value->taskId, task);
    QCOMPARE(c.value->duration, 600);
    QCOMPARE(c.value->start, at(4));
    const QJsonObject stored = m_server->focusTimeEntry(c.value->id);
    QCOMPARE(stored.value(QLatin1String("duration")).toInt(), 600);
    QCOMPARE(stored.value(QLatin1String("type")).toString(), QStringLiteral("activity"));
    const auto posts = m_server->requests();
    QVERIFY(posts.last().path.endsWith(QStringLiteral("/tasks/%1/time-entries").arg(task)));
    QCOMPARE(posts.last().status, 201);

    std::optional<ApiResult<FocusTimeEntry>> got;
    m_api->timeEntry(task, c.value->id, this, into(got));
    QCOMPARE(wait(got).value->duration, 600);

    std::optional<ApiResult<NoContent>> deleted;
    m_api->deleteTimeEntry(task, c.value->id, this, into(deleted));
    QVERIFY(wait(deleted).ok());
    QCOMPARE(m_server->requests().last().status, 204);
    QVERIFY(!m_server->focusTimeEntry(c.value->id).value(QLatin1String("deleted_at")).isNull());
}

void TestFocusApi::createForUnknownTaskIsAnError()
{
    FocusTimeEntry e;
    e.start = at(4);
    e.duration = 60;
    std::optional<ApiResult<FocusTimeEntry>> r;
    m_api->createTimeEntry(987654, e, this, into(r));
    const auto result = wait(r);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->kind == Kind::NotFound || result.error->kind == Kind::BadRequest, why(result));
}

void TestFocusApi::createWithoutTypeOrBadTypeIsBadRequest()
{
    const qint64 task = insertTask(QStringLiteral("Typed"));
    FocusTimeEntry e;
    e.start = at(4);
    e.duration = 60;
    e.type = QStringLiteral("nap");
    std::optional<ApiResult<FocusTimeEntry>> r;
    m_api->createTimeEntry(task, e, this, into(r));
    const auto result = wait(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::BadRequest);
    QVERIFY2(!result.error->message.isEmpty(), "the error_description is surfaced");
}

void TestFocusApi::patchChangesOnlyWhatIsSent()
{
    const qint64 task = insertTask(QStringLiteral("Patch me"));
    const qint64 id = insertEntry(task, at(5), 300);
    FocusEntryPatch p;
    p.duration = 900;
    std::optional<ApiResult<NoContent>> r;
    m_api->patchTimeEntry(task, id, p, this, into(r));
    QVERIFY(wait(r).ok());
    const QJsonObject stored = m_server->focusTimeEntry(id);
    QCOMPARE(stored.value(QLatin1String("duration")).toInt(), 900);
    QCOMPARE(TrackTime::parse(stored.value(QLatin1String("start")).toString()), at(5));
    QCOMPARE(QJsonDocument::fromJson(m_server->requests().last().body).object(),
             QJsonObject({{QLatin1String("duration"), 900}}));

    std::optional<ApiResult<NoContent>> missing;
    m_api->patchTimeEntry(task, id + 1000, p, this, into(missing));
    QCOMPARE(wait(missing).error->kind, Kind::NotFound);
}

void TestFocusApi::putReplaces()
{
    const qint64 task = insertTask(QStringLiteral("Put"));
    const qint64 id = insertEntry(task, at(6), 300);
    FocusTimeEntry e;
    e.id = id;
    e.taskId = task;
    e.start = at(6, 14);
    e.duration = 1200;
    e.type = QStringLiteral("break");
    std::optional<ApiResult<NoContent>> r;
    m_api->replaceTimeEntry(e, this, into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    const QJsonObject stored = m_server->focusTimeEntry(id);
    QCOMPARE(stored.value(QLatin1String("duration")).toInt(), 1200);
    QCOMPARE(stored.value(QLatin1String("type")).toString(), QStringLiteral("break"));
    QCOMPARE(TrackTime::parse(stored.value(QLatin1String("start")).toString()), at(6, 14));
}

void TestFocusApi::archiveUnarchive()
{
    const qint64 task = insertTask(QStringLiteral("Archive"));
    const qint64 id = insertEntry(task, at(7), 300);
    std::optional<ApiResult<NoContent>> r;
    m_api->archiveTimeEntry(task, id, this, into(r));
    QVERIFY(wait(r).ok());
    QVERIFY(m_server->focusTimeEntry(id).value(QLatin1String("archived_at")).isString());
    r.reset();
    m_api->unarchiveTimeEntry(task, id, this, into(r));
    QVERIFY(wait(r).ok());
    const QJsonValue archived = m_server->focusTimeEntry(id).value(QLatin1String("archived_at"));
    QVERIFY(archived.isNull() || archived.isUndefined());
}

void TestFocusApi::deleteAndRestore()
{
    const qint64 task = insertTask(QStringLiteral("Restore"));
    const qint64 id = insertEntry(task, at(8), 300);
    std::optional<ApiResult<NoContent>> r;
    m_api->deleteTimeEntry(task, id, this, into(r));
    QVERIFY(wait(r).ok());
    r.reset();
    m_api->restoreTimeEntry(task, id, this, into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    const QJsonValue deleted = m_server->focusTimeEntry(id).value(QLatin1String("deleted_at"));
    QVERIFY(deleted.isNull() || deleted.isUndefined());
}

void TestFocusApi::getUnknownIsNotFound()
{
    const qint64 task = insertTask(QStringLiteral("Empty"));
    std::optional<ApiResult<FocusTimeEntry>> r;
    m_api->timeEntry(task, 424242, this, into(r));
    const auto result = wait(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::NotFound);
    QCOMPARE(result.error->httpStatus, 404);
}

void TestFocusApi::taskEntriesAcrossThreePages()
{
    const qint64 task = insertTask(QStringLiteral("Paged"));
    const qint64 other = insertTask(QStringLiteral("Other"));
    for (int i = 0; i < 7; ++i)
        insertEntry(task, at(1 + i), 60 * (i + 1));
    insertEntry(other, at(1), 60);
    FocusEntryQuery q;
    q.perPage = 3;
    m_server->clearRequests();
    std::optional<ApiResult<QList<FocusTimeEntry>>> r;
    m_api->listTaskTimeEntries(task, q, this, into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result.value->size(), 7);
    QSet<qint64> ids;
    for (const FocusTimeEntry &e : *result.value) {
        QCOMPARE(e.taskId, task);
        ids.insert(e.id);
    }
    QCOMPARE(ids.size(), 7);
    QCOMPARE(m_server->countRequests("GET", QStringLiteral("/time-entries")), 3);
    const auto requests = m_server->requests();
    QVERIFY(requests.first().query.contains(QLatin1String("per_page=3")));
    QVERIFY(requests.last().query.contains(QLatin1String("page=3")));
}

void TestFocusApi::taskEntriesArchivedFilter()
{
    const qint64 task = insertTask(QStringLiteral("Filter"));
    insertEntry(task, at(2), 60);
    const qint64 archived = insertEntry(
        task, at(3), 60, {{QLatin1String("archived_at"), QStringLiteral("2024-03-04T00:00:00Z")}});
    FocusEntryQuery q;
    q.archived = true;
    std::optional<ApiResult<QList<FocusTimeEntry>>> r;
    m_api->listTaskTimeEntries(task, q, this, into(r));
    auto result = wait(r);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 1);
    QCOMPARE(result.value->first().id, archived);
    q.archived = false;
    r.reset();
    m_api->listTaskTimeEntries(task, q, this, into(r));
    result = wait(r);
    QCOMPARE(result.value->size(), 1);
    QVERIFY(result.value->first().id != archived);
}

void TestFocusApi::workspaceListFiltersByDates()
{
    const qint64 task = insertTask(QStringLiteral("Dates"));
    insertEntry(task, at(1), 60);
    insertEntry(task, at(10), 60);
    insertEntry(task, at(11), 60, {{QLatin1String("type"), QStringLiteral("break")}});
    insertEntry(task, at(20), 60);
    FocusEntryQuery q;
    q.dateFrom = at(9);
    q.dateTo = at(12);
    q.perPage = 1; // two pages and an empty third, or two when the server says so
    std::optional<ApiResult<QList<FocusTimeEntry>>> r;
    m_api->listTimeEntries(q, this, into(r));
    auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result.value->size(), 2);
    q.type = QStringLiteral("break");
    r.reset();
    m_api->listTimeEntries(q, this, into(r));
    result = wait(r);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 1);
    QCOMPARE(result.value->first().type, QStringLiteral("break"));
}

void TestFocusApi::workspaceListWithoutDatesIsBadRequest()
{
    std::optional<ApiResult<QList<FocusTimeEntry>>> r;
    m_api->listTimeEntries({}, this, into(r));
    const auto result = wait(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::BadRequest);
    QCOMPARE(result.error->httpStatus, 400);
}

void TestFocusApi::bulkCreate()
{
    const qint64 task = insertTask(QStringLiteral("Bulk"));
    const qsizetype before = m_server->focusTimeEntries().size();
    QList<FocusTimeEntry> entries;
    for (int i = 0; i < 3; ++i) {
        FocusTimeEntry e;
        e.taskId = task;
        e.start = at(12 + i);
        e.duration = 100 + i;
        entries.append(e);
    }
    std::optional<ApiResult<NoContent>> r;
    m_api->bulkCreateTimeEntries(entries, this, into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(m_server->focusTimeEntries().size(), before + 3);
    QVERIFY(QJsonDocument::fromJson(m_server->requests().last().body).isArray());
}

void TestFocusApi::bulkDeleteAndRestore()
{
    const qint64 task = insertTask(QStringLiteral("Bulk delete"));
    const qint64 a = insertEntry(task, at(1), 60);
    const qint64 b = insertEntry(task, at(2), 60);
    const qint64 keep = insertEntry(task, at(3), 60);
    std::optional<ApiResult<NoContent>> r;
    m_api->bulkDeleteTimeEntries({a, b}, this, into(r));
    QVERIFY(wait(r).ok());
    QVERIFY(m_server->requests().last().query.contains(QStringLiteral("ids=%1,%2").arg(a).arg(b)) ||
            m_server->requests().last().query.contains(QStringLiteral("ids=%1%2C%3").arg(a).arg(b)));
    QVERIFY(m_server->focusTimeEntry(a).value(QLatin1String("deleted_at")).isString());
    QVERIFY(m_server->focusTimeEntry(b).value(QLatin1String("deleted_at")).isString());
    QVERIFY(!m_server->focusTimeEntry(keep).value(QLatin1String("deleted_at")).isString());
    r.reset();
    m_api->bulkRestoreTimeEntries({a, b}, this, into(r));
    QVERIFY(wait(r).ok());
    QVERIFY(!m_server->focusTimeEntry(a).value(QLatin1String("deleted_at")).isString());
    QVERIFY(!m_server->focusTimeEntry(b).value(QLatin1String("deleted_at")).isString());
}

void TestFocusApi::bulkPatch()
{
    const qint64 task = insertTask(QStringLiteral("Bulk patch"));
    const qint64 a = insertEntry(task, at(1), 60);
    const qint64 b = insertEntry(task, at(2), 60);
    FocusEntryPatch pa;
    pa.id = a;
    pa.duration = 111;
    FocusEntryPatch pb;
    pb.id = b;
    pb.type = QStringLiteral("break");
    std::optional<ApiResult<NoContent>> r;
    m_api->bulkPatchTimeEntries({pa, pb}, this, into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(m_server->focusTimeEntry(a).value(QLatin1String("duration")).toInt(), 111);
    QCOMPARE(m_server->focusTimeEntry(b).value(QLatin1String("type")).toString(), QStringLiteral("break"));
    QCOMPARE(m_server->focusTimeEntry(b).value(QLatin1String("duration")).toInt(), 60);
}

void TestFocusApi::streamDeliversEveryEntry()
{
    const qint64 task = insertTask(QStringLiteral("Stream"));
    for (int i = 0; i < 50; ++i)
        insertEntry(task, at(1 + i % 20, i % 12), 60 + i);
    FocusEntryQuery q;
    q.dateFrom = at(1, 0);
    q.dateTo = at(25);
    QList<FocusTimeEntry> got;
    int batches = 0;
    std::optional<ApiResult<qint64>> r;
    m_api->streamTimeEntries(
        q, this,
        [&](QList<FocusTimeEntry> batch) {
            ++batches;
            got += batch;
        },
        into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(*result.value, 50);
    QCOMPARE(got.size(), 50);
    QVERIFY(batches >= 1);
    for (const FocusTimeEntry &e : got)
        QCOMPARE(e.taskId, task);
}

void TestFocusApi::streamByTimeBlockIds()
{
    const qint64 task = insertTask(QStringLiteral("Blocks"));
    insertEntry(task, at(1), 60, {{QLatin1String("time_block_id"), 11}});
    insertEntry(task, at(2), 60, {{QLatin1String("time_block_id"), 12}});
    insertEntry(task, at(3), 60, {{QLatin1String("time_block_id"), 13}});
    QList<FocusTimeEntry> got;
    std::optional<ApiResult<qint64>> r;
    m_api->streamTimeEntriesByTimeBlocks(
        {11, 13}, this, [&](QList<FocusTimeEntry> batch) { got += batch; }, into(r));
    const auto result = wait(r);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(got.size(), 2);
    QSet<qint64> blocks;
    for (const FocusTimeEntry &e : got)
        blocks.insert(e.timeBlockId.value_or(0));
    QCOMPARE(blocks, QSet<qint64>({11, 13}));
}

void TestFocusApi::streamWithWrongKeyIsAuth()
{
    m_api->setApiKey(QStringLiteral("wrong"));
    FocusEntryQuery q;
    q.dateFrom = at(1);
    q.dateTo = at(2);
    int batches = 0;
    std::optional<ApiResult<qint64>> r;
    m_api->streamTimeEntries(
        q, this, [&](QList<FocusTimeEntry>) { ++batches; }, into(r));
    const auto result = wait(r);
    QCOMPARE(result.error->kind, Kind::Auth);
    QCOMPARE(batches, 0); // an error body is never fed to the parser
}

void TestFocusApi::truncatedStreamIsBadResponse()
{
    const qint64 task = insertTask(QStringLiteral("Cut"));
    for (int i = 0; i < 5; ++i)
        insertEntry(task, at(1 + i), 60);
    m_server->faults().malformedBodies = 1;
    FocusEntryQuery q;
    q.dateFrom = at(1, 0);
    q.dateTo = at(10);
    std::optional<ApiResult<qint64>> r;
    m_api->streamTimeEntries(
        q, this, [](QList<FocusTimeEntry>) {}, into(r));
    const auto result = wait(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::BadResponse);
    QVERIFY2(result.error->message.contains(QLatin1String("Truncated")) ||
                 result.error->message.contains(QLatin1String("Malformed")),
             qPrintable(result.error->message));
}

void TestFocusApi::quotaIs402()
{
    m_server->faults().quotaPerHour = 1;
    std::optional<ApiResult<FocusSettings>> first;
    m_api->settings(this, into(first));
    QVERIFY(wait(first).ok());
    m_transport->setMaxQuotaWait(std::chrono::milliseconds(0));
    std::optional<ApiResult<FocusSettings>> second;
    m_api->settings(this, into(second));
    const auto result = wait(second);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::Quota);
}

QTEST_GUILESS_MAIN(TestFocusApi)
#include "tst_focusapi.moc"
