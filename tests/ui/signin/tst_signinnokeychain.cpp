// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in flow with no keychain at all (the D-Bus session address points at nothing before any
// D-Bus use): the dialog says so and offers this session only; signing in works; nothing is
// written to disk, not even the account's non-secret part.
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/credentials/CredentialStore.h"
#include "app/credentials/StoredAccount.h"
#include "app/session/TrackSession.h"
#include "ui/signin/SignInDialog.h"
#include "ui/signin/SignInFlow.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

namespace {
QTemporaryDir *g_home = nullptr;
}

class TestSignInNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void sessionOnlySignIn();
};

void TestSignInNoKeychain::sessionOnlySignIn()
{
    const QString token = QStringLiteral("nokeychain0000000000000000000000");
    sandbox::SandboxServer::Options options;
    options.token = token;
    auto sandbox = startSandbox(options);

    ApiTransport transport;
    TrackApi api(&transport);
    TrackSession session(&api);
    CredentialStore store;
    StartupSignIn startup(&api, &store);
    QMainWindow window;
    window.show();
    SignInFlow flow(&session, &startup, &window);
    StartupSignIn::Options start;
    start.server = sandbox->baseUrl();
    QVERIFY(!flow.start(start));

    QTRY_VERIFY_WITH_TIMEOUT(flow.dialog() && flow.dialog()->isVisible(), 20000);
    SignInDialog *dialog = flow.dialog();
    QVERIFY(dialog->isSessionOnly());
    auto *notice = dialog->findChild<QLabel *>(QStringLiteral("keychainNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("No keychain is available")));
    auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signIn->text().contains(QLatin1String("this session only")));

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), token);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 20000);
    QCOMPARE(api.credentials(), Credentials::apiToken(token));
    QVERIFY(!flow.dialog());
    QVERIFY(!flow.startup()->canRemember());
    QTest::qWait(300);
    QVERIFY(!StoredAccount::load().isValid()); // nothing saved, not even the account

    QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
    }

    // Sign out still works (nothing to delete) and asks again.
    flow.signOutAction()->trigger();
    QVERIFY(api.credentials().isEmpty());
    QTRY_VERIFY(flow.dialog() && flow.dialog()->isVisible());
}

int main(int argc, char *argv[])
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/punchclock-no-bus");
    QTemporaryDir home;
    g_home = &home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QLatin1String("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QLatin1String("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QLatin1String("/cache")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Punchclock"));
    QApplication::setApplicationName(QStringLiteral("Punchclock"));
    TestSignInNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_signinnokeychain.moc"
