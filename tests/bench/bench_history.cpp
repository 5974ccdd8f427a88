// SPDX-License-Identifier: GPL-3.0-or-later
// bench_history [RUNS]: issue #18's "open a week 3 months back". A signed-in TrackSession (its own
// in-memory store each run) on the in-process sandbox over loopback, with six months of entries
// (eight a working day); after the sign-in's list, TrackSession::ensureLoaded() of the day 91 days
// back (past the v9 list's reach: the Reports API). Prints the requests that read it and the wall
// time from the call until the week is in the model (median of RUNS, default 5; the sandbox answers
// in the same thread, so its own work is included), then the requests of a second visit.
#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/session/HistoryLoader.h"
#include "app/session/TrackSession.h"
#include "app/track/TrackTime.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace punchclock;
using namespace Qt::StringLiterals;

namespace {
int historyReads(const sandbox::SandboxServer &server)
{
    int n = 0;
    for (const sandbox::RecordedRequest &r : server.requests()) {
        if ((r.method == "GET" && r.query.contains(u"start_date="_s)) ||
            (r.method == "POST" && r.path.contains(u"/reports/api/v3/"_s)))
            ++n;
    }
    return n;
}

// Runs the event loop until `signal` of `sender` fires (or 30 s pass); false on the timeout.
template<class Sender, class Signal> bool waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    bool fired = false;
    const auto c = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return fired;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5;

    sandbox::SandboxServer server; // in memory
    if (!server.listen(0)) {
        std::fprintf(stderr, "bench_history: the sandbox cannot listen\n");
        return 1;
    }
    const QDate today = QDate::currentDate();
    int seeded = 0;
    for (int day = 0; day < 183; ++day) {
        const QDate date = today.addDays(-day);
        if (date.dayOfWeek() > 5)
            continue;
        for (int i = 0; i < 8; ++i) {
            const QDateTime start(date, QTime(8 + i, 0));
            server.insertTimeEntry({{u"description"_s, u"work %1"_s.arg(i)},
                                    {u"start"_s, TrackTime::format(start.toUTC())},
                                    {u"duration"_s, 50 * 60}});
            ++seeded;
        }
    }
    const QDate target = today.addDays(-91);

    std::vector<double> wall;
    int requests = -1, revisit = -1, entries = 0;
    bool ok = true;
    for (int run = 0; run < runs && ok; ++run) {
        ApiTransport transport;
        TrackApi api(&transport);
        api.setBaseUrl(server.baseUrl());
        api.setCredentials(Credentials::apiToken(server.token()));
        TrackSession session(&api);
        session.signIn();
        if (!waitFor(&session, &TrackSession::refreshed)) {
            std::fprintf(stderr, "bench_history: no sign-in\n");
            return 1;
        }
        server.clearRequests();
        QElapsedTimer t;
        t.start();
        if (session.ensureLoaded(target, target) > 0) {
            QEventLoop loop;
            QObject::connect(session.history(), &HistoryLoader::weekLoaded, &loop, &QEventLoop::quit);
            QObject::connect(session.history(), &HistoryLoader::loadFailed, &loop,
                             [&](const QDate &, const QString &message) {
                                 std::fprintf(stderr, "bench_history: %s\n", qPrintable(message));
                                 ok = false;
                                 loop.quit();
                             });
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        requests = historyReads(server);
        entries = 0;
        const QDateTime from = HistoryLoader::weekStart(HistoryLoader::weekOf(target));
        const QDateTime to = from.addDays(7);
        for (const TimeEntry &e : session.entries()->entries())
            entries += e.start >= from && e.start < to;
        ok = ok && session.history()->isLoaded(target);
        server.clearRequests();
        session.ensureLoaded(target, target);
        QCoreApplication::processEvents();
        revisit = historyReads(server);
    }
    std::sort(wall.begin(), wall.end());
    std::printf("history-seeded %d\n", seeded);
    std::printf("history-week-entries %d\n", entries);
    std::printf("history-week-requests %d\n", requests);
    std::printf("history-week-ms %.1f\n", wall.empty() ? 0.0 : wall[wall.size() / 2]);
    std::printf("history-revisit-requests %d\n", revisit);
    return ok ? 0 : 1;
}
