// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace punchclock {

// Filters of GET .../tasks. Unset fields are not sent; lists go comma-separated.
struct FocusTaskQuery
{
    std::optional<bool> archived; // in (true) or out (false) archived tasks
    std::optional<bool> pinned;
    QList<qint64> statusIds;
    QList<qint64> projectIds;
    QString name; // matches task, project or client names
    QStringList orderBy;
    int perPage = 100;

    QUrlQuery toUrlQuery(int page = 0) const; // page > 0: adds page and per_page
};

} // namespace punchclock
