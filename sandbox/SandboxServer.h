// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

#include "sandbox/SandboxFaults.h"

namespace sandbox {

// One request as the sandbox saw it, for tests that count or inspect traffic.
struct RecordedRequest
{
    QByteArray method;
    QString path;             // e.g. /api/v9/workspaces/1/time_entries/1,2,3
    QString query;            // raw query string, without '?'
    QByteArray authorization; // the raw header, so tests can assert how the client authenticates
    QByteArray body;
    int status = 0; // 0 when the connection was dropped or hung
};

// A Toggl-compatible HTTP server on 127.0.0.1. Usable in-process (tests) and from sandbox/main.cpp.
// It shares no code with app/: it is an independent reading of ../shared/api-docs.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString token = QStringLiteral("sandbox-token"); // Basic auth: TOKEN:api_token
        QString email = QStringLiteral("demo@example.com");
        QString password = QStringLiteral("demo-password"); // Basic auth: email:password
        QString dataFile;                                   // empty: in memory only
        bool seedDemo = false; // projects, tags, clients and ~1,100 entries over 6 months, one running
        QString focusKey = QStringLiteral("sandbox-focus-key"); // Toggl Focus: Authorization: Bearer KEY
    };

    explicit SandboxServer(QObject *parent = nullptr);
    explicit SandboxServer(Options options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0); // binds 127.0.0.1; port 0 picks a free one
    QUrl baseUrl() const;          // e.g. http://127.0.0.1:43117
    QString token() const;

    Faults &faults();
    QList<RecordedRequest> requests() const;
    int countRequests(const QByteArray &method, const QString &pathContains = {}) const;
    void clearRequests();

    // Direct state access for test setup and assertions, in wire JSON (as GET would answer).
    qint64 userId() const;
    qint64 defaultWorkspaceId() const;
    QJsonArray timeEntries() const;                    // all non-deleted entries, newest first
    QJsonObject timeEntry(qint64 id) const;            // empty object when unknown or deleted
    qint64 insertTimeEntry(const QJsonObject &fields); // missing fields get defaults; returns id
    qint64 insertProject(const QString &name, const QString &color = QStringLiteral("#06aaf5"),
                         qint64 clientId = 0);
    qint64 insertTag(const QString &name);
    qint64 insertWorkspace(const QString &name); // another workspace of the user
    qint64 insertProjectIn(qint64 workspaceId, const QString &name,
                           const QString &color = QStringLiteral("#06aaf5"));
    qint64 insertClient(const QString &name);

    // Toggl Focus, served under /api/organizations/{org}/workspaces/{ws}/... and /api/users/me/settings.
    QString focusKey() const;
    qint64 focusOrganizationId() const; // 1
    qint64 focusWorkspaceId() const;    // the Track default workspace
    // Wire JSON (models.TimeEntry / task shape). Missing fields get defaults: workspace = the default,
    // task entries: type "activity", start now, no duration = running; tasks: status "To do".
    qint64 insertFocusTask(const QJsonObject &fields);      // 0 when a field is invalid
    qint64 insertFocusTimeEntry(const QJsonObject &fields); // also takes archived_at / deleted_at
    QJsonObject focusTimeEntry(qint64 id) const;            // deleted ones too (deleted_at set); {} unknown
    QJsonArray focusTimeEntries() const;                    // every entry, deleted included, newest first
    QJsonArray focusTasks() const;                          // every task, by position

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sandbox
