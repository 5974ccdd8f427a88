// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

#include "sandbox/ApiRequest.h"
#include "sandbox/FocusData.h"
#include "sandbox/HttpReply.h"
#include "sandbox/Paging.h"

namespace sandbox {

class FocusStore;

// Routing and handlers of Toggl Focus (everything under /api/ that is not /api/v9/), for a request
// already past the fault knobs, Bearer authentication and the quota (SandboxServer does those).
class FocusRoutes
{
public:
    explicit FocusRoutes(FocusStore &store) : m_store(store) {}

    static bool isFocusPath(const QString &path);
    // The error body of Focus: {"error": code, "error_description": ..., "trace_id": ...}.
    static HttpReply error(int status, const QString &code, const QString &description);

    HttpReply handle(const ApiRequest &request);

private:
    HttpReply workspaceScoped(const ApiRequest &request, const QStringList &rest, qint64 workspaceId);
    HttpReply listTasks(const ApiRequest &request, qint64 workspaceId);
    HttpReply listTaskEntries(const ApiRequest &request, qint64 workspaceId, qint64 taskId);
    HttpReply listWorkspaceEntries(const ApiRequest &request, qint64 workspaceId, bool stream);
    HttpReply streamByTimeBlocks(const ApiRequest &request, qint64 workspaceId);
    HttpReply createEntry(const ApiRequest &request, qint64 workspaceId, std::optional<qint64> pathTaskId);
    HttpReply entryRoute(const ApiRequest &request, qint64 workspaceId, std::optional<qint64> pathTaskId,
                         const QString &idText, const QString &action);
    HttpReply bulkCreate(const ApiRequest &request, qint64 workspaceId);
    HttpReply bulkPatch(const ApiRequest &request, qint64 workspaceId);
    HttpReply bulkDelete(const ApiRequest &request, qint64 workspaceId, bool restore);

    // Resolves `task_id` of a body (bulk create, POST /time-entries): 0 for none; nullopt when invalid.
    std::optional<qint64> bodyTaskId(const QJsonValue &value, qint64 workspaceId) const;
    // A body's `user_id` may only name the key's own user (absent and null do too).
    bool ownUser(const QJsonObject &body) const;
    HttpReply pagedEntries(const QList<const FocusEntryRecord *> &entries, const Paging &page,
                           bool withTask) const;
    HttpReply streamed(const QList<const FocusEntryRecord *> &entries, bool withTask) const;

    FocusStore &m_store;
};

} // namespace sandbox
