// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/LocalStore.h"
#include "app/sync/StoreLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;

// Issue #22: the local database (entry descriptions, client names, unsent changes) is for its
// owner's eyes only, lives in one folder level, and an older location's database is moved there.
class TstStoreLocation : public QObject
{
    Q_OBJECT

    static constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions kOwnerFolder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    static constexpr QFileDevice::Permissions kOwnerBits =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    static constexpr QFileDevice::Permissions kOthersBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                            QFileDevice::WriteOther | QFileDevice::ExeOther;

    // Only the mode bits (QFile::permissions() adds the ReadUser etc. of the current user).
    static QFileDevice::Permissions mode(const QString &path)
    {
        return QFile::permissions(path) & (kOwnerBits | kOthersBits);
    }

    // A database at `path` whose `probe` value is only in its -wal (no checkpoint yet), copied
    // with its -wal and -shm to `copyTo` while the connection is still open.
    static void writeWalOnly(const QString &path, const QString &value, const QString &copyTo)
    {
        LocalStore store(path);
        QVERIFY(store.isOpen());
        QSqlQuery q(store.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish(); // an unfinished statement would keep the write out of the -wal
        QVERIFY(store.setMeta(QStringLiteral("probe"), value));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QDir().mkpath(QFileInfo(copyTo).absolutePath());
        const QStringList from = LocalStore::filesOf(path);
        const QStringList to = LocalStore::filesOf(copyTo);
        for (int i = 0; i < from.size(); ++i)
            QVERIFY(QFile::copy(from.at(i), to.at(i)));
    }

    static QString probeOf(const QString &path)
    {
        LocalStore store(path);
        return store.isOpen() ? store.meta(QStringLiteral("probe")) : QStringLiteral("(not open)");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("Punchclock"));
        QCoreApplication::setOrganizationName(QStringLiteral("Punchclock"));
    }

    void theAppFolderIsOneLevelAndTheOldOneIsTheDoubledOne()
    {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QCOMPARE(StoreLocation::directory(), data + QStringLiteral("/Punchclock"));
        QCOMPARE(StoreLocation::legacyDirectory(), data + QStringLiteral("/Punchclock/Punchclock"));
        QCOMPARE(StoreLocation::fileName({}), QStringLiteral("punchclock.sqlite"));
        QCOMPARE(StoreLocation::fileName(QStringLiteral("b")), QStringLiteral("punchclock-b.sqlite"));
    }

    void aNewDatabaseIsForItsOwnerOnly()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("share/Punchclock"));
        const QString path = StoreLocation::prepare(dir, dir + QStringLiteral("/Punchclock"),
                                                    QStringLiteral("punchclock.sqlite"));
        QCOMPARE(path, dir + QStringLiteral("/punchclock.sqlite"));
        QCOMPARE(mode(dir), kOwnerFolder);
        LocalStore store(path);
        QVERIFY(store.isOpen());
        QVERIFY(store.setMeta(QStringLiteral("probe"), QStringLiteral("x")));
        for (const QString &file : LocalStore::filesOf(path)) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(mode(file), kOwnerOnly);
        }
    }

    void existingFilesAndFolderAreTightenedOnOpen()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("Punchclock"));
        const QString path = dir + QStringLiteral("/punchclock.sqlite");
        writeWalOnly(tmp.filePath(QStringLiteral("src.sqlite")), QStringLiteral("old"), path);
        const QFileDevice::Permissions worldReadable =
            kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(dir, kOwnerFolder | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                               QFileDevice::ReadOther | QFileDevice::ExeOther));
        for (const QString &file : LocalStore::filesOf(path))
            QVERIFY(QFile::setPermissions(file, worldReadable));
        QCOMPARE(mode(path), worldReadable);

        QCOMPARE(StoreLocation::prepare(dir, dir + QStringLiteral("/Punchclock"),
                                        QStringLiteral("punchclock.sqlite")),
                 path);
        QCOMPARE(mode(dir), kOwnerFolder);
        LocalStore store(path);
        QVERIFY(store.isOpen());
        QCOMPARE(store.meta(QStringLiteral("probe")), QStringLiteral("old"));
        for (const QString &file : LocalStore::filesOf(path))
            QCOMPARE(mode(file), kOwnerOnly);
    }

    void anOldDatabaseIsMovedWithItsWal()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("Punchclock"));
        const QString legacyDir = dir + QStringLiteral("/Punchclock");
        const QString legacy = legacyDir + QStringLiteral("/punchclock.sqlite");
        writeWalOnly(tmp.filePath(QStringLiteral("src.sqlite")), QStringLiteral("unsent change"), legacy);
        // The value is only in the -wal: the file alone does not have it.
        const QString fileOnly = tmp.filePath(QStringLiteral("fileonly.sqlite"));
        QVERIFY(QFile::copy(legacy, fileOnly));
        QCOMPARE(probeOf(fileOnly), QString());

        const QString path = StoreLocation::prepare(dir, legacyDir, QStringLiteral("punchclock.sqlite"));
        QCOMPARE(path, dir + QStringLiteral("/punchclock.sqlite"));
        for (const QString &file : LocalStore::filesOf(legacy))
            QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
        QVERIFY(!QFileInfo::exists(legacyDir)); // the empty old folder is gone
        QCOMPARE(probeOf(path), QStringLiteral("unsent change"));
        QCOMPARE(mode(dir), kOwnerFolder);
        QCOMPARE(mode(path), kOwnerOnly);
    }

    void aDatabaseInTheNewFolderWins()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("Punchclock"));
        const QString legacyDir = dir + QStringLiteral("/Punchclock");
        const QString legacy = legacyDir + QStringLiteral("/punchclock.sqlite");
        const QString path = dir + QStringLiteral("/punchclock.sqlite");
        writeWalOnly(tmp.filePath(QStringLiteral("old.sqlite")), QStringLiteral("old"), legacy);
        writeWalOnly(tmp.filePath(QStringLiteral("new.sqlite")), QStringLiteral("new"), path);

        QCOMPARE(StoreLocation::prepare(dir, legacyDir, QStringLiteral("punchclock.sqlite")), path);
        QCOMPARE(probeOf(path), QStringLiteral("new"));
        QCOMPARE(probeOf(legacy), QStringLiteral("old")); // left as it was, not lost
        QCOMPARE(mode(legacyDir), kOwnerFolder);
    }

    void anotherInstancesDatabaseStaysInTheOldFolder()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("Punchclock"));
        const QString legacyDir = dir + QStringLiteral("/Punchclock");
        writeWalOnly(tmp.filePath(QStringLiteral("a.sqlite")), QStringLiteral("a"),
                     legacyDir + QStringLiteral("/punchclock.sqlite"));
        writeWalOnly(tmp.filePath(QStringLiteral("b.sqlite")), QStringLiteral("b"),
                     legacyDir + QStringLiteral("/punchclock-b.sqlite"));

        const QString path = StoreLocation::prepare(dir, legacyDir, QStringLiteral("punchclock.sqlite"));
        QCOMPARE(probeOf(path), QStringLiteral("a"));
        QVERIFY(
            QFileInfo::exists(legacyDir + QStringLiteral("/punchclock-b.sqlite"))); // its own start moves it
        QCOMPARE(probeOf(StoreLocation::prepare(dir, legacyDir, QStringLiteral("punchclock-b.sqlite"))),
                 QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TstStoreLocation)
#include "tst_storelocation.moc"
