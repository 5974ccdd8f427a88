// SPDX-License-Identifier: GPL-3.0-or-later
// The whole sign-in flow in-process, with the real Secret Service (scripts/test.sh) and a
// throw-away HOME: first start asks and saves, a restart reads the keychain without asking, a
// token revoked during use re-prompts without touching the loaded state, sign out deletes,
// PUNCHCLOCK_TOKEN stores nothing. At the end, no file under HOME and no log line holds the token
// or the password.
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/credentials/CredentialStore.h"
#include "app/session/TrackSession.h"
#include "ui/signin/SignInDialog.h"
#include "ui/signin/SignInFlow.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QMainWindow>
#include <QMutex>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

namespace {
const QString kToken = QStringLiteral("f1o2w3token0000aaaabbbbccccdddd");
const QString kPassword = QStringLiteral("hunter2-but-longer");
QTemporaryDir *g_home = nullptr;
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_testlibHandler = nullptr;

// Keeps every log line for the final check, and passes it on to Qt Test's own handler.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_testlibHandler)
        g_testlibHandler(type, context, message);
}
} // namespace

// One app instance: what main.cpp builds.
struct Instance
{
    ApiTransport transport;
    TrackApi api{&transport};
    TrackSession session{&api};
    CredentialStore store;
    StartupSignIn startup{&api, &store};
    QMainWindow window;
    SignInFlow flow{&session, &startup, &window};

    explicit Instance() { window.show(); }
};

class TestSignInFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstStartAsksThenSaves();
    void restartReadsTheKeychainWithoutAsking();
    void revokedTokenDuringUseReprompts();
    void signOutDeletesAndAsks();
    void environmentTokenStoresNothing();
    void noSecretInAnyFileOrLog();

private:
    StartupSignIn::Options options() const;
    KeychainStatus loadSaved(AccountSecrets *secrets = nullptr);
    static QLineEdit *edit(SignInDialog *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QLatin1String(name));
    }

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

StartupSignIn::Options TestSignInFlow::options() const
{
    StartupSignIn::Options o;
    o.server = m_sandbox->baseUrl();
    return o;
}

KeychainStatus TestSignInFlow::loadSaved(AccountSecrets *secrets)
{
    CredentialStore store;
    std::optional<KeychainStatus> got;
    store.load(nullptr, [&](KeychainStatus s, StoredAccount, AccountSecrets sec) {
        got = s;
        if (secrets)
            *secrets = sec;
    });
    (void)QTest::qWaitFor([&] { return got.has_value(); }, 30000);
    return got.value_or(KeychainStatus{KeychainStatus::Kind::Failed, QStringLiteral("timeout")});
}

void TestSignInFlow::initTestCase()
{
    g_testlibHandler = qInstallMessageHandler(captureMessage); // Qt Test installed its own in qExec
    sandbox::SandboxServer::Options o;
    o.token = kToken;
    o.email = QStringLiteral("grace@example.com");
    o.password = kPassword;
    o.seedDemo = true;
    m_sandbox = startSandbox(o);

    CredentialStore store;
    std::optional<KeychainStatus> probed;
    store.probe(nullptr, [&](KeychainStatus s) { probed = s; });
    QTRY_VERIFY_WITH_TIMEOUT(probed.has_value(), 30000);
    if (!probed->ok())
        QSKIP("no Secret Service: run through scripts/test.sh");
    StoredAccount::clear();
}

void TestSignInFlow::firstStartAsksThenSaves()
{
    Instance app;
    QSignalSpy quit(&app.flow, &SignInFlow::quitRequested);
    QVERIFY(!app.flow.start(options()));
    QTRY_VERIFY(app.flow.dialog() && app.flow.dialog()->isVisible());
    SignInDialog *dialog = app.flow.dialog();
    QVERIFY(!dialog->isSessionOnly());

    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("passwordMode")), Qt::LeftButton);
    QTest::keyClicks(edit(dialog, "emailEdit"), QStringLiteral("grace@example.com"));
    QTest::keyClicks(edit(dialog, "passwordEdit"), kPassword);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(app.session.isSignedIn(), 20000);
    QCOMPARE(app.api.credentials(), Credentials::apiToken(kToken)); // the password was exchanged
    QTRY_VERIFY(app.session.entries()->rowCount() > 0);
    QVERIFY(app.flow.signOutAction()->isEnabled());
    QCOMPARE(quit.count(), 0);

    AccountSecrets secrets;
    QTRY_VERIFY_WITH_TIMEOUT(loadSaved(&secrets).ok(), 20000);
    QCOMPARE(secrets.trackToken, kToken);
    QCOMPARE(StoredAccount::load().email, QStringLiteral("grace@example.com"));
    QCOMPARE(StoredAccount::load().server, m_sandbox->baseUrl());
}

void TestSignInFlow::restartReadsTheKeychainWithoutAsking()
{
    Instance app;
    StartupSignIn::Options noServer; // the saved account's server is used
    QVERIFY(!app.flow.start(noServer));
    QVERIFY(!app.session.isSignedIn()); // the window is up; the keychain answers later
    QTRY_VERIFY_WITH_TIMEOUT(app.session.isSignedIn(), 20000);
    QVERIFY(!app.flow.dialog());
    QCOMPARE(app.api.credentials(), Credentials::apiToken(kToken));
    QCOMPARE(app.api.baseUrl(), m_sandbox->baseUrl());
}

void TestSignInFlow::revokedTokenDuringUseReprompts()
{
    Instance app;
    QVERIFY(!app.flow.start(options()));
    QTRY_VERIFY_WITH_TIMEOUT(app.session.isSignedIn(), 20000);
    QTRY_VERIFY(app.session.entries()->rowCount() > 0);
    const int rows = app.session.entries()->rowCount();

    // The token is revoked: the next call answers 403.
    app.api.setCredentials(Credentials::apiToken(QStringLiteral("revoked0000000000000000000000000")));
    app.session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(app.flow.dialog() && app.flow.dialog()->isVisible(), 20000);
    SignInDialog *dialog = app.flow.dialog();
    QCOMPARE(app.session.entries()->rowCount(), rows); // nothing loaded is lost meanwhile
    QVERIFY(app.session.isSignedIn());

    QLineEdit *token = edit(dialog, "tokenEdit");
    token->setFocus();
    QTest::keyClicks(token, kToken);
    QTest::keyClick(token, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!app.flow.dialog(), 20000);
    QCOMPARE(app.api.credentials(), Credentials::apiToken(kToken));
    QTRY_COMPARE(app.session.entries()->rowCount(), rows);
}

void TestSignInFlow::signOutDeletesAndAsks()
{
    Instance app;
    QSignalSpy quit(&app.flow, &SignInFlow::quitRequested);
    QVERIFY(!app.flow.start(options()));
    QTRY_VERIFY_WITH_TIMEOUT(app.session.isSignedIn(), 20000);
    QTRY_VERIFY(app.flow.signOutAction()->isEnabled());

    app.flow.signOutAction()->trigger();
    QTRY_VERIFY(app.flow.dialog() && app.flow.dialog()->isVisible());
    QVERIFY(app.api.credentials().isEmpty());
    QCOMPARE(app.session.entries()->rowCount(), 0);
    QVERIFY(!StoredAccount::load().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(loadSaved().kind, KeychainStatus::Kind::NotFound, 20000);
    CredentialStore store;
    std::optional<KeychainStatus> got;
    StoredAccount account{m_sandbox->baseUrl(), QStringLiteral("grace@example.com"), {}, {}};
    store.readSecrets(account.keychainKey(), nullptr, [&](KeychainStatus s, AccountSecrets) { got = s; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QCOMPARE(got->kind, KeychainStatus::Kind::NotFound);

    app.flow.dialog()->reject();
    QTRY_COMPARE(quit.count(), 1);
}

void TestSignInFlow::environmentTokenStoresNothing()
{
    Instance app;
    StartupSignIn::Options o = options();
    o.environmentToken = kToken;
    QVERIFY(!app.flow.start(o));
    QTRY_VERIFY_WITH_TIMEOUT(app.session.isSignedIn(), 20000);
    QVERIFY(!app.flow.dialog());
    QVERIFY(!app.flow.startup()->canRemember());
    QTest::qWait(200);
    QVERIFY(!StoredAccount::load().isValid());
    QCOMPARE(loadSaved().kind, KeychainStatus::Kind::NotFound);
}

void TestSignInFlow::noSecretInAnyFileOrLog()
{
    int files = 0;
    QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray data = f.readAll();
        QVERIFY2(!data.contains(kToken.toUtf8()), qPrintable(f.fileName()));
        QVERIFY2(!data.contains(kPassword.toUtf8()), qPrintable(f.fileName()));
        QVERIFY2(!data.contains(kToken.toUtf8().toBase64()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0); // at least the settings file was written
    QMutexLocker lock(&g_logMutex);
    QVERIFY(g_log.size() > 10); // debug logging was on, so the check below means something
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(kToken), "a log line holds the token");
        QVERIFY2(!line.contains(kPassword), "a log line holds the password");
    }
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    g_home = &home;
    qputenv("HOME", home.path().toUtf8());
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = home.path() + QLatin1Char('/') + QString::fromLatin1(var).toLower();
        QDir().mkpath(dir);
        qputenv(var, dir.toUtf8());
    }
    qputenv("QT_LOGGING_RULES", "*.debug=true;qt.*.debug=false");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Punchclock"));
    QApplication::setApplicationName(QStringLiteral("Punchclock"));
    TestSignInFlow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_signinflow.moc"
