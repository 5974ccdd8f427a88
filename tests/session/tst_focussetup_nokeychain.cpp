// SPDX-License-Identifier: GPL-3.0-or-later
// FocusSetup with no keychain at all (the D-Bus session address points at a socket that does not
// exist): Settings still switches Focus on at once, says the key is kept for this session only,
// and writes the key nowhere.
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
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

class TestFocusSetupNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void applyKeepsTheKeyForThisSessionOnly();
};

void TestFocusSetupNoKeychain::applyKeepsTheKeyForThisSessionOnly()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_focussetup_nokeychain"));

    auto server = startSandbox();
    server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Write the report")}});
    // The account a sign-in would have saved (only its QSettings half can exist here).
    StoredAccount account{server->baseUrl(), QStringLiteral("ada@example.com"), QStringLiteral("Ada"), {}};
    account.save();

    QSettings timerSettings(config.filePath(QStringLiteral("timer.ini")), QSettings::IniFormat);
    ApiTransport transport;
    CredentialStore store;
    FocusSession session(&transport, &timerSettings);
    FocusSetup setup(&session, &store);
    setup.setServer(server->baseUrl());
    setup.useAccount(account);
    QVERIFY(setup.canStore());

    QSignalSpy saved(&setup, &FocusSetup::saved);
    setup.apply(server->focusKey(), server->focusOrganizationId());
    QVERIFY(session.isConfigured());
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().at(0).toBool(), false);
    QVERIFY2(saved.first().at(1).toString().startsWith(QLatin1String("No keychain is available")),
             qPrintable(saved.first().at(1).toString()));
    QVERIFY(saved.first().at(1).toString().endsWith(
        QLatin1String("the Focus key is used until Punchclock quits.")));
    QTRY_VERIFY_WITH_TIMEOUT(session.tasks()->rowCount() > 0, 10000);

    QSettings().sync();
    QDirIterator it(config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(server->focusKey().toUtf8()), qPrintable(f.fileName()));
    }
}

int main(int argc, char *argv[])
{
    // Before any D-Bus use: a session bus that does not exist, so no Secret Service either.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/punchclock-no-bus");
    QCoreApplication app(argc, argv);
    TestFocusSetupNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_focussetup_nokeychain.moc"
