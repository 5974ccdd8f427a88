// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore with no keychain at all: the D-Bus session address points at a socket that does
// not exist, before anything touches D-Bus. Every operation must say Unavailable, and nothing may
// be written (no plain-text fallback, no account in QSettings).
#include "app/credentials/CredentialStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

class TestCredentialStoreNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void probeSaysUnavailable();
    void saveWritesNothing();
    void loadAndRemoveAreHarmless();

private:
    KeychainStatus waitStatus(const std::function<void(CredentialStore::StatusCallback)> &start);
    QTemporaryDir m_config;
};

KeychainStatus
TestCredentialStoreNoKeychain::waitStatus(const std::function<void(CredentialStore::StatusCallback)> &start)
{
    std::optional<KeychainStatus> got;
    start([&](KeychainStatus s) { got = s; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000); }();
    return got.value_or(KeychainStatus{KeychainStatus::Kind::Failed, QStringLiteral("timeout")});
}

void TestCredentialStoreNoKeychain::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentialstore_nokeychain"));
}

void TestCredentialStoreNoKeychain::probeSaysUnavailable()
{
    CredentialStore store;
    const KeychainStatus status = waitStatus([&](auto done) { store.probe(nullptr, done); });
    QCOMPARE(status.kind, KeychainStatus::Kind::Unavailable);
    QCOMPARE(store.keychainAvailable(), std::optional<bool>(false));
}

void TestCredentialStoreNoKeychain::saveWritesNothing()
{
    CredentialStore store;
    StoredAccount account{QUrl(QStringLiteral("https://track.example.com")),
                          QStringLiteral("a@example.com"),
                          QStringLiteral("A"),
                          {}};
    const KeychainStatus status = waitStatus([&](auto done) {
        store.save(account, AccountSecrets{QStringLiteral("never-on-disk"), {}}, nullptr, done);
    });
    QCOMPARE(status.kind, KeychainStatus::Kind::Unavailable);
    QVERIFY(!StoredAccount::load().isValid());

    QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("never-on-disk"), qPrintable(f.fileName()));
    }
}

void TestCredentialStoreNoKeychain::loadAndRemoveAreHarmless()
{
    CredentialStore store;
    std::optional<KeychainStatus> got;
    store.load(nullptr, [&](KeychainStatus s, StoredAccount, AccountSecrets) { got = s; });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->kind, KeychainStatus::Kind::NotFound); // nothing saved, keychain not even asked

    StoredAccount account{
        QUrl(QStringLiteral("https://track.example.com")), QStringLiteral("a@example.com"), {}, {}};
    const KeychainStatus removed = waitStatus([&](auto done) { store.remove(account, nullptr, done); });
    QCOMPARE(removed.kind, KeychainStatus::Kind::Unavailable);
}

int main(int argc, char *argv[])
{
    // Before any D-Bus use: a session bus that does not exist, so no Secret Service either.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/punchclock-no-bus");
    QCoreApplication app(argc, argv);
    TestCredentialStoreNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_credentialstore_nokeychain.moc"
