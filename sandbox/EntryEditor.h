// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "sandbox/TrackData.h"

namespace sandbox {

class TrackStore;

// The time-entry rules of POST, PUT and bulk PATCH: validation, start/stop/duration arithmetic,
// tags by name or ID. Errors come back as the message of a 400 answer (empty on success).
class EntryEditor
{
public:
    explicit EntryEditor(TrackStore &store) : m_store(store) {}

    // POST body -> new record (not yet stored).
    QString create(qint64 workspaceId, const QJsonObject &body, TimeEntryRecord *out);
    // PUT body applied to `entry` (only the fields present change).
    QString update(TimeEntryRecord &entry, const QJsonObject &body);
    // Bulk PATCH: checks the operations' shape (whole-request 400) ...
    static QString checkPatch(const QJsonArray &operations);
    // ... then applies them to one entry (a per-entry `failure` message on error).
    QString patch(TimeEntryRecord &entry, const QJsonArray &operations);

private:
    QString applyTimes(TimeEntryRecord &entry, const QJsonObject &body, bool creating);
    QString applyTags(TimeEntryRecord &entry, const QJsonObject &body, bool creating);
    QString applyProjectAndTask(TimeEntryRecord &entry, const QJsonObject &body);

    TrackStore &m_store;
};

} // namespace sandbox
