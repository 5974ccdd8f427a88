// SPDX-License-Identifier: GPL-3.0-or-later
// punchclock-sandbox: a local Toggl Track v9 look-alike for the demo and the tests.
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

#include "sandbox/SandboxServer.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"punchclock-sandbox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local HTTP server that answers like Toggl Track's API v9 and Toggl Focus."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption token(u"token"_s, u"API token accepted as TOKEN:api_token."_s, u"TOKEN"_s);
    const QCommandLineOption email(u"email"_s, u"Login email (Basic email:password)."_s, u"EMAIL"_s);
    const QCommandLineOption password(u"password"_s, u"Login password."_s, u"PASSWORD"_s);
    const QCommandLineOption data(u"data"_s, u"JSON file that keeps the data across restarts."_s, u"FILE"_s);
    const QCommandLineOption seed(u"seed-demo"_s, u"Fill an empty store with demo data."_s);
    const QCommandLineOption latency(u"latency"_s, u"Delay every answer by MS milliseconds."_s, u"MS"_s);
    const QCommandLineOption failure(u"failure-rate"_s, u"Share (0..1) of requests answered 500."_s, u"R"_s);
    const QCommandLineOption quota(u"quota"_s, u"Requests allowed per hour (402 beyond)."_s, u"N"_s);
    const QCommandLineOption focusKey(u"focus-key"_s, u"Toggl Focus API key (Authorization: Bearer KEY)."_s,
                                      u"KEY"_s);
    for (const auto &option : {port, token, email, password, data, seed, latency, failure, quota, focusKey})
        parser.addOption(option);
    parser.process(app);

    sandbox::SandboxServer::Options options;
    if (parser.isSet(token))
        options.token = parser.value(token);
    if (parser.isSet(email))
        options.email = parser.value(email);
    if (parser.isSet(password))
        options.password = parser.value(password);
    if (parser.isSet(focusKey))
        options.focusKey = parser.value(focusKey);
    options.dataFile = parser.value(data);
    options.seedDemo = parser.isSet(seed);

    bool ok = true;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        std::fprintf(stderr, "punchclock-sandbox: invalid --port\n");
        return 2;
    }

    sandbox::SandboxServer server(options);
    if (parser.isSet(latency))
        server.faults().latencyMs = parser.value(latency).toInt();
    if (parser.isSet(failure))
        server.faults().failureRate = parser.value(failure).toDouble();
    if (parser.isSet(quota))
        server.faults().quotaPerHour = parser.value(quota).toInt();

    if (!server.listen(quint16(portNumber))) {
        std::fprintf(stderr, "punchclock-sandbox: cannot listen on 127.0.0.1:%u\n", portNumber);
        return 1;
    }
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "punchclock-sandbox: API at %s/api/v9, token %s (user demo: %s)\n",
                 qPrintable(server.baseUrl().toString()), qPrintable(server.token()),
                 qPrintable(options.email));
    std::fprintf(stderr, "punchclock-sandbox: Focus at %s/api/organizations/%lld/workspaces/%lld, key %s\n",
                 qPrintable(server.baseUrl().toString()), server.focusOrganizationId(),
                 server.focusWorkspaceId(), qPrintable(server.focusKey()));
    return app.exec();
}
