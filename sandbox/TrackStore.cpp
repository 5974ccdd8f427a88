// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/TrackStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include "sandbox/JsonValues.h"
#include "sandbox/RecordFile.h"
#include "sandbox/TimeFormat.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

Q_LOGGING_CATEGORY(lcStore, "punchclock.sandbox.store")

} // namespace

TrackStore::TrackStore(const QString &apiToken, const QString &email) : m_apiToken(apiToken)
{
    const QDateTime created = TimeFormat::utc(QDate(2023, 3, 14), QTime(9, 26, 53));
    m_user.id = 5123456;
    m_user.email = email;
    m_user.fullname = u"Dana Demo"_s;
    m_user.timezone = u"Europe/Berlin"_s;
    m_user.beginningOfWeek = 1;
    m_user.createdAt = created;
    m_user.at = created;
    m_user.defaultWorkspaceId = addWorkspace(u"Dana's workspace"_s);
}

QTimeZone TrackStore::userTimeZone() const
{
    const QTimeZone zone(m_user.timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

TimeEntryRecord *TrackStore::runningEntry()
{
    for (auto &e : m_entries) {
        if (e.running() && !e.deleted())
            return &e;
    }
    return nullptr;
}

qint64 TrackStore::addWorkspace(const QString &name)
{
    WorkspaceRecord w;
    w.organizationId = 7100000 + (m_workspaces.nextId() % 100000);
    w.name = name;
    w.at = TimeFormat::now();
    return m_workspaces.add(w);
}

qint64 TrackStore::addClient(qint64 workspaceId, const QString &name)
{
    ClientRecord c;
    c.workspaceId = workspaceId;
    c.name = name;
    c.at = TimeFormat::now();
    return m_clients.add(c);
}

qint64 TrackStore::addProject(qint64 workspaceId, const QString &name, const QString &color, qint64 clientId,
                              bool billable, bool active)
{
    ProjectRecord p;
    p.workspaceId = workspaceId;
    p.clientId = clientId;
    p.name = name;
    p.color = color;
    p.billable = billable;
    p.active = active;
    p.createdAt = TimeFormat::now();
    p.at = p.createdAt;
    return m_projects.add(p);
}

qint64 TrackStore::addTag(qint64 workspaceId, const QString &name)
{
    TagRecord t;
    t.workspaceId = workspaceId;
    t.name = name;
    t.at = TimeFormat::now();
    return m_tags.add(t);
}

qint64 TrackStore::tagIdForName(qint64 workspaceId, const QString &name)
{
    for (const auto &t : m_tags) {
        if (t.workspaceId == workspaceId && t.name.compare(name, Qt::CaseInsensitive) == 0)
            return t.id;
    }
    return addTag(workspaceId, name);
}

qint64 TrackStore::addEntry(TimeEntryRecord entry)
{
    return m_entries.add(std::move(entry));
}

void TrackStore::stopRunningEntries(const QDateTime &when, qint64 keepId)
{
    for (auto &e : m_entries) {
        if (e.id == keepId || !e.running() || e.deleted())
            continue;
        e.stop = when < e.start ? e.start : when;
        e.at = QDateTime::currentDateTimeUtc();
    }
}

QJsonObject TrackStore::entryJson(const TimeEntryRecord &e, const EntryOptions &options) const
{
    const bool written = options.style == EntryStyle::Created || options.style == EntryStyle::Written;
    const auto stamp = [written](const QDateTime &t) {
        return written ? TimeFormat::zulu(t) : TimeFormat::offset(t);
    };
    QJsonObject o;
    o[u"id"_s] = e.id;
    o[u"workspace_id"_s] = e.workspaceId;
    o[u"user_id"_s] = e.userId;
    o[u"project_id"_s] = JsonValues::idOrNull(e.projectId);
    o[u"task_id"_s] = JsonValues::idOrNull(e.taskId);
    o[u"billable"_s] = e.billable;
    o[u"description"_s] = e.description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.description);
    o[u"start"_s] = stamp(e.start);
    o[u"duronly"_s] = true;
    o[u"permissions"_s] = QJsonValue(QJsonValue::Null);
    o[u"at"_s] = written ? TimeFormat::microsZulu(e.at) : TimeFormat::offset(e.at);
    o[u"server_deleted_at"_s] = e.deleted() ? QJsonValue(stamp(e.deletedAt)) : QJsonValue(QJsonValue::Null);

    if (e.running()) {
        o[u"stop"_s] = QJsonValue(QJsonValue::Null);
        o[u"duration"_s] = options.style == EntryStyle::Created ? -1 : -e.start.toSecsSinceEpoch();
    } else if (options.style == EntryStyle::Created && e.seconds() == 0) {
        o[u"stop"_s] = QJsonValue(QJsonValue::Null); // a create without duration answers like this
        o[u"duration"_s] = 0;
    } else {
        o[u"stop"_s] = stamp(e.stop);
        o[u"duration"_s] = e.seconds();
    }

    QJsonArray tagNames;
    QJsonArray tagIds;
    for (qint64 id : e.tagIds) {
        if (const TagRecord *t = tag(id)) {
            tagNames.append(t->name);
            tagIds.append(id);
        }
    }
    o[u"tag_ids"_s] = tagIds;
    if (options.style == EntryStyle::Created && tagNames.isEmpty())
        o[u"tags"_s] = QJsonValue(QJsonValue::Null);
    else
        o[u"tags"_s] = tagNames;

    if (options.style != EntryStyle::ReadById) {
        o[u"wid"_s] = e.workspaceId;
        o[u"uid"_s] = e.userId;
        if (e.projectId)
            o[u"pid"_s] = e.projectId;
        if (e.taskId)
            o[u"tid"_s] = e.taskId;
    }
    if (options.includeSharing)
        o[u"shared_with"_s] = QJsonArray();
    if (options.meta) {
        if (const ProjectRecord *p = project(e.projectId)) {
            o[u"project_name"_s] = p->name;
            o[u"project_color"_s] = p->color;
            o[u"project_active"_s] = p->active;
            o[u"project_billable"_s] = p->billable;
            if (const ClientRecord *c = client(p->clientId))
                o[u"client_name"_s] = c->name;
        }
        o[u"user_name"_s] = m_user.fullname;
        o[u"user_avatar_url"_s] = u""_s;
    }
    return o;
}

QJsonObject TrackStore::meJson(bool withRelatedData) const
{
    QJsonObject o;
    o[u"id"_s] = m_user.id;
    o[u"api_token"_s] = m_apiToken;
    o[u"email"_s] = m_user.email;
    o[u"fullname"_s] = m_user.fullname;
    o[u"timezone"_s] = m_user.timezone;
    o[u"toggl_accounts_id"_s] = QString(u"sbx-"_s + QString::number(m_user.id));
    o[u"default_workspace_id"_s] = m_user.defaultWorkspaceId;
    o[u"beginning_of_week"_s] = m_user.beginningOfWeek;
    o[u"image_url"_s] = u"https://assets.track.toggl.com/images/profile.png"_s;
    o[u"created_at"_s] = TimeFormat::offset(m_user.createdAt);
    o[u"updated_at"_s] = TimeFormat::offset(m_user.at);
    o[u"openid_email"_s] = QJsonValue(QJsonValue::Null);
    o[u"openid_enabled"_s] = false;
    o[u"country_id"_s] = QJsonValue(QJsonValue::Null);
    o[u"has_password"_s] = true;
    o[u"at"_s] = TimeFormat::offset(m_user.at);
    o[u"intercom_hash"_s] = QString::fromLatin1(
        QCryptographicHash::hash(m_user.email.toUtf8(), QCryptographicHash::Sha256).toHex());
    o[u"oauth_providers"_s] = QJsonArray{u"email"_s};
    o[u"authorization_updated_at"_s] = TimeFormat::offset(m_user.createdAt);
    if (withRelatedData) {
        // Real answers omit empty related arrays (the pages say null).
        const QJsonArray ws = workspacesJson();
        const QJsonArray ps = projectsJson(0);
        const QJsonArray ts = tagsJson(0);
        const QJsonArray cs = clientsJson(0);
        if (!ws.isEmpty())
            o[u"workspaces"_s] = ws;
        if (!ps.isEmpty())
            o[u"projects"_s] = ps;
        if (!ts.isEmpty())
            o[u"tags"_s] = ts;
        if (!cs.isEmpty())
            o[u"clients"_s] = cs;
    }
    return o;
}

QDateTime TrackStore::lastModified(const WorkspaceRecord &w) const
{
    QDateTime last = w.at;
    const auto consider = [&last, &w](const auto &records) {
        for (const auto &r : records) {
            if (r.workspaceId == w.id && r.at > last)
                last = r.at;
        }
    };
    consider(m_clients);
    consider(m_projects);
    consider(m_tags);
    consider(m_entries); // a delete sets `at` too
    return last;
}

QJsonObject TrackStore::workspaceJson(const WorkspaceRecord &w) const
{
    int activeProjects = 0;
    for (const auto &p : m_projects) {
        if (p.workspaceId == w.id && p.active)
            ++activeProjects;
    }
    QJsonObject o;
    o[u"id"_s] = w.id;
    o[u"organization_id"_s] = w.organizationId;
    o[u"name"_s] = w.name;
    o[u"premium"_s] = false;
    o[u"business_ws"_s] = false;
    o[u"admin"_s] = true;
    o[u"role"_s] = u"admin"_s;
    o[u"suspended_at"_s] = QJsonValue(QJsonValue::Null);
    o[u"server_deleted_at"_s] = QJsonValue(QJsonValue::Null);
    o[u"default_hourly_rate"_s] = QJsonValue(QJsonValue::Null);
    o[u"rate_last_updated"_s] = QJsonValue(QJsonValue::Null);
    o[u"default_currency"_s] = u"EUR"_s;
    o[u"only_admins_may_create_projects"_s] = false;
    o[u"only_admins_may_create_tags"_s] = false;
    o[u"only_admins_see_billable_rates"_s] = false;
    o[u"only_admins_see_team_dashboard"_s] = false;
    o[u"projects_billable_by_default"_s] = true;
    o[u"projects_private_by_default"_s] = true; // as every sandbox project answers is_private: true
    o[u"reports_collapse"_s] = true;
    o[u"rounding"_s] = 1;
    o[u"rounding_minutes"_s] = 0;
    o[u"api_token"_s] = m_apiToken;
    o[u"at"_s] = TimeFormat::offset(w.at);
    o[u"last_modified"_s] = TimeFormat::zulu(lastModified(w));
    o[u"logo_url"_s] = u"https://assets.toggl.com/images/workspace.jpg"_s;
    o[u"ical_url"_s] = u"/ical/workspace_user/sandbox"_s;
    o[u"ical_enabled"_s] = true;
    o[u"csv_upload"_s] = QJsonValue(QJsonValue::Null);
    o[u"subscription"_s] = QJsonValue(QJsonValue::Null);
    o[u"hide_start_end_times"_s] = false;
    o[u"working_hours_in_minutes"_s] = QJsonValue(QJsonValue::Null);
    o[u"active_project_count"_s] = activeProjects;
    o[u"permissions"_s] = QJsonValue(QJsonValue::Null);
    return o;
}

QJsonObject TrackStore::projectJson(const ProjectRecord &p) const
{
    qint64 seconds = 0;
    for (const auto &e : m_entries) {
        if (e.projectId == p.id && !e.deleted())
            seconds += e.seconds();
    }
    QJsonObject o;
    o[u"id"_s] = p.id;
    o[u"workspace_id"_s] = p.workspaceId;
    o[u"wid"_s] = p.workspaceId;
    o[u"client_id"_s] = JsonValues::idOrNull(p.clientId);
    o[u"cid"_s] = JsonValues::idOrNull(p.clientId);
    o[u"name"_s] = p.name;
    o[u"is_private"_s] = true;
    o[u"active"_s] = p.active;
    o[u"status"_s] = p.active ? u"active"_s : u"archived"_s;
    o[u"at"_s] = TimeFormat::offset(p.at);
    o[u"created_at"_s] = TimeFormat::offset(p.createdAt);
    o[u"server_deleted_at"_s] = QJsonValue(QJsonValue::Null);
    o[u"color"_s] = p.color;
    o[u"billable"_s] = p.billable;
    o[u"template"_s] = false;
    o[u"template_id"_s] = QJsonValue(QJsonValue::Null); // not made from a template
    o[u"auto_estimates"_s] = QJsonValue(QJsonValue::Null);
    o[u"estimated_hours"_s] = QJsonValue(QJsonValue::Null);
    o[u"estimated_seconds"_s] = QJsonValue(QJsonValue::Null);
    o[u"rate"_s] = QJsonValue(QJsonValue::Null);
    o[u"rate_last_updated"_s] = QJsonValue(QJsonValue::Null);
    o[u"currency"_s] = QJsonValue(QJsonValue::Null);
    o[u"recurring"_s] = false;
    o[u"recurring_parameters"_s] = QJsonValue(QJsonValue::Null);
    o[u"fixed_fee"_s] = QJsonValue(QJsonValue::Null);
    o[u"actual_hours"_s] = seconds / 3600;
    o[u"actual_seconds"_s] = seconds;
    o[u"start_date"_s] = p.createdAt.date().toString(Qt::ISODate);
    o[u"can_track_time"_s] = true;
    o[u"is_shared"_s] = false;
    o[u"pinned"_s] = false;
    o[u"tasks_count"_s] = 0;
    o[u"permissions"_s] = QJsonValue(QJsonValue::Null);
    return o;
}

QJsonObject TrackStore::tagJson(const TagRecord &t) const
{
    QJsonObject o;
    o[u"id"_s] = t.id;
    o[u"workspace_id"_s] = t.workspaceId;
    o[u"name"_s] = t.name;
    o[u"at"_s] = TimeFormat::offset(t.at);
    o[u"creator_id"_s] = m_user.id;
    o[u"deleted_at"_s] = QJsonValue(QJsonValue::Null);
    o[u"integration_ext_id"_s] = QJsonValue(QJsonValue::Null);
    o[u"integration_ext_type"_s] = QJsonValue(QJsonValue::Null);
    o[u"integration_provider"_s] = QJsonValue(QJsonValue::Null);
    o[u"permissions"_s] = QJsonValue(QJsonValue::Null);
    return o;
}

QJsonObject TrackStore::clientJson(const ClientRecord &c) const
{
    QJsonObject o;
    o[u"id"_s] = c.id;
    o[u"wid"_s] = c.workspaceId;
    o[u"name"_s] = c.name;
    o[u"archived"_s] = c.archived;
    o[u"at"_s] = TimeFormat::offset(c.at);
    o[u"creator_id"_s] = m_user.id;
    o[u"integration_provider"_s] = QJsonValue(QJsonValue::Null);
    o[u"permissions"_s] = QJsonValue(QJsonValue::Null);
    return o;
}

QJsonArray TrackStore::workspacesJson() const
{
    QJsonArray out;
    for (const auto &w : m_workspaces)
        out.append(workspaceJson(w));
    return out;
}

QJsonArray TrackStore::projectsJson(qint64 workspaceId) const
{
    QJsonArray out;
    for (const auto &p : m_projects) {
        if (!workspaceId || p.workspaceId == workspaceId)
            out.append(projectJson(p));
    }
    return out;
}

QJsonArray TrackStore::tagsJson(qint64 workspaceId) const
{
    QJsonArray out;
    for (const auto &t : m_tags) {
        if (!workspaceId || t.workspaceId == workspaceId)
            out.append(tagJson(t));
    }
    return out;
}

QJsonArray TrackStore::clientsJson(qint64 workspaceId) const
{
    QJsonArray out;
    for (const auto &c : m_clients) {
        if (!workspaceId || c.workspaceId == workspaceId)
            out.append(clientJson(c));
    }
    return out;
}

// ---- persistence ----

bool TrackStore::load(const QString &path, QString *error)
{
    m_dataFile = path;
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    fromFile(doc.object());
    return true;
}

bool TrackStore::save() const
{
    if (m_dataFile.isEmpty())
        return true;
    QSaveFile file(m_dataFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(toFile()).toJson(QJsonDocument::Indented));
    return file.commit();
}

void TrackStore::persist() const
{
    if (!save())
        qCWarning(lcStore, "punchclock-sandbox: could not save the data file");
}

QJsonObject TrackStore::toFile() const
{
    QJsonObject root;
    root[u"format"_s] = u"punchclock-sandbox/1"_s;
    QJsonObject user = RecordFile::write(m_user);
    user[u"email"_s] = m_user.email; // for a person reading the file: the address comes from the options
    root[u"user"_s] = user;
    RecordFile::writeTable(root, u"workspaces"_s, u"workspace"_s, m_workspaces);
    RecordFile::writeTable(root, u"clients"_s, u"client"_s, m_clients);
    RecordFile::writeTable(root, u"projects"_s, u"project"_s, m_projects);
    RecordFile::writeTable(root, u"tags"_s, u"tag"_s, m_tags);
    RecordFile::writeTable(root, u"time_entries"_s, u"entry"_s, m_entries);
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        root[it.key()] = it.value()();
    return root;
}

void TrackStore::fromFile(const QJsonObject &root)
{
    if (root.contains(u"focus"_s))
        m_loadedSections[u"focus"_s] = root[u"focus"_s];
    const QJsonObject user = root[u"user"_s].toObject();
    if (!user.isEmpty())
        RecordFile::read(user, m_user);
    RecordFile::readTable(root, u"workspaces"_s, u"workspace"_s, m_workspaces);
    RecordFile::readTable(root, u"clients"_s, u"client"_s, m_clients);
    RecordFile::readTable(root, u"projects"_s, u"project"_s, m_projects);
    RecordFile::readTable(root, u"tags"_s, u"tag"_s, m_tags);
    RecordFile::readTable(root, u"time_entries"_s, u"entry"_s, m_entries);
}

} // namespace sandbox
