// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDevice>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace punchclock {

// The local SQLite database: outbox, ID map, cached entries, the weeks of history read (EntryCache)
// and a few key/values.
// WAL journal, a `meta` table carrying the schema version, migrations in one transaction each.
// One connection per instance; ":memory:" gives a store that is not durable (tests, fallbacks).
// It holds entry descriptions, client names and unsent changes: the file and its -wal and -shm
// are readable by their owner only (0600), also when an older version created them. The folder's
// permissions are StoreLocation's (the app's own folder; a test's may be shared).
class LocalStore
{
public:
    static constexpr int kSchemaVersion = 5;

    explicit LocalStore(const QString &path);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    static constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // The database file and the two SQLite keeps beside it in WAL mode (-wal, -shm).
    static QStringList filesOf(const QString &path);
    static void restrictToOwner(const QString &path); // 0600 for each of filesOf() that exists

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase db() const;

    QString meta(const QString &key, const QString &fallback = {}) const;
    bool setMeta(const QString &key, const QString &value);

private:
    bool open();
    bool migrate(int from);

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
};

} // namespace punchclock
