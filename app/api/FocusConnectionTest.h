// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiService.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace punchclock {

// Settings → Focus → "Test connection", without widgets: GET /api/users/me/settings with the key
// (is the key accepted, which workspace is current?), then one task of that workspace in the
// organization (is the organization right?). Each failure becomes an Outcome and a sentence that
// says what to fix. No retries: the user is waiting, and a retry would only delay the verdict.
// A Focus API client of its own (the key and server being tested, not FocusApi's), in the same
// "focus@host:port" quota scope.
class FocusConnectionTest : public ApiService
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Connected,
        MissingKey,
        MissingOrganization,
        InsecureServer, // not https and not loopback: nothing was sent
        Unreachable,    // no HTTP answer: refused, DNS, TLS, reset
        TimedOut,
        NotFocusServer,        // 404 or a non-JSON answer on /api/users/me/settings
        KeyRefused,            // 401 (or 403 on the user's own settings)
        NoWorkspace,           // the account names no current workspace
        OrganizationNotFound,  // 404 under /organizations/{org}
        OrganizationForbidden, // 403 under /organizations/{org}/workspaces/{ws}
        ServerError,           // 5xx
        OtherError,            // quota, rate limit, other 4xx
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::OtherError;
        QString message; // user-facing, translated; never contains the key
        qint64 workspaceId = 0;
        qint64 taskCount = -1; // -1: the server sent no total
        bool ok() const { return outcome == Outcome::Connected; }
    };

    explicit FocusConnectionTest(ApiTransport *transport, QObject *parent = nullptr);
    ~FocusConnectionTest() override;

    // `server` is the root the Focus API lives under (…/api is added). Cancels a running test.
    void start(const QUrl &server, const QString &apiKey, qint64 organizationId);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

signals:
    void stepChanged(const QString &text); // "Checking the API key…", for a busy label
    void finished(const punchclock::FocusConnectionTest::Result &result);

protected:
    QByteArray authorization() const override { return m_authorization; }

private:
    ApiRequest get(const QString &path, const QUrlQuery &query = {}) const;
    void onSettings(const ApiResponse &response);
    void onTasks(const ApiResponse &response);
    void finish(Outcome outcome, const QString &message);
    void finish(Result result);
    Result failure(const ApiError &error, bool organizationStep) const;
    QString serverName() const;

    QByteArray m_authorization;
    qint64 m_organizationId = 0;
    qint64 m_workspaceId = 0;
    QObject *m_run = nullptr; // the context of the running test's requests: deleting it drops them
    ApiTransport::RequestId m_request = 0;
};

} // namespace punchclock
