// Settings → Toggl Focus against the in-process sandbox: type a key and an organization, test the
// connection, save, and the running FocusSession uses them at once (its tasks appear).
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/credentials/CredentialStore.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusSetup.h"
#include "app/models/FocusTaskModel.h"
#include "ui/settings/FocusSettingsSection.h"
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testConnectionShowsProgressThenSuccess();
    void testConnectionSaysTheKeyWasRefused();
    void saveConfiguresTheRunningFocusSession();
    void saveWithASavedSignInStoresTheKeyAndCloses();
    void clearingTheKeyDisablesFocus();
    void keyIsHiddenUnlessShownAndOrganizationIsNumeric();
    void focusTabOnlyWhenTheWindowHasFocus();
    void everyControlHasAnAccessibleName();

private:
    void type(const QString &key, const QString &organization);

    QTemporaryDir m_config;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QSettings> m_timerSettings;
    ApiTransport *m_transport = nullptr;
    CredentialStore *m_store = nullptr;
    FocusSession *m_session = nullptr;
    FocusSetup *m_setup = nullptr;
    SettingsDialog *m_dialog = nullptr;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
}

void TestSettingsDialog::init()
{
    m_server = startSandbox();
    m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Write the report")}});
    m_timerSettings =
        std::make_unique<QSettings>(m_config.filePath(QStringLiteral("timer.ini")), QSettings::IniFormat);
    m_transport = new ApiTransport(this);
    m_store = new CredentialStore(QStringLiteral("punchclock-test-settings"), this);
    m_session = new FocusSession(m_transport, m_timerSettings.get(), nullptr, this);
    m_setup = new FocusSetup(m_session, m_store, this);
    m_setup->setServer(m_server->baseUrl());
    m_dialog = new SettingsDialog(nullptr, m_setup);
    m_dialog->show();
    m_dialog->showSection(SettingsDialog::Section::Focus);
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestSettingsDialog::cleanup()
{
    delete m_dialog;
    delete m_setup;
    delete m_session;
    delete m_store;
    delete m_transport;
    m_timerSettings.reset();
    m_server.reset();
}

void TestSettingsDialog::type(const QString &key, const QString &organization)
{
    FocusSettingsSection *focus = m_dialog->focusSection();
    focus->keyEdit()->clear();
    focus->organizationEdit()->clear();
    QTest::keyClicks(focus->keyEdit(), key);
    QTest::keyClicks(focus->organizationEdit(), organization);
}

void TestSettingsDialog::testConnectionShowsProgressThenSuccess()
{
    FocusSettingsSection *focus = m_dialog->focusSection();
    QVERIFY(focus);
    QCOMPARE(m_dialog->tabs()->currentWidget(), focus);
    QVERIFY(focus->keyEdit()->hasFocus()); // opened at the Focus section, ready to type
    m_server->faults().latencyMs = 150;    // long enough to see the progress
    type(m_server->focusKey(), QString::number(m_server->focusOrganizationId()));

    focus->testButton()->setFocus();
    QTest::keyClick(focus->testButton(), Qt::Key_Space); // keyboard, not only the mouse
    QVERIFY(!focus->testButton()->isEnabled());
    QCOMPARE(focus->testButton()->text(), QStringLiteral("Testing…"));
    QCOMPARE(focus->statusLabel()->text(), QStringLiteral("Checking the API key…"));

    const QString expected = QStringLiteral("Connected: organization %1, workspace %2. Tasks: %3.")
                                 .arg(m_server->focusOrganizationId())
                                 .arg(m_server->focusWorkspaceId())
                                 .arg(m_server->focusTasks().size());
    QTRY_COMPARE_WITH_TIMEOUT(focus->statusLabel()->text(), expected, 10000);
    QVERIFY(focus->testButton()->isEnabled());
    QVERIFY(focus->testButton()->hasFocus()); // back where the keyboard user was
    QVERIFY(!m_session->isConfigured());      // a test changes nothing
}

void TestSettingsDialog::testConnectionSaysTheKeyWasRefused()
{
    FocusSettingsSection *focus = m_dialog->focusSection();
    type(QStringLiteral("wrong-key"), QString::number(m_server->focusOrganizationId()));
    QTest::mouseClick(focus->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        focus->statusLabel()->text().startsWith(QLatin1String("The Focus API key was refused")), 10000);
    QCOMPARE(focus->statusLabel()->property("error").toBool(), true);

    type(m_server->focusKey(), QStringLiteral("99"));
    QVERIFY(focus->statusLabel()->text().isEmpty()); // an old verdict goes when the input changes
    QTest::mouseClick(focus->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        focus->statusLabel()->text().contains(QLatin1String("no access to organization 99")), 10000);
}

void TestSettingsDialog::saveConfiguresTheRunningFocusSession()
{
    FocusSettingsSection *focus = m_dialog->focusSection();
    type(m_server->focusKey(), QString::number(m_server->focusOrganizationId()));
    QTest::mouseClick(focus->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(focus->statusLabel()->text().startsWith(QLatin1String("Connected:")), 10000);

    QVERIFY(!m_session->isConfigured());
    QTest::mouseClick(m_dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(m_session->isConfigured()); // at once
    QTRY_VERIFY_WITH_TIMEOUT(m_session->tasks()->rowCount() > 0, 10000);
    QCOMPARE(m_session->tasks()->index(0, FocusTaskModel::NameColumn).data().toString(),
             QStringLiteral("Write the report"));

    // No saved sign-in here (as with PUNCHCLOCK_TOKEN): the dialog stays open and says so.
    QTRY_VERIFY_WITH_TIMEOUT(
        focus->statusLabel()->text().contains(QLatin1String("used until Punchclock quits")), 10000);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->buttonBox()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(m_dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible()); // nothing changed since: OK closes
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_setup->apiKey(), m_server->focusKey());
    QCOMPARE(m_setup->organizationId(), m_server->focusOrganizationId());
}

void TestSettingsDialog::saveWithASavedSignInStoresTheKeyAndCloses()
{
    std::optional<KeychainStatus> probed;
    m_store->probe(nullptr, [&](KeychainStatus s) { probed = s; });
    QTRY_VERIFY_WITH_TIMEOUT(probed.has_value(), 30000);
    if (!probed->ok())
        QSKIP("no Secret Service: run through scripts/test.sh");
    StoredAccount account{m_server->baseUrl(), QStringLiteral("ada@example.com"), QStringLiteral("Ada"), {}};
    std::optional<KeychainStatus> status;
    m_store->save(account, AccountSecrets{m_server->token(), {}}, nullptr,
                  [&](KeychainStatus s) { status = s; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 30000);
    QVERIFY2(status->ok(), qPrintable(status->message));
    m_setup->useAccount(account); // signed in with it

    type(m_server->focusKey(), QString::number(m_server->focusOrganizationId()));
    QTest::mouseClick(m_dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(m_session->isConfigured());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 30000); // stored: the dialog closes
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->tasks()->rowCount() > 0, 10000);

    status.reset();
    AccountSecrets read;
    m_store->readSecrets(account.keychainKey(), nullptr, [&](KeychainStatus s, AccountSecrets a) {
        status = s;
        read = a;
    });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 30000);
    QCOMPARE(read.focusApiKey, m_server->focusKey());
    QCOMPARE(StoredAccount::load().focusOrganizationId, QString::number(m_server->focusOrganizationId()));

    status.reset();
    m_store->remove(account, nullptr, [&](KeychainStatus s) { status = s; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 30000);
}

void TestSettingsDialog::clearingTheKeyDisablesFocus()
{
    m_setup->setOverrides(m_server->focusKey(), m_server->focusOrganizationId());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->tasks()->rowCount() > 0, 10000);
    SettingsDialog dialog(nullptr, m_setup);
    QCOMPARE(dialog.focusSection()->keyEdit()->text(), m_server->focusKey()); // filled from what runs
    QCOMPARE(dialog.focusSection()->organizationEdit()->text(),
             QString::number(m_server->focusOrganizationId()));
    dialog.focusSection()->keyEdit()->clear();
    dialog.show();
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!m_session->isConfigured());
    QCOMPARE(m_session->tasks()->rowCount(), 0);
}

void TestSettingsDialog::keyIsHiddenUnlessShownAndOrganizationIsNumeric()
{
    FocusSettingsSection *focus = m_dialog->focusSection();
    QCOMPARE(focus->keyEdit()->echoMode(), QLineEdit::Password);
    focus->showKeyCheck()->setFocus();
    QTest::keyClick(focus->showKeyCheck(), Qt::Key_Space);
    QCOMPARE(focus->keyEdit()->echoMode(), QLineEdit::Normal);
    QTest::keyClick(focus->showKeyCheck(), Qt::Key_Space);
    QCOMPARE(focus->keyEdit()->echoMode(), QLineEdit::Password);

    focus->organizationEdit()->clear();
    QTest::keyClicks(focus->organizationEdit(), QStringLiteral("12ab-3"));
    QCOMPARE(focus->organizationEdit()->text(), QStringLiteral("123"));
}

void TestSettingsDialog::focusTabOnlyWhenTheWindowHasFocus()
{
    QMainWindow plain;
    SettingsDialog without(&plain);
    QVERIFY(!without.focusSection());
    QVERIFY(!without.tabs());

    // main.cpp parents the FocusSetup to the main window; File → Settings… finds it there.
    QMainWindow window;
    new FocusSetup(m_session, m_store, &window);
    SettingsDialog with(&window);
    QVERIFY(with.focusSection());
    QCOMPARE(with.tabs()->count(), 2);
}

void TestSettingsDialog::everyControlHasAnAccessibleName()
{
    int checked = 0;
    const QList<QWidget *> widgets = m_dialog->focusSection()->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const auto *label = qobject_cast<QLabel *>(w);
        if (label && label->buddy())
            continue; // names its buddy
        const bool control = w->inherits("QAbstractButton") || w->inherits("QLineEdit") || label;
        if (!control || w->parentWidget()->inherits("QLineEdit"))
            continue;
        ++checked;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QVERIFY(checked >= 6);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
