// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>

#include "sandbox/RecordTable.h"
#include "sandbox/TrackData.h"

namespace sandbox {

// The sandbox's whole state: one user, workspaces, clients, projects, tags, time entries.
// Converts records to wire JSON and persists itself to a JSON file (QSaveFile) when given one.
class TrackStore
{
public:
    enum class EntryStyle
    {
        Created,  // POST answer: `Z` times, duration -1 while running, tags null when empty
        Written,  // PUT / stop answers: `Z` times
        Listed,   // list and current: `+00:00` times
        ReadById, // GET by id: like Listed, without the legacy wid/pid/uid/tid
    };
    struct EntryOptions
    {
        EntryStyle style = EntryStyle::Listed;
        bool meta = false;
        bool includeSharing = false;
    };

    TrackStore(const QString &apiToken, const QString &email);

    bool load(const QString &path, QString *error); // false when the file exists but is unreadable
    bool save() const;                              // no-op without a data file
    void persist() const;                           // save(), warning when it fails
    void setDataFile(const QString &path) { m_dataFile = path; }
    bool hasContent() const { return !m_entries.isEmpty() || !m_projects.isEmpty(); }
    // Another product's part of the same data file (Focus: "focus"): `writer` gives it on save;
    // loadedSection() is what the file held when loaded (null when absent).
    void setSection(const QString &key, std::function<QJsonValue()> writer) { m_sections[key] = writer; }
    QJsonValue loadedSection(const QString &key) const { return m_loadedSections.value(key); }

    UserRecord &user() { return m_user; }
    const UserRecord &user() const { return m_user; }
    const QString &apiToken() const { return m_apiToken; }
    QTimeZone userTimeZone() const; // the user's `timezone`, UTC when unknown

    const QList<WorkspaceRecord> &workspaces() const { return m_workspaces.records(); }
    const QList<ClientRecord> &clients() const { return m_clients.records(); }
    const QList<ProjectRecord> &projects() const { return m_projects.records(); }
    const QList<TagRecord> &tags() const { return m_tags.records(); }
    QList<TimeEntryRecord> &entries() { return m_entries.records(); }
    const QList<TimeEntryRecord> &entries() const { return m_entries.records(); }

    bool hasWorkspace(qint64 id) const { return m_workspaces.find(id) != nullptr; }
    const ProjectRecord *project(qint64 id) const { return m_projects.find(id); }
    const ClientRecord *client(qint64 id) const { return m_clients.find(id); }
    const TagRecord *tag(qint64 id) const { return m_tags.find(id); }
    TimeEntryRecord *entry(qint64 id) { return m_entries.find(id); } // includes deleted ones
    const TimeEntryRecord *entry(qint64 id) const { return m_entries.find(id); }
    TimeEntryRecord *runningEntry();

    qint64 addWorkspace(const QString &name);
    qint64 addClient(qint64 workspaceId, const QString &name);
    qint64 addProject(qint64 workspaceId, const QString &name, const QString &color, qint64 clientId,
                      bool billable, bool active = true);
    qint64 addTag(qint64 workspaceId, const QString &name);
    qint64 tagIdForName(qint64 workspaceId, const QString &name); // creates the tag when unknown
    qint64 addEntry(TimeEntryRecord entry);                       // assigns the ID
    // Stops every running entry except `keepId` at `when` (never before its start).
    void stopRunningEntries(const QDateTime &when, qint64 keepId);

    QJsonObject entryJson(const TimeEntryRecord &entry, const EntryOptions &options) const;
    QJsonObject meJson(bool withRelatedData) const;
    QJsonObject workspaceJson(const WorkspaceRecord &workspace) const;
    QJsonObject projectJson(const ProjectRecord &project) const;
    QJsonObject tagJson(const TagRecord &tag) const;
    QJsonObject clientJson(const ClientRecord &client) const;
    QJsonArray workspacesJson() const;
    QJsonArray projectsJson(qint64 workspaceId) const; // 0: every workspace
    QJsonArray tagsJson(qint64 workspaceId) const;
    QJsonArray clientsJson(qint64 workspaceId) const;

private:
    // The newest change of the workspace or of anything in it (`last_modified`).
    QDateTime lastModified(const WorkspaceRecord &workspace) const;
    QJsonObject toFile() const;
    void fromFile(const QJsonObject &root);

    QString m_apiToken;
    QString m_dataFile;
    QHash<QString, std::function<QJsonValue()>> m_sections;
    QJsonObject m_loadedSections;
    UserRecord m_user;
    RecordTable<WorkspaceRecord> m_workspaces{8200001};
    RecordTable<ClientRecord> m_clients{61000001};
    RecordTable<ProjectRecord> m_projects{201000001};
    RecordTable<TagRecord> m_tags{17000001};
    RecordTable<TimeEntryRecord> m_entries{3600000001};
};

} // namespace sandbox
