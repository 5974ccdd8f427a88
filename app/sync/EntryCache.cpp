#include "sync/EntryCache.h"

#include "sync/LocalStore.h"
#include "track/TimeEntryJson.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace punchclock {

QList<TimeEntry> EntryCache::load() const
{
    QList<TimeEntry> entries;
    QSqlQuery q(m_store->db());
    if (!q.exec(QStringLiteral("SELECT id, json FROM entries")))
        return entries;
    while (q.next()) {
        TimeEntry e = TimeEntryJson::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        e.id = q.value(0).toLongLong();
        entries.append(std::move(e));
    }
    std::sort(entries.begin(), entries.end(), [](const TimeEntry &a, const TimeEntry &b) { return a.start > b.start; });
    return entries;
}

bool EntryCache::save(const QList<TimeEntry> &entries)
{
    QSqlDatabase db = m_store->db();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    bool ok = q.exec(QStringLiteral("DELETE FROM entries"));
    ok = ok && q.prepare(QStringLiteral("INSERT OR REPLACE INTO entries (id, json) VALUES (?, ?)"));
    for (const TimeEntry &e : entries) {
        if (!ok)
            break;
        q.addBindValue(e.id);
        q.addBindValue(QString::fromUtf8(QJsonDocument(TimeEntryJson::toJson(e)).toJson(QJsonDocument::Compact)));
        ok = q.exec();
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

qint64 EntryCache::defaultWorkspaceId() const
{
    return m_store->meta(QStringLiteral("default_workspace_id"), QStringLiteral("0")).toLongLong();
}

void EntryCache::setDefaultWorkspaceId(qint64 id)
{
    m_store->setMeta(QStringLiteral("default_workspace_id"), QString::number(id));
}

qint64 EntryCache::userId() const
{
    return m_store->meta(QStringLiteral("user_id"), QStringLiteral("0")).toLongLong();
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
