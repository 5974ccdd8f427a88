// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace punchclock {

// A partial update (timeentry.PartialUpdatePayload): only the fields set are sent.
struct FocusEntryPatch
{
    qint64 id = 0; // only used by the bulk PATCH (PartialUpdatePayloadWithID)
    std::optional<QDateTime> start;
    std::optional<qint64> duration; // seconds, >= 0
    std::optional<qint64> taskId;
    std::optional<qint64> timeBlockId;
    std::optional<QString> type; // "activity" or "break"
    std::optional<QString> description;

    bool isEmpty() const { return !start && !duration && !taskId && !timeBlockId && !type && !description; }
    QJsonObject toJson(bool withId = false) const;
};

} // namespace punchclock
