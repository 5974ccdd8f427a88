// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/StoreLocation.h"

#include "app/sync/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace punchclock {

Q_LOGGING_CATEGORY(lcStoreLocation, "punchclock.sync.storelocation", QtInfoMsg)

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Moves `from` (and its -wal, -shm) to `to`: the -shm and -wal first and the file last, so an
// interrupted move leaves the file with its -wal in one place or the other (the next start
// finishes it). On failure the files already moved go back: the old place stays complete.
bool moveDatabase(const QString &from, const QString &to)
{
    const QStringList sources = LocalStore::filesOf(from);
    const QStringList targets = LocalStore::filesOf(to);
    QList<int> moved;
    for (int i = static_cast<int>(sources.size()) - 1; i >= 0; --i) {
        if (!QFileInfo::exists(sources.at(i)))
            continue;
        QFile::remove(targets.at(i)); // a -wal or -shm left without its file
        if (!QFile::rename(sources.at(i), targets.at(i))) {
            qCWarning(lcStoreLocation, "could not move %s to %s", qUtf8Printable(sources.at(i)),
                      qUtf8Printable(targets.at(i)));
            for (int back : std::as_const(moved))
                QFile::rename(targets.at(back), sources.at(back));
            return false;
        }
        moved.append(i);
    }
    return true;
}

} // namespace

QString StoreLocation::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') +
           QCoreApplication::applicationName();
}

QString StoreLocation::legacyDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString StoreLocation::fileName(const QString &instance)
{
    return (instance.isEmpty() ? QStringLiteral("punchclock") : QStringLiteral("punchclock-") + instance) +
           QStringLiteral(".sqlite");
}

QString StoreLocation::prepare(const QString &instance)
{
    return prepare(directory(), legacyDirectory(), fileName(instance));
}

QString StoreLocation::prepare(const QString &directory, const QString &legacyDirectory,
                               const QString &fileName)
{
    QDir().mkpath(directory);
    QFile::setPermissions(directory, kOwnerOnlyFolder); // also one an older version made 0755
    const QString path = QDir(directory).filePath(fileName);
    if (QDir::cleanPath(directory) == QDir::cleanPath(legacyDirectory))
        return path;
    const QString legacy = QDir(legacyDirectory).filePath(fileName);
    if (!QFileInfo::exists(legacy))
        return path;
    QFile::setPermissions(legacyDirectory, kOwnerOnlyFolder);
    if (QFileInfo::exists(path)) {
        qCInfo(lcStoreLocation, "%s is in use; the older %s is left as it is", qUtf8Printable(path),
               qUtf8Printable(legacy));
        return path;
    }
    if (!moveDatabase(legacy, path))
        return legacy; // used where it is, rather than starting empty
    qCInfo(lcStoreLocation, "moved the local database from %s to %s", qUtf8Printable(legacy),
           qUtf8Printable(path));
    QDir().rmdir(legacyDirectory); // only when nothing else is left in it
    return path;
}

} // namespace punchclock
