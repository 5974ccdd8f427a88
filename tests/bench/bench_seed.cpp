// SPDX-License-Identifier: GPL-3.0-or-later
// bench_seed N FILE: writes a punchclock-sandbox data file (for --data) holding the demo projects,
// tags and clients and exactly N time entries of the demo user, newest first about eight a day,
// the newest one running. Deterministic, so every run measures the same data.
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString fileTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int count = args.size() == 3 ? args.at(1).toInt(&ok) : 0;
    if (!ok || count < 1) {
        std::fprintf(stderr, "usage: bench_seed N FILE\n");
        return 2;
    }
    const QString path = args.at(2);
    QFile::remove(path);
    {
        // The sandbox writes its own demo store (user, workspace, projects, tags, clients, Focus).
        sandbox::SandboxServer::Options options;
        options.dataFile = path;
        options.seedDemo = true;
        sandbox::SandboxServer server(options);
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_seed: the sandbox wrote no %s\n", qPrintable(path));
        return 1;
    }
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    in.close();

    const QJsonObject user = root[u"user"_s].toObject();
    const qint64 userId = user[u"id"_s].toInteger();
    const qint64 workspaceId = user[u"default_workspace_id"_s].toInteger();
    QList<qint64> projects, tags;
    for (const auto &p : root[u"projects"_s].toArray())
        if (p.toObject()[u"wid"_s].toInteger() == workspaceId && p.toObject()[u"active"_s].toBool(true))
            projects.append(p.toObject()[u"id"_s].toInteger());
    for (const auto &t : root[u"tags"_s].toArray())
        if (t.toObject()[u"wid"_s].toInteger() == workspaceId)
            tags.append(t.toObject()[u"id"_s].toInteger());

    static const char *const kWords[] = {
        "Sprint planning",       "Code review",   "Customer call", "Bug triage",    "Write release notes",
        "Pair programming",      "Design sync",   "Email",         "Invoice run",   "Research",
        "Refactor the importer", "Team stand-up", "Interview",     "Documentation", "Deploy"};
    QRandomGenerator rng(20241216);
    qint64 nextId = root[u"next_ids"_s].toObject()[u"entry"_s].toInteger(1000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime cursor = now.addSecs(-25 * 60); // the running entry started 25 minutes ago
    QJsonArray entries;
    for (int i = 0; i < count; ++i) {
        const bool running = i == 0;
        const qint64 seconds = 10 * 60 + rng.bounded(80 * 60);
        const QDateTime start = running ? cursor : cursor.addSecs(-seconds);
        const QDateTime stop = running ? QDateTime() : start.addSecs(seconds);
        QJsonArray tagIds;
        if (!tags.isEmpty() && rng.bounded(3) == 0)
            tagIds.append(tags.at(rng.bounded(int(tags.size()))));
        const qint64 projectId =
            projects.isEmpty() || rng.bounded(6) == 0 ? 0 : projects.at(rng.bounded(int(projects.size())));
        entries.append(QJsonObject{{u"id"_s, nextId++},
                                   {u"wid"_s, workspaceId},
                                   {u"uid"_s, userId},
                                   {u"pid"_s, projectId},
                                   {u"tid"_s, 0},
                                   {u"description"_s, QString::fromLatin1(kWords[rng.bounded(15)])},
                                   {u"billable"_s, rng.bounded(4) == 0},
                                   {u"start"_s, fileTime(start)},
                                   {u"stop"_s, running ? QString() : fileTime(stop)},
                                   {u"tag_ids"_s, tagIds},
                                   {u"at"_s, fileTime(running ? start : stop)},
                                   {u"deleted_at"_s, QString()},
                                   {u"created_with"_s, u"bench_seed"_s}});
        // about eight a day with gaps; a long gap at night
        cursor = start.addSecs(-(5 * 60 + rng.bounded(20 * 60)));
        if (i % 8 == 7)
            cursor = cursor.addSecs(-12 * 3600);
    }
    root[u"time_entries"_s] = entries;
    QJsonObject next = root[u"next_ids"_s].toObject();
    next[u"entry"_s] = nextId;
    root[u"next_ids"_s] = next;

    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_seed: cannot write %s\n", qPrintable(path));
        return 1;
    }
    out.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    std::printf("%d entries, %d projects, %d tags -> %s\n", count, int(projects.size()), int(tags.size()),
                qPrintable(path));
    return 0;
}
