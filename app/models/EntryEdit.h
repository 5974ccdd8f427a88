// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/Project.h"
#include "app/track/TimeEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace punchclock {

// The rules of an inline edit, one column at a time, kept apart from the model so they can be
// tested and reused by the editors: editing start keeps the duration (stop moves with it),
// editing the duration moves stop (or start, for a running entry), and stop never precedes start.
namespace EntryEdit {

enum class Field
{
    Description,
    Project,
    Tags,
    Start,
    Stop,
    Duration,
    Billable
};

struct Outcome
{
    std::optional<TimeEntry> entry; // nullopt: refused
    QString error;                  // why it was refused, readable
};

// `value`: QString (description; tags as "a, b" or a QStringList; a duration as text or qint64
// seconds), qint64 project id (0 or invalid: none), QDateTime, bool.
Outcome apply(const TimeEntry &entry, Field field, const QVariant &value, const QList<Project> &projects,
              const QDateTime &nowUtc);

QStringList splitTags(const QString &text); // "a, b ,,c" -> {a, b, c}, duplicates dropped

// A new entry with the fields of `entry` (Duplicate): no ID, tags by name only (the copy must not
// mix both), and a running entry copied as stopped at `nowUtc` (a second running entry would stop
// the first).
TimeEntry duplicateOf(const TimeEntry &entry, const QDateTime &nowUtc);

} // namespace EntryEdit
} // namespace punchclock
