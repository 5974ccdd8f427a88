// SPDX-License-Identifier: GPL-3.0-or-later
// bench_bulkedit [N] [RUNS]: TrackApi::bulkEditTimeEntries on N entries (default 1000) against the
// in-process sandbox over loopback: PATCH requests sent and wall time from the call to the
// callback (median of RUNS, default 5; the sandbox answers in the same thread, so its own work
// is included).
#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace punchclock;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int count = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 1000;
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;

    sandbox::SandboxServer server; // in memory
    if (!server.listen(0)) {
        std::fprintf(stderr, "bench_bulkedit: the sandbox cannot listen\n");
        return 1;
    }
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        const QDateTime start = base.addSecs(qint64(i) * 600);
        ids.append(server.insertTimeEntry({{u"start"_s, start.toString(Qt::ISODate)},
                                           {u"stop"_s, start.addSecs(300).toString(Qt::ISODate)},
                                           {u"description"_s, u"entry %1"_s.arg(i)}}));
    }

    ApiTransport transport;
    TrackApi api(&transport);
    api.setBaseUrl(server.baseUrl());
    api.setCredentials(Credentials::apiToken(server.token()));

    std::vector<double> wall;
    int requests = 0, succeeded = 0;
    for (int run = 0; run < runs; ++run) {
        server.clearRequests();
        QEventLoop loop;
        QElapsedTimer t;
        t.start();
        int ok = -1;
        api.bulkEditTimeEntries(server.defaultWorkspaceId(), ids,
                                {JsonPatchOp::replaceDescription(u"bulk %1"_s.arg(run)),
                                 JsonPatchOp::replaceBillable(run % 2 == 0)},
                                nullptr, [&](ApiResult<BulkResult> result) {
                                    ok = result.ok() ? int(result.value->success.size()) : -1;
                                    loop.quit();
                                });
        loop.exec();
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        requests = server.countRequests("PATCH");
        succeeded = ok;
    }
    std::sort(wall.begin(), wall.end());
    std::printf("bulk-entries %d\n", count);
    std::printf("bulk-requests %d\n", requests);
    std::printf("bulk-succeeded %d\n", succeeded);
    std::printf("bulk-wall-ms %.1f\n", wall[wall.size() / 2]);
    return succeeded == count ? 0 : 1;
}
