// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against the real Secret Service (scripts/test.sh provides an unlocked
// gnome-keyring in a throw-away HOME). Skips when no keychain answers.
#include "app/credentials/CredentialStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void storeReadBackAfterRestartAndSignOut();
    void loadWithoutSavedAccountIsNotFound();
    void secretsNeverInSettings();

private:
    KeychainStatus waitStatus(const std::function<void(CredentialStore::StatusCallback)> &start);
    QTemporaryDir m_config;
    QString m_service = QStringLiteral("punchclock-test-%1").arg(QCoreApplication::applicationPid());
};

KeychainStatus
TestCredentialStore::waitStatus(const std::function<void(CredentialStore::StatusCallback)> &start)
{
    std::optional<KeychainStatus> got;
    start([&](KeychainStatus s) { got = s; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000); }();
    return got.value_or(KeychainStatus{KeychainStatus::Kind::Failed, QStringLiteral("timeout")});
}

void TestCredentialStore::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentialstore"));

    CredentialStore store(m_service);
    const KeychainStatus status = waitStatus([&](auto done) { store.probe(nullptr, done); });
    if (status.kind == KeychainStatus::Kind::Unavailable)
        QSKIP("no Secret Service: run through scripts/test.sh (see the test's header)");
    QVERIFY2(status.ok(), qPrintable(status.message));
    QCOMPARE(store.keychainAvailable(), std::optional<bool>(true));
}

void TestCredentialStore::storeReadBackAfterRestartAndSignOut()
{
    StoredAccount account;
    account.server = QUrl(QStringLiteral("https://track.example.com"));
    account.email = QStringLiteral("ada@example.com");
    account.name = QStringLiteral("Ada");
    account.focusOrganizationId = QStringLiteral("org-42");
    AccountSecrets secrets{QStringLiteral("tok-%1").arg(QCoreApplication::applicationPid()),
                           QStringLiteral("focus-key-1")};

    {
        CredentialStore store(m_service);
        bool calledInside = true;
        std::optional<KeychainStatus> got;
        store.save(account, secrets, nullptr, [&](KeychainStatus s) { got = s; });
        calledInside = got.has_value();
        QVERIFY(!calledInside);
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY2(got->ok(), qPrintable(got->message));
    }

    // As after a restart: a fresh store, reading the account from QSettings and the secrets back.
    {
        CredentialStore store(m_service);
        std::optional<KeychainStatus> got;
        StoredAccount loaded;
        AccountSecrets loadedSecrets;
        store.load(nullptr, [&](KeychainStatus s, StoredAccount a, AccountSecrets sec) {
            got = s;
            loaded = a;
            loadedSecrets = sec;
        });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY2(got->ok(), qPrintable(got->message));
        QCOMPARE(loaded, account);
        QCOMPARE(loadedSecrets, secrets);

        // Sign out deletes both halves.
        const KeychainStatus removed = waitStatus([&](auto done) { store.remove(loaded, nullptr, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QVERIFY(!StoredAccount::load().isValid());
    }

    {
        CredentialStore store(m_service);
        std::optional<KeychainStatus> got;
        store.readSecrets(account.keychainKey(), nullptr, [&](KeychainStatus s, AccountSecrets) { got = s; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QCOMPARE(got->kind, KeychainStatus::Kind::NotFound);
    }
}

void TestCredentialStore::loadWithoutSavedAccountIsNotFound()
{
    StoredAccount::clear();
    CredentialStore store(m_service);
    std::optional<KeychainStatus> got;
    store.load(nullptr, [&](KeychainStatus s, StoredAccount, AccountSecrets) { got = s; });
    QVERIFY(!got.has_value()); // never inside the call
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->kind, KeychainStatus::Kind::NotFound);
}

void TestCredentialStore::secretsNeverInSettings()
{
    StoredAccount account{
        QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("b@example.com"), {}, {}};
    const QString token = QStringLiteral("needle-token-%1").arg(QCoreApplication::applicationPid());
    CredentialStore store(m_service);
    const KeychainStatus saved = waitStatus([&](auto done) {
        store.save(account, AccountSecrets{token, QStringLiteral("needle-focus-key")}, nullptr, done);
    });
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QVERIFY(StoredAccount::load().isValid());

    QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY2(!data.contains(token.toUtf8()), qPrintable(f.fileName()));
        QVERIFY2(!data.contains("needle-focus-key"), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0); // the settings file exists, with the account's non-secret part
    QVERIFY(waitStatus([&](auto done) { store.remove(account, nullptr, done); }).ok());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
