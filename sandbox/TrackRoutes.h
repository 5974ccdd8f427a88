// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "sandbox/ApiRequest.h"
#include "sandbox/HttpReply.h"
#include "sandbox/SandboxFaults.h"

namespace sandbox {

class TrackStore;

// Routing and handlers of /api/v9 for an already authenticated user.
class TrackRoutes
{
public:
    TrackRoutes(TrackStore &store, const Faults &faults) : m_store(store), m_faults(faults) {}

    HttpReply handle(const ApiRequest &request);

private:
    HttpReply me(const ApiRequest &request);
    HttpReply listEntries(const ApiRequest &request);
    HttpReply currentEntry(const ApiRequest &request);
    HttpReply entryById(const ApiRequest &request, const QString &idText);
    HttpReply createEntry(const ApiRequest &request, qint64 workspaceId);
    HttpReply updateEntry(const ApiRequest &request, qint64 workspaceId, const QString &idText);
    HttpReply bulkPatch(const ApiRequest &request, qint64 workspaceId, const QString &idsText);
    HttpReply deleteEntry(qint64 workspaceId, const QString &idText);
    HttpReply stopEntry(qint64 workspaceId, const QString &idText);
    HttpReply createProject(const ApiRequest &request, qint64 workspaceId);
    HttpReply workspaceScoped(const ApiRequest &request, const QStringList &segments);

    TrackStore &m_store;
    const Faults &m_faults;
};

} // namespace sandbox
