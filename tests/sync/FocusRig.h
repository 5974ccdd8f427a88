// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/api/ApiTransport.h"
#include "app/api/FocusApi.h"
#include "app/models/FocusTimeEntryModel.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusTaskTimer.h"
#include "app/sync/FocusSync.h"
#include "app/sync/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/SandboxFixture.h"

#include <chrono>

// The Focus side of the app on a durable outbox in a temporary directory: API, FocusSync, task
// timer and entry model, on an in-process sandbox that keeps its data in a file, so it can really
// be stopped (nothing listens on its port) and started again. restart() is an app restart: a new
// transport, API, store and timer on the same database and settings file.
struct FocusRig
{
    QTemporaryDir dir;
    std::unique_ptr<sandbox::SandboxServer> server;
    quint16 port = 0;
    std::unique_ptr<punchclock::ApiTransport> transport;
    std::unique_ptr<punchclock::FocusApi> api;
    std::unique_ptr<punchclock::LocalStore> store;
    std::unique_ptr<punchclock::FocusSync> sync;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<punchclock::FocusTaskTimer> timer;
    std::unique_ptr<punchclock::FocusTimeEntryModel> entries;
    // openSession(): the app's wiring instead of the bare API (see there).
    std::unique_ptr<punchclock::FocusSession> session;
    std::unique_ptr<punchclock::FocusSync> sessionSync;

    FocusRig()
    {
        QStandardPaths::setTestModeEnabled(true);
        startServer();
        port = static_cast<quint16>(server->baseUrl().port());
        open();
    }
    ~FocusRig() { close(); }

    void startServer()
    {
        sandbox::SandboxServer::Options options;
        options.dataFile = dir.filePath(QStringLiteral("sandbox.json"));
        server = std::make_unique<sandbox::SandboxServer>(options);
        if (!server->listen(port))
            qFatal("sandbox could not listen on port %d", int(port));
    }
    void stopServer() { server.reset(); }

    void open()
    {
        using namespace std::chrono_literals;
        transport = std::make_unique<punchclock::ApiTransport>();
        punchclock::RetryPolicy retry;
        retry.maxRetries = 1;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 50;
        retry.maxRetryAfterMs = 100;
        transport->setRetryPolicy(retry);
        transport->setTransferTimeout(800ms);
        transport->setMaxQuotaWait(0ms);
        api = std::make_unique<punchclock::FocusApi>(transport.get());
        api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        api->setApiKey(QStringLiteral("sandbox-focus-key"));
        api->setOrganizationId(1);
        store = std::make_unique<punchclock::LocalStore>(dir.filePath(QStringLiteral("punchclock.sqlite")));
        sync = std::make_unique<punchclock::FocusSync>(api.get(), store.get());
        punchclock::SyncEngine::Timing timing;
        timing.baseDelayMs = 40;
        timing.maxDelayMs = 400;
        sync->engine()->setTiming(timing);
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("punchclock.ini")), QSettings::IniFormat);
        timer = std::make_unique<punchclock::FocusTaskTimer>(api.get(), settings.get());
        timer->setSync(sync.get());
        entries = std::make_unique<punchclock::FocusTimeEntryModel>(api.get());
        entries->setSync(sync.get());
    }

    // The app's wiring: a FocusSession configured as Settings does it (key, organization, this
    // server), with its own FocusSync attached on the same store. The bare sync, timer and entry
    // model go, so only the session's send.
    void openSession(const QString &key, qint64 organizationId)
    {
        entries.reset();
        timer.reset();
        sync.reset();
        session = std::make_unique<punchclock::FocusSession>(transport.get(), settings.get());
        session->configure(key, organizationId, 0, serverUrl());
        sessionSync = std::make_unique<punchclock::FocusSync>(session->api(), store.get());
        punchclock::SyncEngine::Timing timing;
        timing.baseDelayMs = 40;
        timing.maxDelayMs = 400;
        sessionSync->engine()->setTiming(timing);
        session->setSync(sessionSync.get());
    }

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }
    punchclock::FocusSync *activeSync() const { return sessionSync ? sessionSync.get() : sync.get(); }

    // Loads the session's tasks (the workspace from the settings first).
    bool loadTasks(int ms = 10000)
    {
        QSignalSpy loaded(session.get(), &punchclock::FocusSession::tasksLoaded);
        session->connectAndLoad();
        return loaded.wait(ms);
    }

    void close()
    {
        sessionSync.reset();
        session.reset();
        entries.reset();
        timer.reset();
        settings.reset();
        sync.reset();
        store.reset();
        api.reset();
        transport.reset();
    }

    void restart()
    {
        close();
        open();
    }

    void setWorkspace(qint64 workspaceId) { api->setWorkspaceId(workspaceId); }

    bool waitDrained(int ms = 20000)
    {
        return QTest::qWaitFor(
            [this] { return activeSync()->pendingCount() == 0 && !activeSync()->engine()->isSending(); }, ms);
    }

    // The sandbox's live (not deleted) Focus entries of one task.
    QList<QJsonObject> entriesOf(qint64 taskId) const
    {
        QList<QJsonObject> found;
        for (const QJsonValue &v : server->focusTimeEntries()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("task_id")).toInteger() == taskId &&
                o.value(QStringLiteral("deleted_at")).isNull())
                found.append(o);
        }
        return found;
    }
};
