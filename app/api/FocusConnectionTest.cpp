// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/FocusConnectionTest.h"

#include "app/focus/FocusJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace punchclock {

namespace {
std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}
} // namespace

FocusConnectionTest::FocusConnectionTest(ApiTransport *transport, QObject *parent)
    : ApiService(transport, QStringLiteral("focus"), QStringLiteral("/api"), QUrl(), parent)
{
}

FocusConnectionTest::~FocusConnectionTest()
{
    cancel();
    m_authorization.fill('\0');
}

void FocusConnectionTest::start(const QUrl &server, const QString &apiKey, qint64 organizationId)
{
    cancel();
    m_run = new QObject(this);
    m_organizationId = organizationId;
    m_workspaceId = 0;
    m_authorization.fill('\0');
    m_authorization = "Bearer " + apiKey.trimmed().toUtf8();

    // Answers that need no request still come later, like every other answer.
    const auto finishLater = [this](Outcome outcome, const QString &message) {
        QMetaObject::invokeMethod(
            m_run, [this, outcome, message] { finish(outcome, message); }, Qt::QueuedConnection);
    };
    if (apiKey.trimmed().isEmpty()) {
        finishLater(Outcome::MissingKey, tr("Enter your Focus API key first."));
        return;
    }
    if (organizationId <= 0) {
        finishLater(Outcome::MissingOrganization,
                    tr("Enter the organization ID first: the number after /organizations/ in the Focus web "
                       "app's address."));
        return;
    }
    if (auto refused = setBaseUrl(server)) {
        finishLater(Outcome::InsecureServer, refused->message);
        return;
    }
    if (!transport()) {
        finishLater(
            Outcome::Unreachable,
            failure(ApiError::make(ApiError::Kind::Network, QStringLiteral("no network layer")), false)
                .message);
        return;
    }
    emit stepChanged(tr("Checking the API key…"));
    m_request = transport()->send(get(QStringLiteral("/users/me/settings")), m_run,
                                  [this](const ApiResponse &r) { onSettings(r); });
}

void FocusConnectionTest::cancel()
{
    if (!m_run)
        return;
    if (m_request && transport())
        transport()->cancel(m_request);
    delete m_run; // drops the callbacks of the cancelled requests
    m_run = nullptr;
    m_request = 0;
}

ApiRequest FocusConnectionTest::get(const QString &path, const QUrlQuery &query) const
{
    ApiRequest req = request("GET", path, query);
    req.idempotent = false; // no retries: report the first answer
    return req;
}

QString FocusConnectionTest::serverName() const
{
    return baseUrl().toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

void FocusConnectionTest::onSettings(const ApiResponse &response)
{
    m_request = 0;
    if (!response.ok()) {
        finish(failure(*response.error, false));
        return;
    }
    const auto json = jsonObject(response.body);
    if (!json) {
        finish(Outcome::NotFocusServer,
               tr("%1 answered, but not like Toggl Focus: check the server address.").arg(serverName()));
        return;
    }
    m_workspaceId = FocusJson::settingsFromJson(*json).currentWorkspaceId;
    if (m_workspaceId <= 0) {
        finish(Outcome::NoWorkspace,
               tr("The API key works, but your Focus account has no current workspace: open "
                  "Toggl Focus once and choose one."));
        return;
    }
    emit stepChanged(tr("Checking organization %1…").arg(m_organizationId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1")); // the total is all we want
    const QString path =
        QStringLiteral("/organizations/%1/workspaces/%2/tasks").arg(m_organizationId).arg(m_workspaceId);
    if (!transport()) {
        finish(failure(ApiError::make(ApiError::Kind::Network, QStringLiteral("no network layer")), true));
        return;
    }
    m_request = transport()->send(get(path, query), m_run, [this](const ApiResponse &r) { onTasks(r); });
}

void FocusConnectionTest::onTasks(const ApiResponse &response)
{
    m_request = 0;
    if (!response.ok()) {
        finish(failure(*response.error, true));
        return;
    }
    const auto json = jsonObject(response.body);
    const auto page = json ? FocusJson::pageFromJson(*json) : std::nullopt;
    if (!page) {
        finish(Outcome::NotFocusServer,
               tr("%1 answered the task list, but not like Toggl Focus: check the server address.")
                   .arg(serverName()));
        return;
    }
    Result r;
    r.outcome = Outcome::Connected;
    r.taskCount = page->total.value_or(-1);
    if (r.taskCount >= 0)
        r.message = tr("Connected: organization %1, workspace %2. Tasks: %3.")
                        .arg(m_organizationId)
                        .arg(m_workspaceId)
                        .arg(r.taskCount);
    else
        r.message = tr("Connected: organization %1, workspace %2.").arg(m_organizationId).arg(m_workspaceId);
    finish(r);
}

FocusConnectionTest::Result FocusConnectionTest::failure(const ApiError &error, bool organizationStep) const
{
    using Kind = ApiError::Kind;
    Result r;
    switch (error.kind) {
    case Kind::Network:
        r.outcome = Outcome::Unreachable;
        r.message = tr("Cannot reach %1: %2. Check the network connection and the server address.")
                        .arg(serverName(), error.message);
        return r;
    case Kind::Timeout:
        r.outcome = Outcome::TimedOut;
        r.message =
            tr("%1 did not answer in time. Check the network connection, then try again.").arg(serverName());
        return r;
    case Kind::InsecureUrl:
        r.outcome = Outcome::InsecureServer;
        r.message = error.message;
        return r;
    case Kind::Server:
        r.outcome = Outcome::ServerError;
        r.message = tr("The Focus server had an error (HTTP %1). Try again later.").arg(error.httpStatus);
        return r;
    case Kind::Auth:
        if (error.httpStatus == 401 || !organizationStep) {
            r.outcome = Outcome::KeyRefused;
            r.message = tr("The Focus API key was refused. Copy it again from your Toggl Focus profile.");
            return r;
        }
        r.outcome = Outcome::OrganizationForbidden;
        r.message =
            tr("The API key works, but has no access to organization %1 (workspace %2). Check the "
               "organization ID: it is the number after /organizations/ in the Focus web app's address.")
                .arg(m_organizationId)
                .arg(m_workspaceId);
        return r;
    case Kind::NotFound:
        if (organizationStep) {
            r.outcome = Outcome::OrganizationNotFound;
            r.message =
                tr("Organization %1 or its workspace %2 was not found. Check the organization ID: it is "
                   "the number after /organizations/ in the Focus web app's address.")
                    .arg(m_organizationId)
                    .arg(m_workspaceId);
        } else {
            r.outcome = Outcome::NotFocusServer;
            r.message =
                tr("%1 does not serve the Toggl Focus API: check the server address.").arg(serverName());
        }
        return r;
    case Kind::BadResponse:
        r.outcome = Outcome::NotFocusServer;
        r.message = tr("%1 answered, but not like Toggl Focus: check the server address.").arg(serverName());
        return r;
    default:
        r.outcome = Outcome::OtherError;
        r.message = tr("Toggl Focus refused the test: %1").arg(error.toString());
        return r;
    }
}

void FocusConnectionTest::finish(Outcome outcome, const QString &message)
{
    Result r;
    r.outcome = outcome;
    r.message = message;
    finish(r);
}

void FocusConnectionTest::finish(Result r)
{
    r.workspaceId = m_workspaceId;
    if (m_run) {
        m_run->deleteLater(); // this may run inside one of its callbacks
        m_run = nullptr;
    }
    m_request = 0;
    m_authorization.fill('\0');
    m_authorization.clear();
    emit finished(r);
}

} // namespace punchclock
