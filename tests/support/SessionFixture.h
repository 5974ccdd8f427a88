// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/session/TrackSession.h"
#include "app/track/TrackTime.h"
#include "tests/support/SandboxFixture.h"

// A signed-in TrackSession on an in-process sandbox: the real client, the real sockets.
struct SessionFixture
{
    std::unique_ptr<sandbox::SandboxServer> server = startSandbox();
    punchclock::ApiTransport transport;
    punchclock::TrackApi api{&transport};
    std::unique_ptr<punchclock::TrackSession> session;

    SessionFixture()
    {
        api.setBaseUrl(server->baseUrl());
        api.setCredentials(punchclock::Credentials::apiToken(server->token()));
        session = std::make_unique<punchclock::TrackSession>(&api);
    }

    // Signs in and waits for the first list of entries.
    bool signIn()
    {
        QSignalSpy refreshed(session.get(), &punchclock::TrackSession::refreshed);
        session->signIn();
        return refreshed.wait(5000);
    }

    bool refresh()
    {
        QSignalSpy refreshed(session.get(), &punchclock::TrackSession::refreshed);
        session->refresh();
        return refreshed.wait(5000);
    }

    // A stopped entry `minutes` long that started `hoursAgo` hours ago.
    qint64 addEntry(const QString &description, int hoursAgo, int minutes, const QJsonObject &extra = {})
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600);
        QJsonObject fields = extra;
        fields[QStringLiteral("description")] = description;
        fields[QStringLiteral("start")] = punchclock::TrackTime::format(start);
        fields[QStringLiteral("duration")] = minutes * 60;
        return server->insertTimeEntry(fields);
    }

    qint64 addRunning(const QString &description, int minutesAgo)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-minutesAgo * 60);
        return server->insertTimeEntry({{QStringLiteral("description"), description},
                                        {QStringLiteral("start"), punchclock::TrackTime::format(start)},
                                        {QStringLiteral("duration"), -1}});
    }
};
