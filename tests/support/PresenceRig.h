// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Issue #20's path end to end: a signed-in TrackSession on the in-process sandbox, the timer and
// the PresenceController, all on one ManualClock that starts an hour ago (so every entry a test
// makes lies in the past for the sandbox).
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/presence/PresenceController.h"
#include "app/presence/ScreenLockWatcher.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"
#include "app/track/TrackTime.h"
#include "tests/support/SandboxFixture.h"

struct PresenceRig
{
    std::unique_ptr<sandbox::SandboxServer> server = startSandbox();
    punchclock::ManualClock clock{punchclock::TrackTime::utcFromSecs(
        QDateTime::currentDateTimeUtc().addSecs(-3600).toSecsSinceEpoch())};
    punchclock::ApiTransport transport;
    punchclock::TrackApi api{&transport};
    std::unique_ptr<punchclock::TrackSession> session;
    std::unique_ptr<punchclock::TimerController> timer;
    std::unique_ptr<punchclock::PresenceController> presence;
    qint64 projectId = 0;

    PresenceRig()
    {
        api.setBaseUrl(server->baseUrl());
        api.setCredentials(punchclock::Credentials::apiToken(server->token()));
        session = std::make_unique<punchclock::TrackSession>(&api, QStringLiteral(":memory:"), &clock);
        timer = std::make_unique<punchclock::TimerController>(session.get(), &clock);
        presence = std::make_unique<punchclock::PresenceController>(session.get(), timer.get(), &clock);
        projectId = server->insertProject(QStringLiteral("Book"));
    }

    // A rig that follows the screen lock (fake screen savers on the session bus) with this choice.
    static std::unique_ptr<PresenceRig> withLock(punchclock::PresenceSettings::Action onLock)
    {
        auto rig = std::make_unique<PresenceRig>();
        punchclock::PresenceSettings settings;
        settings.onLock = onLock;
        rig->presence->setSettings(settings);
        rig->presence->setScreenLockWatcher(new punchclock::ScreenLockWatcher(QDBusConnection::sessionBus()));
        return rig;
    }

    bool signIn()
    {
        QSignalSpy refreshed(session.get(), &punchclock::TrackSession::refreshed);
        session->signIn();
        return refreshed.wait(5000);
    }

    // Starts "Writing" (project Book, tag deep, billable) now and waits until the sandbox has it.
    bool startWriting()
    {
        punchclock::TimeEntry draft;
        draft.description = QStringLiteral("Writing");
        draft.projectId = projectId;
        draft.tags = QStringList{QStringLiteral("deep")};
        draft.billable = true;
        QSignalSpy started(timer.get(), &punchclock::TimerController::started);
        timer->start(draft);
        return started.wait(5000) && drained();
    }

    // Every queued change has been sent.
    bool drained()
    {
        for (int i = 0; i < 500 && session->pendingChangeCount() > 0; ++i)
            QTest::qWait(10);
        return session->pendingChangeCount() == 0;
    }

    // The sandbox's entries, oldest start first.
    QList<QJsonObject> entries() const
    {
        QList<QJsonObject> list;
        for (const auto &v : server->timeEntries())
            list.prepend(v.toObject());
        std::sort(list.begin(), list.end(),
                  [](const QJsonObject &a, const QJsonObject &b) { return start(a) < start(b); });
        return list;
    }

    static QDateTime start(const QJsonObject &e)
    {
        return punchclock::TrackTime::parse(e.value(QStringLiteral("start")).toString())
            .value_or(QDateTime());
    }
    static QDateTime stop(const QJsonObject &e)
    {
        return e.value(QStringLiteral("stop")).isNull()
                   ? QDateTime()
                   : punchclock::TrackTime::parse(e.value(QStringLiteral("stop")).toString())
                         .value_or(QDateTime());
    }
};
