// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/EntryCache.h"

#include "app/sync/EntryCacheWriter.h"
#include "app/sync/LocalStore.h"
#include "app/track/StringInterner.h"
#include "app/track/TimeEntryJson.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace punchclock {

namespace {
template<class T> void mix(size_t &seed, const T &value)
{
    seed = qHashMulti(seed, value);
}

template<class T> void mix(size_t &seed, const std::optional<T> &value)
{
    seed = value ? qHashMulti(seed, true, *value) : qHashMulti(seed, false);
}
} // namespace

EntryCache::EntryCache(LocalStore *store)
    : m_store(store), m_writer(std::make_unique<EntryCacheWriter>(store))
{
}

EntryCache::~EntryCache() = default;

// Every field the cache row keeps (the JSON of TimeEntryJson::toJson), so a changed field means a
// changed fingerprint.
size_t EntryCache::fingerprint(const TimeEntry &e)
{
    size_t h = 0;
    mix(h, e.id);
    mix(h, e.workspaceId);
    mix(h, e.projectId);
    mix(h, e.taskId);
    mix(h, e.userId);
    mix(h, e.description);
    mix(h, e.start.toSecsSinceEpoch());
    mix(h, e.stop ? e.stop->toSecsSinceEpoch() : std::optional<qint64>());
    mix(h, e.duration);
    mix(h, e.billable);
    mix(h, e.tags);
    mix(h, e.tagIds);
    mix(h, e.duronly);
    mix(h, e.at ? e.at->toMSecsSinceEpoch() : std::optional<qint64>());
    mix(h, e.serverDeletedAt ? e.serverDeletedAt->toSecsSinceEpoch() : std::optional<qint64>());
    mix(h, e.permissions);
    mix(h, e.sharedWith ? e.sharedWith->size() : -1);
    if (e.sharedWith) {
        for (const SharedWith &s : *e.sharedWith)
            h = qHashMulti(h, s.accepted, s.userId, s.userName);
    }
    mix(h, e.clientName);
    mix(h, e.projectName);
    mix(h, e.projectColor);
    mix(h, e.projectActive);
    mix(h, e.projectBillable);
    mix(h, e.taskName);
    mix(h, e.userName);
    mix(h, e.userAvatarUrl);
    return h;
}

QList<TimeEntry> EntryCache::load()
{
    QList<TimeEntry> entries;
    m_saved.clear();
    QSqlQuery q(m_store->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, json FROM entries")))
        return entries;
    StringInterner strings;
    while (q.next()) {
        TimeEntry e =
            TimeEntryJson::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        e.id = q.value(0).toLongLong();
        if (e.description)
            e.description = strings.intern(*e.description);
        if (e.projectName)
            e.projectName = strings.intern(*e.projectName);
        if (e.projectColor)
            e.projectColor = strings.intern(*e.projectColor);
        if (e.clientName)
            e.clientName = strings.intern(*e.clientName);
        if (e.tags)
            e.tags = strings.intern(*e.tags);
        m_saved.insert(e.id, fingerprint(e));
        entries.append(std::move(e));
    }
    std::sort(entries.begin(), entries.end(),
              [](const TimeEntry &a, const TimeEntry &b) { return a.start > b.start; });
    m_savedWatermark = sinceWatermark();
    return entries;
}

void EntryCache::save(const QList<TimeEntry> &entries, qint64 sinceWatermark)
{
    EntryCacheWriter::Job job;
    QHash<qint64, size_t> next;
    next.reserve(entries.size());
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TimeEntry &e = entries.at(i);
        const size_t print = fingerprint(e);
        next.insert(e.id, print);
        const auto it = m_saved.constFind(e.id);
        if (it == m_saved.constEnd() || *it != print)
            changed.append(i);
    }
    if (!entries.isEmpty() && changed.size() == entries.size()) {
        // Every row is new (the first sync): hand over the list itself, shared, not a copy.
        job.replaceAll = true;
        job.upserts = entries;
    } else {
        for (qsizetype i : std::as_const(changed))
            job.upserts.append(entries.at(i));
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (!next.contains(it.key()))
                job.removals.append(it.key());
        }
    }
    if (sinceWatermark != m_savedWatermark)
        job.sinceWatermark = sinceWatermark;
    job.forgetWeeks = std::exchange(m_forgetWeeks, false);
    job.loadedWeeks = std::exchange(m_unsavedWeeks, {});
    m_saved = std::move(next);
    m_savedWatermark = sinceWatermark;
    if (!job.replaceAll && job.upserts.isEmpty() && job.removals.isEmpty() && job.sinceWatermark < 0 &&
        !job.forgetWeeks && job.loadedWeeks.isEmpty())
        return;
    m_writer->post(std::move(job));
}

void EntryCache::clear()
{
    EntryCacheWriter::Job job;
    job.replaceAll = true;
    job.sinceWatermark = 0;
    job.forgetWeeks = true;
    m_saved.clear();
    m_savedWatermark = 0;
    m_unsavedWeeks.clear();
    m_forgetWeeks = false;
    m_writer->post(std::move(job));
}

QSet<QDate> EntryCache::loadedWeeks() const
{
    QSet<QDate> weeks;
    QSqlQuery q(m_store->db());
    if (!q.exec(QStringLiteral("SELECT week FROM history_weeks")))
        return weeks;
    while (q.next()) {
        const QDate week = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (week.isValid())
            weeks.insert(week);
    }
    return weeks;
}

void EntryCache::addLoadedWeeks(const QList<QDate> &weeks)
{
    m_unsavedWeeks.append(weeks);
}

void EntryCache::forgetLoadedWeeks()
{
    m_forgetWeeks = true;
    m_unsavedWeeks.clear();
}

qint64 EntryCache::sinceWatermark() const
{
    return m_store->meta(EntryCacheWriter::watermarkKey(), QStringLiteral("0")).toLongLong();
}

qint64 EntryCache::defaultWorkspaceId() const
{
    return m_store->meta(QStringLiteral("default_workspace_id"), QStringLiteral("0")).toLongLong();
}

void EntryCache::setDefaultWorkspaceId(qint64 id)
{
    m_store->setMeta(QStringLiteral("default_workspace_id"), QString::number(id));
}

void EntryCache::setUserId(qint64 id)
{
    m_store->setMeta(QStringLiteral("user_id"), QString::number(id));
}

QString EntryCache::account() const
{
    return m_store->meta(QStringLiteral("account"));
}

void EntryCache::setAccount(const QString &account)
{
    m_store->setMeta(QStringLiteral("account"), account);
}

} // namespace punchclock
