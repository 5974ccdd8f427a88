// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "sandbox/ApiRequest.h"
#include "sandbox/HttpReply.h"

namespace sandbox {

class TrackStore;

// Routing of the Reports API v3 (/reports/api/v3/...) for an already authenticated Track user:
// the detailed search, POST /reports/api/v3/workspace/{workspace_id}/search/time_entries.
class ReportsRoutes
{
public:
    explicit ReportsRoutes(const TrackStore &store) : m_store(store) {}

    static bool isReportsPath(const QString &path); // everything under /reports/
    HttpReply handle(const ApiRequest &request) const;

private:
    const TrackStore &m_store;
};

} // namespace sandbox
