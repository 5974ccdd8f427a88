// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace punchclock {

// Track v9 wire JSON <-> TimeEntry.
namespace TimeEntryJson {

// Reads any answer variant: legacy wid/pid/uid/tid when the modern key is missing, null vs empty
// tags, every time format, unknown fields ignored. Never fails; check `id` for a usable entry.
TimeEntry fromJson(const QJsonObject &json);
// Equal strings of the list (project names, colours, tags, descriptions...) share one copy.
QList<TimeEntry> listFromJson(const QJsonArray &json);
// A whole list answer (a JSON array, or `null` for none), parsed without copying the body.
// nullopt with `error` set when it is not one.
std::optional<QList<TimeEntry>> listFromBody(const QByteArray &body, QString *error);

// The full answer form (modern keys; nulls written as null; times as UTC `...Z`). Round-trips
// through fromJson (times at whole seconds).
QJsonObject toJson(const TimeEntry &entry);

// The body of a create (POST) or update (PUT): only writable fields.
//  - running (negative duration): `duration: -1`, no stop;
//  - stopped with a stop time: start, stop and a consistent duration;
//  - stopped without stop: start and duration.
// project_id / task_id: nullopt is sent as null (no project). description, tags and tag_ids:
// nullopt is not sent at all (so a PUT leaves them as they are); send [] to clear tags.
// `createdWith` is added when not empty (creates must carry it).
QJsonObject toRequestJson(const TimeEntry &entry, const QString &createdWith = {});

} // namespace TimeEntryJson
} // namespace punchclock
