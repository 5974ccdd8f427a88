// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "sandbox/FocusData.h"
#include "sandbox/RecordTable.h"

namespace sandbox {

class TrackStore;

// Toggl Focus state: statuses, tasks and time entries. Users, workspaces, projects, clients and tags
// are Track's (one account, one set of workspaces). Persisted as the "focus" section of Track's file.
class FocusStore
{
public:
    static constexpr qint64 organizationId = 1; // every workspace of the user belongs to it

    enum class EntryEdit
    {
        Create, // `type` required; no duration: running
        Put,    // `type` required; fields present replace, absent ones stay
        Patch,  // every field optional; null clears the nullable ones
    };

    explicit FocusStore(TrackStore &track);

    TrackStore &track() { return m_track; }
    const TrackStore &track() const { return m_track; }
    bool isEmpty() const { return m_tasks.isEmpty() && m_entries.isEmpty(); }
    void load(const QJsonValue &section); // the "focus" part of the data file
    QJsonValue toFile() const;
    void persist() const; // through TrackStore (same file); no-op without a data file

    bool hasWorkspace(qint64 workspaceId) const;
    qint64 userId() const;

    QList<FocusStatusRecord> statuses(qint64 workspaceId); // creates the four defaults on first use
    const FocusStatusRecord *status(qint64 id) const { return m_statuses.find(id); }
    qint64 defaultStatusId(qint64 workspaceId);

    QList<FocusTaskRecord> &tasks() { return m_tasks.records(); }
    const QList<FocusTaskRecord> &tasks() const { return m_tasks.records(); }
    FocusTaskRecord *task(qint64 id) { return m_tasks.find(id); } // includes deleted ones
    const FocusTaskRecord *task(qint64 id) const { return m_tasks.find(id); }
    qint64 addTask(FocusTaskRecord task); // assigns ID, position and times when unset

    QList<FocusEntryRecord> &entries() { return m_entries.records(); }
    const QList<FocusEntryRecord> &entries() const { return m_entries.records(); }
    FocusEntryRecord *entry(qint64 id) { return m_entries.find(id); } // includes deleted ones
    const FocusEntryRecord *entry(qint64 id) const { return m_entries.find(id); }
    qint64 addEntry(FocusEntryRecord entry); // assigns the ID
    // Stops every other running entry of the user at `when` (never before its own start).
    void stopRunningEntries(const QDateTime &when, qint64 keepId);

    // Applies a request body to `entry` (already holding workspace, user, task for Create).
    // Returns an error_description for a 400, empty on success.
    QString applyEntry(FocusEntryRecord &entry, const QJsonObject &body, EntryEdit mode) const;
    // Task fields of the test-setup API (wire names). Returns an error, empty on success.
    QString applyTask(FocusTaskRecord &task, const QJsonObject &fields);

    QJsonObject entryJson(const FocusEntryRecord &entry, bool withTask) const;
    QJsonObject taskJson(const FocusTaskRecord &task, bool aggregations) const;
    QJsonObject settingsJson() const;

private:
    QJsonArray tagsJson(const QList<qint64> &tagIds) const;
    QJsonValue projectJson(qint64 projectId) const;
    QJsonValue clientJson(qint64 projectId) const;

    TrackStore &m_track;
    RecordTable<FocusStatusRecord> m_statuses{310001};
    RecordTable<FocusTaskRecord> m_tasks{42000001};
    RecordTable<FocusEntryRecord> m_entries{9100000001};
};

} // namespace sandbox
