// SPDX-License-Identifier: GPL-3.0-or-later
// FocusSetup: where the Focus key and organization come from (environment/CLI, the keychain entry of
// the signed-in account) and what Settings does with new ones, against the in-process sandbox.
// The keychain cases need a Secret Service (scripts/test.sh provides one) and skip without it.
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/api/FocusApi.h"
#include "app/api/TrackApi.h"
#include "app/credentials/CredentialStore.h"
#include "app/models/FocusTaskModel.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusSetup.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

class TestFocusSetup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serverForTrackServer();
    void overridesConfigureAndLoad();
    void applyWithoutAccountIsForThisSessionOnly();
    void emptyKeyDisablesFocus();
    void savedKeyIsUsedAfterSignIn();
    void environmentWinsOverSaved();
    void applyStoresKeyInKeychainAndOrganizationInSettings();
    void signOutForgetsTheSavedKey();

private:
    bool keychainAvailable();
    StoredAccount saveAccount(const QString &focusKey, const QString &organization);
    AccountSecrets readSecrets(const StoredAccount &account);
    void waitForTasks();

    QTemporaryDir m_config;
    QString m_service = QStringLiteral("punchclock-test-focus-%1").arg(QCoreApplication::applicationPid());
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QSettings> m_timerSettings;
    ApiTransport *m_transport = nullptr;
    CredentialStore *m_store = nullptr;
    FocusSession *m_session = nullptr;
    FocusSetup *m_setup = nullptr;
    std::optional<bool> m_keychain;
};

void TestFocusSetup::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_focussetup"));
}

void TestFocusSetup::init()
{
    StoredAccount::clear();
    m_server = startSandbox();
    m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Write the report")}});
    m_timerSettings =
        std::make_unique<QSettings>(m_config.filePath(QStringLiteral("timer.ini")), QSettings::IniFormat);
    m_transport = new ApiTransport(this);
    m_store = new CredentialStore(m_service, this);
    m_session = new FocusSession(m_transport, m_timerSettings.get(), nullptr, this);
    m_setup = new FocusSetup(m_session, m_store, this);
    m_setup->setServer(m_server->baseUrl());
}

void TestFocusSetup::cleanup()
{
    if (StoredAccount::load().isValid()) {
        std::optional<KeychainStatus> removed;
        m_store->remove(StoredAccount::load(), nullptr, [&](KeychainStatus s) { removed = s; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
    }
    delete m_setup;
    delete m_session;
    delete m_store;
    delete m_transport;
    m_timerSettings.reset();
    m_server.reset();
}

bool TestFocusSetup::keychainAvailable()
{
    if (!m_keychain) {
        std::optional<KeychainStatus> probed;
        m_store->probe(nullptr, [&](KeychainStatus s) { probed = s; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(probed.has_value(), 30000); }();
        m_keychain = probed && probed->ok();
    }
    return *m_keychain;
}

StoredAccount TestFocusSetup::saveAccount(const QString &focusKey, const QString &organization)
{
    StoredAccount account;
    account.server = m_server->baseUrl();
    account.email = QStringLiteral("ada@example.com");
    account.name = QStringLiteral("Ada");
    account.focusOrganizationId = organization;
    std::optional<KeychainStatus> saved;
    m_store->save(account, AccountSecrets{m_server->token(), focusKey}, nullptr,
                  [&](KeychainStatus s) { saved = s; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000); }();
    if (!saved || !saved->ok())
        qFatal("could not save the test account: %s", saved ? qPrintable(saved->message) : "timeout");
    return account;
}

AccountSecrets TestFocusSetup::readSecrets(const StoredAccount &account)
{
    std::optional<KeychainStatus> got;
    AccountSecrets secrets;
    m_store->readSecrets(account.keychainKey(), nullptr, [&](KeychainStatus s, AccountSecrets a) {
        got = s;
        secrets = a;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000); }();
    return secrets;
}

void TestFocusSetup::waitForTasks()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_session->tasks()->rowCount() > 0, 10000);
}

void TestFocusSetup::serverForTrackServer()
{
    QCOMPARE(FocusSetup::serverFor(TrackApi::defaultBaseUrl()), FocusApi::defaultBaseUrl());
    QCOMPARE(FocusSetup::serverFor(QUrl()), FocusApi::defaultBaseUrl());
    // A Toggl-compatible server (the sandbox) serves Focus on the same root.
    QCOMPARE(FocusSetup::serverFor(QUrl(QStringLiteral("http://127.0.0.1:4242"))),
             QUrl(QStringLiteral("http://127.0.0.1:4242")));
}

void TestFocusSetup::overridesConfigureAndLoad()
{
    QVERIFY(!m_session->isConfigured());
    m_setup->setOverrides(m_server->focusKey(), m_server->focusOrganizationId());
    QVERIFY(m_session->isConfigured());
    QCOMPARE(m_session->baseUrl(), m_server->baseUrl());
    QCOMPARE(m_setup->apiKey(), m_server->focusKey());
    waitForTasks();
}

void TestFocusSetup::applyWithoutAccountIsForThisSessionOnly()
{
    QVERIFY(!m_setup->canStore());
    QSignalSpy saved(m_setup, &FocusSetup::saved);
    QSignalSpy changed(m_session, &FocusSession::configurationChanged);
    m_setup->apply(QStringLiteral("  %1 ").arg(m_server->focusKey()), m_server->focusOrganizationId());
    QVERIFY(m_session->isConfigured()); // at once, before any keychain answer
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_setup->apiKey(), m_server->focusKey()); // trimmed
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.first().at(0).toBool(), false);
    QVERIFY2(saved.first().at(1).toString().contains(QLatin1String("used until Punchclock quits")),
             qPrintable(saved.first().at(1).toString()));
    waitForTasks();
}

void TestFocusSetup::emptyKeyDisablesFocus()
{
    m_setup->setOverrides(m_server->focusKey(), m_server->focusOrganizationId());
    waitForTasks();
    QSignalSpy changed(m_session, &FocusSession::configurationChanged);
    m_setup->apply(QString(), m_server->focusOrganizationId());
    QVERIFY(!m_session->isConfigured());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_session->tasks()->rowCount(), 0); // the old account's tasks go
    const int requests = static_cast<int>(m_server->requests().size());
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), requests); // and nothing is asked any more
}

void TestFocusSetup::savedKeyIsUsedAfterSignIn()
{
    if (!keychainAvailable())
        QSKIP("no Secret Service: run through scripts/test.sh");
    const StoredAccount account =
        saveAccount(m_server->focusKey(), QString::number(m_server->focusOrganizationId()));
    m_setup->setOverrides({}, 0);
    QVERIFY(!m_session->isConfigured());
    m_setup->useAccount(account); // what main.cpp does once signed in
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConfigured(), 30000);
    QCOMPARE(m_setup->apiKey(), m_server->focusKey());
    QCOMPARE(m_setup->organizationId(), m_server->focusOrganizationId());
    QVERIFY(m_setup->canStore());
    waitForTasks();
}

void TestFocusSetup::environmentWinsOverSaved()
{
    if (!keychainAvailable())
        QSKIP("no Secret Service: run through scripts/test.sh");
    // A stale saved key; the environment's key wins, the saved organization fills the gap.
    const StoredAccount account =
        saveAccount(QStringLiteral("stale-key"), QString::number(m_server->focusOrganizationId()));
    m_setup->setOverrides(m_server->focusKey(), 0);
    m_setup->useAccount(account);
    QTRY_COMPARE_WITH_TIMEOUT(m_setup->organizationId(), m_server->focusOrganizationId(), 30000);
    QCOMPARE(m_setup->apiKey(), m_server->focusKey());
    waitForTasks();
}

void TestFocusSetup::applyStoresKeyInKeychainAndOrganizationInSettings()
{
    if (!keychainAvailable())
        QSKIP("no Secret Service: run through scripts/test.sh");
    const StoredAccount account = saveAccount({}, {});
    m_setup->useAccount(account);
    QSignalSpy saved(m_setup, &FocusSetup::saved);
    m_setup->apply(m_server->focusKey(), m_server->focusOrganizationId());
    QVERIFY(m_session->isConfigured());
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().at(0).toBool(), true);
    waitForTasks();

    const AccountSecrets secrets = readSecrets(account);
    QCOMPARE(secrets.focusApiKey, m_server->focusKey());
    QCOMPARE(secrets.trackToken, m_server->token()); // the Track token is kept
    QCOMPARE(StoredAccount::load().focusOrganizationId, QString::number(m_server->focusOrganizationId()));
    QCOMPARE(StoredAccount::load().email, account.email);

    // Never on disk in plain text.
    QSettings().sync();
    QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(m_server->focusKey().toUtf8()), qPrintable(f.fileName()));
    }

    // Clearing the key removes it from the keychain entry, and Focus is off.
    saved.clear();
    m_setup->apply(QString(), m_server->focusOrganizationId());
    QVERIFY(!m_session->isConfigured());
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().at(0).toBool(), true);
    QCOMPARE(readSecrets(account).focusApiKey, QString());
    QCOMPARE(readSecrets(account).trackToken, m_server->token());
}

void TestFocusSetup::signOutForgetsTheSavedKey()
{
    if (!keychainAvailable())
        QSKIP("no Secret Service: run through scripts/test.sh");
    const StoredAccount account =
        saveAccount(m_server->focusKey(), QString::number(m_server->focusOrganizationId()));
    m_setup->useAccount(account);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConfigured(), 30000);
    m_setup->forgetAccount();
    QVERIFY(!m_session->isConfigured());
    QVERIFY(!m_setup->canStore());
    QCOMPARE(m_setup->apiKey(), QString());
}

QTEST_GUILESS_MAIN(TestFocusSetup)
#include "tst_focussetup.moc"
