#pragma once

#include <QSqlDatabase>
#include <QString>

namespace punchclock {

// The local SQLite database: outbox, ID map, cached entries and a few key/values.
// WAL journal, a `meta` table carrying the schema version, migrations in one transaction each.
// One connection per instance; ":memory:" gives a store that is not durable (tests, fallbacks).
class LocalStore
{
public:
    static constexpr int kSchemaVersion = 4;

    explicit LocalStore(const QString &path);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // AppDataLocation/punchclock.sqlite, or punchclock-INSTANCE.sqlite for a named instance
    // (test mode: the QStandardPaths test location).
    static QString defaultPath(const QString &instance = {});

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
