// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/SyncRig.h"

#include "app/sync/LocalStore.h"
#include "app/track/TrackTime.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace punchclock;

// Issue #9: after one full list, refreshes ask only for what changed (`since`) and merge it; too
// old a watermark reads the full list again; a pending local edit wins a conflict with the server.
namespace {

// Another Toggl client on the same account: its own transport and API, straight to the sandbox.
struct OtherClient
{
    ApiTransport transport;
    TrackApi api{&transport};

    explicit OtherClient(const SyncRig &rig)
    {
        api.setBaseUrl(rig.server->baseUrl());
        api.setCredentials(Credentials::apiToken(rig.server->token()));
    }

    std::optional<TimeEntry> get(qint64 id)
    {
        std::optional<ApiResult<TimeEntry>> answer;
        api.timeEntry(id, nullptr, [&answer](ApiResult<TimeEntry> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000) || !answer->ok())
            return std::nullopt;
        return *answer->value;
    }

    bool put(TimeEntry entry)
    {
        std::optional<bool> ok;
        api.updateTimeEntry(entry, nullptr, [&ok](ApiResult<TimeEntry> r) { ok = r.ok(); });
        return QTest::qWaitFor([&ok] { return ok.has_value(); }, 5000) && *ok;
    }

    qint64 create(qint64 workspaceId, const QString &description, int hoursAgo)
    {
        TimeEntry e;
        e.workspaceId = workspaceId;
        e.description = description;
        e.start = TrackTime::utcFromSecs(QDateTime::currentSecsSinceEpoch() - hoursAgo * 3600);
        e.stop = e.start.addSecs(1200);
        e.duration = 1200;
        std::optional<qint64> id;
        api.createTimeEntry(e, nullptr, [&id](ApiResult<TimeEntry> r) { id = r.ok() ? r.value->id : 0; });
        return QTest::qWaitFor([&id] { return id.has_value(); }, 5000) ? *id : 0;
    }

    bool remove(qint64 workspaceId, qint64 id)
    {
        std::optional<bool> ok;
        api.deleteTimeEntry(workspaceId, id, nullptr, [&ok](ApiResult<NoContent> r) { ok = r.ok(); });
        return QTest::qWaitFor([&ok] { return ok.has_value(); }, 5000) && *ok;
    }
};

qint64 seed(SyncRig &rig, const QString &description, int hoursAgo)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600);
    return rig.server->insertTimeEntry({{QStringLiteral("description"), description},
                                        {QStringLiteral("start"), TrackTime::format(start)},
                                        {QStringLiteral("duration"), 1800}});
}

// The GET /me/time_entries requests the sandbox saw, by query string.
QStringList listQueries(const SyncRig &rig)
{
    QStringList out;
    for (const sandbox::RecordedRequest &r : rig.server->requests()) {
        if (r.method == "GET" && r.path.endsWith(QLatin1String("/me/time_entries")))
            out.append(r.query);
    }
    return out;
}

// id -> description of what the server holds, and of what the model shows.
QMap<qint64, QString> serverView(const SyncRig &rig)
{
    QMap<qint64, QString> out;
    for (const QJsonValue &v : rig.server->timeEntries()) {
        const QJsonObject o = v.toObject();
        out.insert(static_cast<qint64>(o.value(QStringLiteral("id")).toDouble()),
                   o.value(QStringLiteral("description")).toString());
    }
    return out;
}

QMap<qint64, QString> modelView(const SyncRig &rig)
{
    QMap<qint64, QString> out;
    for (const TimeEntry &e : rig.model()->entries())
        out.insert(e.id, e.description.value_or(QString()));
    return out;
}

bool refresh(SyncRig &rig)
{
    QSignalSpy refreshed(rig.session.get(), &TrackSession::refreshed);
    rig.session->refresh();
    return refreshed.wait(5000);
}

} // namespace

class TstIncrementalSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sinceRefreshMergesExactlyTheOtherClientsChanges()
    {
        SyncRig rig;
        const qint64 kept = seed(rig, QStringLiteral("kept"), 5);
        const qint64 edited = seed(rig, QStringLiteral("to edit"), 4);
        const qint64 deleted = seed(rig, QStringLiteral("to delete"), 3);
        QVERIFY(rig.signIn());
        QCOMPARE(listQueries(rig).size(), 1);
        QVERIFY(!listQueries(rig).first().contains(QLatin1String("since=")));
        QVERIFY(rig.session->sinceWatermark() > 0);
        QCOMPARE(modelView(rig), serverView(rig));

        QTest::qWait(1100); // the other client's changes get a newer `at` (whole seconds)
        OtherClient other(rig);
        const qint64 created =
            other.create(rig.server->defaultWorkspaceId(), QStringLiteral("created elsewhere"), 2);
        QVERIFY(created > 0);
        std::optional<TimeEntry> e = other.get(edited);
        QVERIFY(e);
        e->description = QStringLiteral("edited elsewhere");
        QVERIFY(other.put(*e));
        QVERIFY(other.remove(e->workspaceId, deleted));
        const auto expected = serverView(rig);
        QVERIFY(expected.contains(created) && !expected.contains(deleted));

        rig.server->clearRequests();
        QSignalSpy resets(rig.model(), &TimeEntryModel::modelReset);
        QSignalSpy inserted(rig.model(), &TimeEntryModel::rowsInserted);
        QSignalSpy removed(rig.model(), &TimeEntryModel::rowsRemoved);
        QVERIFY(refresh(rig));

        const QStringList queries = listQueries(rig);
        QCOMPARE(queries.size(), 1);
        QVERIFY2(queries.first().contains(QLatin1String("since=")), qPrintable(queries.first()));
        QCOMPARE(rig.server->requests().size(), 1); // nothing else was asked
        QCOMPARE(modelView(rig), expected);
        QCOMPARE(modelView(rig).value(kept), QStringLiteral("kept"));
        QCOMPARE(modelView(rig).value(edited), QStringLiteral("edited elsewhere"));
        QCOMPARE(resets.size(), 0); // merged row by row, not replaced
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);

        // The merge reached the cache (with its watermark): a restart shows it before any request,
        // and its first refresh is a `since` one again.
        const qint64 watermark = rig.session->sinceWatermark();
        rig.restart();
        QCOMPARE(modelView(rig), expected);
        QCOMPARE(rig.session->sinceWatermark(), watermark);
        rig.server->clearRequests();
        QVERIFY(rig.signIn());
        QCOMPARE(listQueries(rig).size(), 1);
        QVERIFY(listQueries(rig).first().contains(QLatin1String("since=")));
        QCOMPARE(modelView(rig), expected);
    }

    void tooOldWatermarkReadsTheFullList()
    {
        SyncRig rig;
        seed(rig, QStringLiteral("one"), 5);
        seed(rig, QStringLiteral("two"), 4);
        QVERIFY(rig.signIn());
        rig.close();

        // Two months and a day of not running: the stored watermark is moved back in the database.
        const qint64 old = QDateTime::currentSecsSinceEpoch() - TrackSession::kMaxSinceAgeSeconds - 24 * 3600;
        {
            LocalStore store(rig.storePath());
            QVERIFY(store.isOpen());
            QVERIFY(store.meta(QStringLiteral("entries_since")).toLongLong() > old);
            QVERIFY(store.setMeta(QStringLiteral("entries_since"), QString::number(old)));
        }
        rig.open();
        QCOMPARE(rig.session->sinceWatermark(), old);
        const qint64 added = seed(rig, QStringLiteral("three"), 3);
        rig.server->clearRequests();
        QVERIFY(rig.signIn());
        const QStringList queries = listQueries(rig);
        QCOMPARE(queries.size(), 1);
        QVERIFY2(!queries.first().contains(QLatin1String("since=")), qPrintable(queries.first()));
        QVERIFY(rig.session->sinceWatermark() > old);
        QCOMPARE(modelView(rig), serverView(rig));
        QVERIFY(modelView(rig).contains(added));

        // fullRefresh() always reads the whole list.
        rig.server->clearRequests();
        QSignalSpy refreshed(rig.session.get(), &TrackSession::refreshed);
        rig.session->fullRefresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(listQueries(rig).size(), 1);
        QVERIFY(!listQueries(rig).first().contains(QLatin1String("since=")));
    }

    void pendingLocalEditWinsAConflictAndTheServerCopyIsKept()
    {
        SyncRig rig;
        const qint64 id = seed(rig, QStringLiteral("original"), 2);
        const qint64 other = seed(rig, QStringLiteral("untouched"), 3);
        QVERIFY(rig.signIn());
        QTest::qWait(1100);

        rig.session->sync()->setPaused(true); // the local edit stays in the outbox for now
        QVERIFY(rig.editDescription(id, QStringLiteral("mine")));
        QCOMPARE(rig.session->pendingChangeCount(), 1);

        OtherClient elsewhere(rig);
        std::optional<TimeEntry> server = elsewhere.get(id);
        QVERIFY(server);
        server->description = QStringLiteral("theirs");
        server->billable = true;
        QVERIFY(elsewhere.put(*server));
        std::optional<TimeEntry> second = elsewhere.get(other);
        QVERIFY(second);
        second->description = QStringLiteral("changed too");
        QVERIFY(elsewhere.put(*second));

        QSignalSpy conflicts(rig.session.get(), &TrackSession::conflictDetected);
        QVERIFY(refresh(rig));
        // The local edit is still what the user sees; the server's copy is kept, not applied.
        QCOMPARE(modelView(rig).value(id), QStringLiteral("mine"));
        QCOMPARE(modelView(rig).value(other), QStringLiteral("changed too")); // no conflict there
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().at(0).value<TimeEntry>().description, QStringLiteral("mine"));
        QCOMPARE(conflicts.first().at(1).value<TimeEntry>().description, QStringLiteral("theirs"));
        const std::optional<TimeEntry> kept = rig.session->serverCopyOf(id);
        QVERIFY(kept);
        QCOMPARE(kept->description, QStringLiteral("theirs"));
        QVERIFY(kept->billable);
        QVERIFY(refresh(rig)); // seen once, reported once
        QCOMPARE(conflicts.size(), 1);

        // Sent: the local edit overwrites the server's copy, and the conflict is over.
        rig.session->sync()->setPaused(false);
        rig.session->sync()->retryNow();
        QVERIFY(rig.waitDrained());
        QCOMPARE(rig.server->timeEntry(id).value(QStringLiteral("description")).toString(),
                 QStringLiteral("mine"));
        QVERIFY(!rig.session->serverCopyOf(id));
        QVERIFY(refresh(rig));
        QCOMPARE(modelView(rig), serverView(rig));
    }
    // A refresh answer made before a stop, arriving after the stop was confirmed (a slow reply, or
    // a long list still parsing), must not show the entry running again, nor let a later edit
    // restart it on the server.
    void refreshOvertakenByAStopDoesNotRestartTheEntry_data()
    {
        QTest::addColumn<bool>("full");
        QTest::newRow("since") << false;
        QTest::newRow("full list") << true;
    }

    void refreshOvertakenByAStopDoesNotRestartTheEntry()
    {
        QFETCH(bool, full);
        SyncRig rig;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        const qint64 id =
            rig.server->insertTimeEntry({{QStringLiteral("description"), QStringLiteral("running")},
                                         {QStringLiteral("start"), TrackTime::format(start)},
                                         {QStringLiteral("duration"), -1}});
        QVERIFY(rig.signIn());
        QVERIFY(rig.model()->entry(rig.model()->rowOf(id))->isRunning());

        rig.server->faults().slowReplies = 1;
        rig.server->faults().slowReplyMs = 600;
        QSignalSpy refreshed(rig.session.get(), &TrackSession::refreshed);
        if (full)
            rig.session->fullRefresh();
        else
            rig.session->refresh();
        // The list is made (entry running) before the stop reaches the server.
        QVERIFY(QTest::qWaitFor(
            [&rig] {
                const auto requests = rig.server->requests();
                return !requests.isEmpty() && requests.last().method == "GET" &&
                       requests.last().status == 200;
            },
            5000));
        rig.session->stopEntry(*rig.model()->entry(rig.model()->rowOf(id)));
        QVERIFY(rig.waitDrained());
        QVERIFY(secsOf(rig.server->timeEntry(id), "stop") > 0);
        QVERIFY(refreshed.wait(5000)); // the stale list, after the stop's confirmation

        const TimeEntry *shown = rig.model()->entry(rig.model()->rowOf(id));
        QVERIFY(shown);
        QVERIFY2(!shown->isRunning(), "the stale list showed the stopped entry running again");
        QVERIFY(rig.editDescription(id, QStringLiteral("renamed after stopping")));
        QVERIFY(rig.waitDrained());
        const QJsonObject onServer = rig.server->timeEntry(id);
        QCOMPARE(onServer.value(QStringLiteral("description")).toString(),
                 QStringLiteral("renamed after stopping"));
        QVERIFY(onServer.value(QStringLiteral("duration")).toInteger() >= 0);
    }
};

QTEST_GUILESS_MAIN(TstIncrementalSync)
#include "tst_incrementalsync.moc"
