// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace punchclock {

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

LocalStore::LocalStore(const QString &path)
    : m_path(path),
      m_connection(QStringLiteral("punchclock-store-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_open = open();
}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QStringList LocalStore::filesOf(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

void LocalStore::restrictToOwner(const QString &path)
{
    for (const QString &file : filesOf(path)) {
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, kOwnerOnly);
    }
}

QSqlDatabase LocalStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LocalStore::open()
{
    const bool onDisk = m_path != QLatin1String(":memory:");
    if (onDisk) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        // Created empty (a valid SQLite file) with the owner's permissions only, before SQLite
        // creates it with the umask's; its -wal and -shm get the same mode as the file.
        QFile create(m_path);
        if (!QFileInfo::exists(m_path) && create.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            create.close();
        restrictToOwner(m_path); // files an older version created readable by everyone
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    // WAL: a crash (even kill -9) never leaves a half-written transaction; FULL: a commit is on
    // disk when it returns, so a change the user made survives a power cut too.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000")};
    for (const QString &p : pragmas) {
        if (!exec(db, p, &m_error))
            return false;
    }
    if (onDisk)
        restrictToOwner(m_path); // the -wal and -shm WAL mode just made
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
              &m_error))
        return false;
    const int version = meta(QStringLiteral("schema_version"), QStringLiteral("0")).toInt();
    if (version > kSchemaVersion) {
        m_error = QStringLiteral("database schema %1 is newer than this Punchclock (%2)")
                      .arg(version)
                      .arg(kSchemaVersion);
        return false;
    }
    return version == kSchemaVersion || migrate(version);
}

// Moves the schema forward from `from`, in one transaction: all of it or nothing.
bool LocalStore::migrate(int from)
{
    QSqlDatabase db = this->db();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    bool ok = true;
    if (from < 1) {
        ok = exec(db,
                  QStringLiteral(
                      "CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                      "kind INTEGER NOT NULL, entry_id INTEGER NOT NULL, payload TEXT NOT NULL, "
                      "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL)"),
                  &m_error) &&
             exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_entry ON outbox(entry_id)"),
                  &m_error) &&
             exec(db,
                  QStringLiteral("CREATE TABLE IF NOT EXISTS id_map (local_id INTEGER PRIMARY KEY, "
                                 "server_id INTEGER NOT NULL)"),
                  &m_error) &&
             exec(db,
                  QStringLiteral(
                      "CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
                  &m_error);
    }
    if (ok && from < 3) {
        // Focus changes and bulk edits join the outbox (one queue per product); the pickers' data
        // (Track projects, tags, clients; Focus tasks) is cached as one JSON array per list.
        ok = exec(db, QStringLiteral("ALTER TABLE outbox ADD COLUMN product INTEGER NOT NULL DEFAULT 0"),
                  &m_error) &&
             exec(db, QStringLiteral("ALTER TABLE id_map ADD COLUMN product INTEGER NOT NULL DEFAULT 0"),
                  &m_error) &&
             exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_product ON outbox(product, seq)"),
                  &m_error) &&
             exec(db,
                  QStringLiteral("CREATE TABLE IF NOT EXISTS related_cache (list TEXT PRIMARY KEY, "
                                 "json TEXT NOT NULL, saved_at INTEGER NOT NULL)"),
                  &m_error);
    }
    if (ok && from < 4) {
        // A Focus change belongs to the API key and organization it was made under (Outbox::setAccount);
        // '' (older rows, Track's) is adopted by the next Focus account configured.
        ok = exec(db, QStringLiteral("ALTER TABLE outbox ADD COLUMN account TEXT NOT NULL DEFAULT ''"),
                  &m_error);
    }
    if (ok && from < 5) {
        // History (issue #18): the weeks (their Monday, ISO date) whose entries were read whole,
        // so a visit costs no request; written with the entry rows they describe.
        ok = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS history_weeks (week TEXT PRIMARY KEY)"),
                  &m_error);
    }
    if (ok) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"));
        q.addBindValue(QString::number(kSchemaVersion));
        ok = q.exec();
        if (!ok)
            m_error = q.lastError().text();
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    if (m_error.isEmpty())
        m_error = db.lastError().text();
    return false;
}

QString LocalStore::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool LocalStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace punchclock
