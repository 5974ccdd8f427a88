// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/focus/FocusEntryPatch.h"
#include "app/focus/FocusSettings.h"
#include "app/focus/FocusTask.h"
#include "app/focus/FocusTimeEntry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace punchclock {

// One page of a paginated Focus list: {data, page, per_page[, total]}. Not "FocusPage": that is
// the Focus tab widget, and two classes of one name break the link (ODR: one destructor wins).
struct FocusListPage
{
    QJsonArray data;
    int page = 0;
    int perPage = 0;
    std::optional<qint64> total; // task lists only
};

// The Focus wire format. Reads are lenient (missing, null or mistyped fields read as absent);
// writes are UTC RFC 3339 times, whole seconds.
namespace FocusJson {

FocusTimeEntry entryFromJson(const QJsonObject &o);
FocusTask taskFromJson(const QJsonObject &o);
FocusSettings settingsFromJson(const QJsonObject &o);
// nullopt when `o` is not a page (no `data` array)
std::optional<FocusListPage> pageFromJson(const QJsonObject &o);

// timeentry.CreatePayload (with task_id and user_id left out) / BulkCreatePayload (task_id in).
QJsonObject entryCreateJson(const FocusTimeEntry &entry, bool withTaskId = false);
// timeentry.Payload, the PUT body: the whole entry.
QJsonObject entryPutJson(const FocusTimeEntry &entry);
// The server's answer as an entry, for sandbox setup and round trips.
QJsonObject entryToJson(const FocusTimeEntry &entry);

} // namespace FocusJson
} // namespace punchclock
