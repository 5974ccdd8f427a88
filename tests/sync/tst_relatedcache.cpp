// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/FocusRig.h"
#include "tests/sync/SyncRig.h"

#include "app/focus/FocusJson.h"
#include "app/models/FocusTaskModel.h"
#include "app/sync/Outbox.h"
#include "app/sync/RelatedCache.h"

#include <QFile>

using namespace punchclock;

// Issue #9, "local cache": projects, tags, clients and Focus tasks load from the database at
// start-up, so the pickers are filled before the network answers and with the server down.
class TstRelatedCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void trackRelatedDataLoadsWithTheServerDown()
    {
        SyncRig rig;
        const qint64 client = rig.server->insertClient(QStringLiteral("Cached client"));
        const qint64 project =
            rig.server->insertProject(QStringLiteral("Cached project"), QStringLiteral("#123456"), client);
        rig.server->insertTag(QStringLiteral("cached-tag"));
        rig.server->insertTimeEntry(
            {{QStringLiteral("description"), QStringLiteral("with project")},
             {QStringLiteral("project_id"), project},
             {QStringLiteral("start"), TrackTime::format(QDateTime::currentDateTimeUtc().addSecs(-3600))},
             {QStringLiteral("duration"), 600}});
        QVERIFY(rig.signIn());
        const RelatedData online = rig.session->related();
        QVERIFY(!online.projects.isEmpty());

        rig.server->faults().dropConnections = 1000000; // the server is gone
        rig.restart();
        // Before any sign-in or answer: the pickers' data is there.
        const RelatedData &cached = rig.session->related();
        QCOMPARE(cached.projects, online.projects);
        QCOMPARE(cached.tags, online.tags);
        QCOMPARE(cached.clients, online.clients);
        QCOMPARE(cached.workspaces, online.workspaces);
        QCOMPARE(cached.me.id, online.me.id);
        QVERIFY(cached.me.apiToken.isEmpty()); // never on disk
        QVERIFY(rig.session->project(project));
        QCOMPARE(rig.session->clientNameOf(project), QStringLiteral("Cached client"));
        QCOMPARE(rig.session->defaultWorkspaceId(), rig.server->defaultWorkspaceId());
        QVERIFY(rig.find(QStringLiteral("with project")));

        rig.close();
        QFile db(rig.storePath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(rig.server->token().toUtf8()));
    }

    void focusTasksLoadWithTheServerStopped()
    {
        FocusRig rig;
        rig.setWorkspace(rig.server->focusWorkspaceId());
        rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Cached task")},
                                     {QStringLiteral("estimated_mins"), 90}});
        rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Other task")}});
        QList<FocusTask> tasks;
        for (const QJsonValue &v : rig.server->focusTasks())
            tasks.append(FocusJson::taskFromJson(v.toObject()));
        QCOMPARE(tasks.size(), 2);
        QVERIFY(!RelatedCache(rig.store.get()).loadFocusTasks(1));       // nothing cached yet
        QVERIFY(RelatedCache(rig.store.get()).saveFocusTasks(1, tasks)); // what the server said
        rig.stopServer();
        rig.restart();
        QCOMPARE(RelatedCache(rig.store.get()).loadFocusTasks(1).value_or(QList<FocusTask>()), tasks);
        QVERIFY(!RelatedCache(rig.store.get()).loadFocusTasks(2)); // another organization
    }
};

QTEST_GUILESS_MAIN(TstRelatedCache)
#include "tst_relatedcache.moc"
