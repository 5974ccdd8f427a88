// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/sync/SyncEngine.h"
#include "app/track/TrackTime.h"
#include "tests/support/SandboxFixture.h"

#include <chrono>

// A TrackSession with a durable outbox in a temporary directory, on an in-process sandbox, with
// short retry delays and timeouts. restart() is an app restart: a new transport, API and session on
// the same database (what the previous one left in it is all that survives).
struct SyncRig
{
    QTemporaryDir dir;
    std::unique_ptr<sandbox::SandboxServer> server = startSandbox();
    std::unique_ptr<punchclock::ApiTransport> transport;
    std::unique_ptr<punchclock::TrackApi> api;
    std::unique_ptr<punchclock::TrackSession> session;

    SyncRig()
    {
        QStandardPaths::setTestModeEnabled(true);
        open();
    }
    ~SyncRig() { close(); }

    QString storePath() const { return dir.filePath(QStringLiteral("punchclock.sqlite")); }

    void open()
    {
        using namespace std::chrono_literals;
        transport = std::make_unique<punchclock::ApiTransport>();
        punchclock::RetryPolicy retry;
        retry.maxRetries = 1;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 50;
        retry.maxRetryAfterMs = 100; // a 429's Retry-After: 1 comes back to the outbox at once
        transport->setRetryPolicy(retry);
        transport->setTransferTimeout(800ms);
        transport->setMaxQuotaWait(0ms);
        api = std::make_unique<punchclock::TrackApi>(transport.get());
        api->setBaseUrl(server->baseUrl());
        api->setCredentials(punchclock::Credentials::apiToken(server->token()));
        session = std::make_unique<punchclock::TrackSession>(api.get(), storePath(), nullptr);
        punchclock::SyncEngine::Timing timing;
        timing.baseDelayMs = 40;
        timing.maxDelayMs = 400;
        session->sync()->setTiming(timing);
    }

    void close()
    {
        session.reset();
        api.reset();
        transport.reset();
    }

    void restart()
    {
        close();
        open();
    }

    bool signIn()
    {
        QSignalSpy refreshed(session.get(), &punchclock::TrackSession::refreshed);
        session->signIn();
        return refreshed.wait(5000);
    }

    bool waitDrained(int ms = 20000)
    {
        return QTest::qWaitFor(
            [this] { return session->pendingChangeCount() == 0 && !session->sync()->isSending(); }, ms);
    }

    punchclock::TimeEntryModel *model() const { return session->entries(); }

    // The model's entry with this description (nullptr when none).
    const punchclock::TimeEntry *find(const QString &description) const
    {
        for (const punchclock::TimeEntry &e : model()->entries()) {
            if (e.description.value_or(QString()) == description)
                return &e;
        }
        return nullptr;
    }

    bool editDescription(qint64 id, const QString &text)
    {
        const int row = model()->rowOf(id);
        return row >= 0 &&
               model()->setData(model()->index(row, punchclock::TimeEntryModel::Description), text);
    }

    // The sandbox's entries with this description.
    QList<QJsonObject> onServer(const QString &description) const
    {
        QList<QJsonObject> found;
        for (const QJsonValue &v : server->timeEntries()) {
            if (v.toObject().value(QStringLiteral("description")).toString() == description)
                found.append(v.toObject());
        }
        return found;
    }
};

inline qint64 secsOf(const QJsonObject &entry, const char *key)
{
    const auto t = punchclock::TrackTime::parse(entry.value(QLatin1String(key)).toString());
    return t ? t->toSecsSinceEpoch() : -1;
}
