// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxServer.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <algorithm>

#include "sandbox/Authorization.h"
#include "sandbox/ChunkedStream.h"
#include "sandbox/DemoSeeder.h"
#include "sandbox/EntryEditor.h"
#include "sandbox/FocusRoutes.h"
#include "sandbox/FocusSeeder.h"
#include "sandbox/FocusStore.h"
#include "sandbox/HttpFrontend.h"
#include "sandbox/QuotaWindow.h"
#include "sandbox/ReportsRoutes.h"
#include "sandbox/TimeFormat.h"
#include "sandbox/TrackRoutes.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
Q_LOGGING_CATEGORY(lcServer, "punchclock.sandbox")

// Closes a connection whose request was carried out, without writing the answer: a FIN, or a RST
// (SO_LINGER 0), outside the server's read handler, which may still use the socket.
void closeUnanswered(QTcpSocket *socket, bool reset)
{
    QTimer::singleShot(0, socket, [socket, reset] {
#ifdef Q_OS_UNIX
        if (reset && socket->socketDescriptor() >= 0) {
            const linger hard{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            socket->abort();
            return;
        }
#endif
        if (reset)
            socket->abort();
        else
            socket->disconnectFromHost();
    });
}
} // namespace

struct SandboxServer::Private
{
    Private(SandboxServer *owner, Options opts)
        : q(owner), options(std::move(opts)), store(options.token, options.email), routes(store, faults),
          reportsRoutes(store), focusStore(store), focusRoutes(focusStore),
          authorization(options.token, options.email, options.password, options.focusKey),
          frontend([this](const ApiRequest &r, QPointer<QTcpSocket> s) { onRequest(r, s); })
    {
    }

    void onRequest(const ApiRequest &request, QPointer<QTcpSocket> socket);
    void process(const ApiRequest &request, QPointer<QTcpSocket> socket, quint64 serial);
    HttpReply answer(const ApiRequest &request, bool *closeConnection);
    static void write(QTcpSocket *socket, const HttpReply &reply, bool closeConnection);
    std::optional<HttpReply> refusal(const ApiRequest &request, bool focus) const;
    void setStatus(quint64 serial, int status);

    SandboxServer *q;
    Options options;
    Faults faults;
    TrackStore store;
    TrackRoutes routes;
    ReportsRoutes reportsRoutes;
    FocusStore focusStore;
    FocusRoutes focusRoutes;
    Authorization authorization;
    HttpFrontend frontend;
    QuotaWindow quota;
    QRandomGenerator failureDice{4242};
    QList<QPair<quint64, RecordedRequest>> log;
    quint64 nextSerial = 1;
    quint16 port = 0;
};

void SandboxServer::Private::onRequest(const ApiRequest &request, QPointer<QTcpSocket> socket)
{
    RecordedRequest record;
    record.method = request.method;
    record.path = request.path;
    record.query = request.query;
    record.authorization = request.header("Authorization"_ba);
    record.body = request.body;
    const quint64 serial = nextSerial++;
    log.append({serial, record});

    if (faults.latencyMs > 0) {
        QTimer::singleShot(faults.latencyMs, q,
                           [this, request, socket, serial] { process(request, socket, serial); });
        return;
    }
    process(request, socket, serial);
}

void SandboxServer::Private::process(const ApiRequest &request, QPointer<QTcpSocket> socket, quint64 serial)
{
    if (!socket)
        return; // the client gave up while we were "slow"
    if (faults.hangRequests > 0) {
        --faults.hangRequests;
        return; // never answered; status stays 0
    }
    if (faults.dropConnections > 0) {
        --faults.dropConnections;
        HttpFrontend::drop(socket);
        return;
    }
    bool closeConnection = request.header("Connection"_ba).compare("close", Qt::CaseInsensitive) == 0;
    HttpReply reply = answer(request, &closeConnection);
    if (faults.lostAnswers > 0 &&
        (faults.lostAnswerMethods.isEmpty() || faults.lostAnswerMethods.contains(request.method))) {
        --faults.lostAnswers;
        setStatus(serial, reply.status); // carried out; only the way back is lost
        closeUnanswered(socket, faults.lostAnswerReset);
        return;
    }

    if (reply.status >= 200 && reply.status < 300 && faults.malformedBodies > 0 && reply.chunked) {
        --faults.malformedBodies; // a stream cut short: half the pieces, no closing bracket
        reply.chunks = reply.chunks.mid(0, std::max<qsizetype>(1, reply.chunks.size() / 2));
    } else if (reply.status >= 200 && reply.status < 300 && faults.malformedBodies > 0) {
        --faults.malformedBodies;
        reply.body =
            reply.body.isEmpty() ? "{\""_ba : reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2));
    }
    reply.setHeader("Date"_ba, QDateTime::currentDateTimeUtc()
                                   .toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                   .toLatin1()); // C locale names
    reply.setHeader("Cache-Control"_ba, "no-cache, private, no-store, must-revalidate, max-age=0"_ba);
    reply.setHeader("X-Toggl-Request-Id"_ba, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (faults.quotaPerHour > 0) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        reply.setHeader("X-Toggl-Quota-Remaining"_ba,
                        QByteArray::number(quota.remaining(faults.quotaPerHour, now)));
        reply.setHeader("X-Toggl-Quota-Resets-In"_ba, QByteArray::number(quota.resetsIn(now)));
    }
    setStatus(serial, reply.status);
    if (faults.slowReplies > 0 && faults.slowReplyMs > 0) {
        --faults.slowReplies;
        QTimer::singleShot(faults.slowReplyMs, q, [socket, reply, closeConnection] {
            if (socket)
                write(socket, reply, closeConnection);
        });
        return;
    }
    write(socket, reply, closeConnection);
}

void SandboxServer::Private::write(QTcpSocket *socket, const HttpReply &reply, bool closeConnection)
{
    if (reply.chunked)
        ChunkedStream::start(socket, reply, closeConnection);
    else
        HttpFrontend::send(socket, reply, closeConnection);
}

HttpReply SandboxServer::Private::answer(const ApiRequest &request, bool *closeConnection)
{
    if (faults.htmlErrors > 0) {
        --faults.htmlErrors;
        *closeConnection = true;
        return HttpReply::html(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                                    "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"_ba);
    }
    const bool focus = FocusRoutes::isFocusPath(request.path);
    // Each product words its errors its own way: Track a JSON string, Focus {"error": code, ...}.
    const auto error = [focus](int status, const QString &code, const QString &message) {
        return focus ? FocusRoutes::error(status, code, message) : HttpReply::jsonError(status, message);
    };
    if (faults.burst429 > 0) {
        --faults.burst429;
        HttpReply reply = error(429, u"too_many_requests"_s, u"Too Many Requests"_s);
        reply.setHeader("Retry-After"_ba, "1"_ba);
        return reply;
    }
    if (faults.failureRate > 0 && failureDice.generateDouble() < faults.failureRate)
        return error(500, u"internal_server_error"_s, u"Internal Server Error"_s);

    if (std::optional<HttpReply> refused = refusal(request, focus))
        return *refused;
    if (faults.quotaPerHour > 0) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!quota.consume(faults.quotaPerHour, now)) {
            return error(402, u"quota_exceeded"_s,
                         u"You have hit your hourly limit for API calls. "
                         u"Your quota will reset in %1 seconds."_s.arg(quota.resetsIn(now)));
        }
    }
    if (focus)
        return focusRoutes.handle(request);
    return ReportsRoutes::isReportsPath(request.path) ? reportsRoutes.handle(request)
                                                      : routes.handle(request);
}

// The answer to a request without valid credentials for its product; nullopt when they are valid.
std::optional<HttpReply> SandboxServer::Private::refusal(const ApiRequest &request, bool focus) const
{
    const QByteArray header = request.header("Authorization"_ba);
    if (focus && header.isEmpty())
        return FocusRoutes::error(401, u"unauthorized"_s, u"Missing Authorization header: Bearer API key"_s);
    if (focus && !authorization.bearerMatches(header))
        return FocusRoutes::error(401, u"unauthorized"_s, u"Invalid API key"_s);
    if (!focus && !request.hasHeader("Authorization"_ba)) {
        HttpReply reply = HttpReply::bare(401);
        reply.setHeader("X-Authorization-Missing"_ba, "true"_ba);
        return reply;
    }
    if (!focus && !authorization.basicMatches(header))
        return HttpReply::jsonError(403, u"Incorrect username and/or password"_s);
    return std::nullopt;
}

void SandboxServer::Private::setStatus(quint64 serial, int status)
{
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
        if (it->first == serial) {
            it->second.status = status;
            return;
        }
    }
}

// ---- public interface ----

SandboxServer::SandboxServer(QObject *parent) : SandboxServer(Options(), parent) {}

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, std::move(options)))
{
    if (!d->options.dataFile.isEmpty()) {
        QString error;
        if (!d->store.load(d->options.dataFile, &error))
            qCWarning(lcServer, "punchclock-sandbox: could not read %s: %s", qPrintable(d->options.dataFile),
                      qPrintable(error));
    }
    d->focusStore.load(d->store.loadedSection(u"focus"_s));
    d->store.setSection(u"focus"_s, [this] { return d->focusStore.toFile(); });
    if (d->options.seedDemo && !d->store.hasContent()) {
        DemoSeeder::seed(d->store);
        d->store.save();
    }
    if (d->options.seedDemo && d->focusStore.isEmpty()) {
        FocusSeeder::seed(d->focusStore);
        d->store.save();
    }
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    d->port = d->frontend.listen(QHostAddress::LocalHost, port);
    return d->port != 0;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(d->port);
    return url;
}

QString SandboxServer::token() const
{
    return d->options.token;
}

Faults &SandboxServer::faults()
{
    return d->faults;
}

QList<RecordedRequest> SandboxServer::requests() const
{
    QList<RecordedRequest> out;
    out.reserve(d->log.size());
    for (const auto &entry : d->log)
        out.append(entry.second);
    return out;
}

int SandboxServer::countRequests(const QByteArray &method, const QString &pathContains) const
{
    return int(std::count_if(d->log.cbegin(), d->log.cend(), [&](const auto &entry) {
        return (method.isEmpty() || entry.second.method == method) &&
               entry.second.path.contains(pathContains);
    }));
}

void SandboxServer::clearRequests()
{
    d->log.clear();
}

qint64 SandboxServer::userId() const
{
    return d->store.user().id;
}

qint64 SandboxServer::defaultWorkspaceId() const
{
    return d->store.user().defaultWorkspaceId;
}

QJsonArray SandboxServer::timeEntries() const
{
    QList<const TimeEntryRecord *> live;
    for (const auto &e : d->store.entries()) {
        if (!e.deleted())
            live.append(&e);
    }
    std::sort(live.begin(), live.end(), [](const TimeEntryRecord *a, const TimeEntryRecord *b) {
        return a->start != b->start ? a->start > b->start : a->id > b->id;
    });
    QJsonArray out;
    for (const TimeEntryRecord *e : live)
        out.append(d->store.entryJson(*e, {TrackStore::EntryStyle::Listed, false, false}));
    return out;
}

QJsonObject SandboxServer::timeEntry(qint64 id) const
{
    const TimeEntryRecord *e = d->store.entry(id);
    if (!e || e->deleted())
        return {};
    return d->store.entryJson(*e, {TrackStore::EntryStyle::Listed, false, false});
}

qint64 SandboxServer::insertTimeEntry(const QJsonObject &fields)
{
    QJsonObject body = fields;
    const qint64 wid = fields.value(u"workspace_id"_s)
                           .toInteger(fields.value(u"wid"_s).toInteger(d->store.user().defaultWorkspaceId));
    body[u"workspace_id"_s] = wid;
    body.remove(u"wid"_s);
    if (!body.contains(u"created_with"_s))
        body[u"created_with"_s] = u"punchclock-sandbox test setup"_s;
    if (!body.contains(u"start"_s))
        body[u"start"_s] = TimeFormat::zulu(TimeFormat::now());
    TimeEntryRecord entry;
    EntryEditor editor(d->store);
    if (QString error = editor.create(wid, body, &entry); !error.isEmpty()) {
        qCWarning(lcServer, "SandboxServer::insertTimeEntry: %s", qPrintable(error));
        return 0;
    }
    const qint64 id = d->store.addEntry(entry);
    if (entry.running())
        d->store.stopRunningEntries(entry.start, id);
    d->store.save();
    return id;
}

qint64 SandboxServer::insertProject(const QString &name, const QString &color, qint64 clientId)
{
    const qint64 id = d->store.addProject(d->store.user().defaultWorkspaceId, name, color, clientId, false);
    d->store.save();
    return id;
}

qint64 SandboxServer::insertWorkspace(const QString &name)
{
    const qint64 id = d->store.addWorkspace(name);
    d->store.save();
    return id;
}

qint64 SandboxServer::insertProjectIn(qint64 workspaceId, const QString &name, const QString &color)
{
    const qint64 id = d->store.addProject(workspaceId, name, color, 0, false);
    d->store.save();
    return id;
}

qint64 SandboxServer::insertTag(const QString &name)
{
    const qint64 id = d->store.addTag(d->store.user().defaultWorkspaceId, name);
    d->store.save();
    return id;
}

qint64 SandboxServer::insertClient(const QString &name)
{
    const qint64 id = d->store.addClient(d->store.user().defaultWorkspaceId, name);
    d->store.save();
    return id;
}

QString SandboxServer::focusKey() const
{
    return d->options.focusKey;
}

qint64 SandboxServer::focusOrganizationId() const
{
    return FocusStore::organizationId;
}

qint64 SandboxServer::focusWorkspaceId() const
{
    return d->store.user().defaultWorkspaceId;
}

qint64 SandboxServer::insertFocusTask(const QJsonObject &fields)
{
    FocusTaskRecord task;
    task.workspaceId = d->store.user().defaultWorkspaceId;
    task.name = u"Task"_s;
    if (QString error = d->focusStore.applyTask(task, fields); !error.isEmpty()) {
        qCWarning(lcServer, "SandboxServer::insertFocusTask: %s", qPrintable(error));
        return 0;
    }
    const qint64 id = d->focusStore.addTask(task);
    d->store.save();
    return id;
}

qint64 SandboxServer::insertFocusTimeEntry(const QJsonObject &fields)
{
    FocusEntryRecord entry;
    entry.workspaceId = fields.value(u"workspace_id"_s).toInteger(d->store.user().defaultWorkspaceId);
    entry.userId = d->store.user().id;
    if (!d->focusStore.hasWorkspace(entry.workspaceId)) {
        qCWarning(lcServer, "SandboxServer::insertFocusTimeEntry: unknown workspace");
        return 0;
    }
    QJsonObject body = fields;
    if (!body.contains(u"type"_s))
        body[u"type"_s] = u"activity"_s;
    const qint64 taskId = fields.value(u"task_id"_s).toInteger();
    if (taskId) {
        const FocusTaskRecord *task = d->focusStore.task(taskId);
        if (!task || task->workspaceId != entry.workspaceId) {
            qCWarning(lcServer, "SandboxServer::insertFocusTimeEntry: unknown task");
            return 0;
        }
        entry.taskId = taskId;
    }
    body.remove(u"task_id"_s);
    if (QString error = d->focusStore.applyEntry(entry, body, FocusStore::EntryEdit::Create);
        !error.isEmpty()) {
        qCWarning(lcServer, "SandboxServer::insertFocusTimeEntry: %s", qPrintable(error));
        return 0;
    }
    entry.createdAt = entry.updatedAt;
    for (const auto &[key, target] :
         {std::pair{u"archived_at"_s, &entry.archivedAt}, std::pair{u"deleted_at"_s, &entry.deletedAt},
          std::pair{u"created_at"_s, &entry.createdAt}, std::pair{u"updated_at"_s, &entry.updatedAt}}) {
        if (fields.value(key).isString())
            *target = TimeFormat::parseTimestamp(fields.value(key).toString()).value_or(QDateTime());
    }
    const qint64 id = d->focusStore.addEntry(entry);
    if (entry.running() && !entry.deleted())
        d->focusStore.stopRunningEntries(entry.start, id);
    d->store.save();
    return id;
}

QJsonObject SandboxServer::focusTimeEntry(qint64 id) const
{
    const FocusEntryRecord *e = d->focusStore.entry(id);
    return e ? d->focusStore.entryJson(*e, false) : QJsonObject();
}

QJsonArray SandboxServer::focusTimeEntries() const
{
    QList<const FocusEntryRecord *> all;
    for (const auto &e : d->focusStore.entries())
        all.append(&e);
    std::sort(all.begin(), all.end(), [](const FocusEntryRecord *a, const FocusEntryRecord *b) {
        return a->start != b->start ? a->start > b->start : a->id > b->id;
    });
    QJsonArray out;
    for (const FocusEntryRecord *e : all)
        out.append(d->focusStore.entryJson(*e, false));
    return out;
}

QJsonArray SandboxServer::focusTasks() const
{
    QList<const FocusTaskRecord *> all;
    for (const auto &t : d->focusStore.tasks())
        all.append(&t);
    std::sort(all.begin(), all.end(), [](const FocusTaskRecord *a, const FocusTaskRecord *b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
    QJsonArray out;
    for (const FocusTaskRecord *t : all)
        out.append(d->focusStore.taskJson(*t, true));
    return out;
}

} // namespace sandbox
