// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace punchclock {

// The Reports API v3 detailed search answer (POST /reports/api/v3/workspace/{wid}/search/time_entries)
// as Track time entries. The answer is a JSON array of rows; a row carries what its entries share
// (user_id, username, project_id, task_id, description, billable, tag_ids, and with enriched
// answers project_name, project_color, client_name, tag_names) and `time_entries`, the entries
// themselves: {id, seconds, start, stop, at}. Ungrouped searches give one entry per row. Rows name
// no workspace: it is the one searched.
namespace ReportEntryJson {

// Every entry of one row, in the row's order. Entries without an id or a start are left out. The
// duration is stop - start (the answer's `seconds` may be rounded by the report settings); an
// entry without a stop runs (a negative duration: minus its start, as v9 answers it).
QList<TimeEntry> entriesFromRow(const QJsonObject &row, qint64 workspaceId);
// A whole answer; nullopt with `error` set when it is not a JSON array (`null` reads as none).
std::optional<QList<TimeEntry>> entriesFromBody(const QByteArray &body, qint64 workspaceId, QString *error);

} // namespace ReportEntryJson
} // namespace punchclock
