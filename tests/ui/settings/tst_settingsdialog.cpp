// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Toggl Focus against the in-process sandbox: type a key and an organization, test the
// connection, save, and the running FocusSession uses them at once (its tasks appear).
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/credentials/CredentialStore.h"
#include "app/models/FocusTaskModel.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusSetup.h"
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

namespace {
// The dialogs' widgets, found by object name as a user finds them by label (no test-only getters).
template<class T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}
FocusSettingsSection *section(SettingsDialog *dialog)
{
    return dialog->findChild<FocusSettingsSection *>(QStringLiteral("focusSettings"));
}
QTabWidget *tabs(SettingsDialog *dialog)
{
    return dialog->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
}
QPushButton *okButton(SettingsDialog *dialog)
{
    return child<QDialogButtonBox>(dialog, "settingsButtons")->button(QDialogButtonBox::Ok);
}
} // namespace

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
    void focusTabOnlyWithAFocusSetup();
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
    FocusSettingsSection *focus = section(m_dialog);
    focus->keyEdit()->clear();
    child<QLineEdit>(focus, "focusOrganizationEdit")->clear();
    QTest::keyClicks(focus->keyEdit(), key);
    QTest::keyClicks(child<QLineEdit>(focus, "focusOrganizationEdit"), organization);
}

void TestSettingsDialog::testConnectionShowsProgressThenSuccess()
{
    FocusSettingsSection *focus = section(m_dialog);
    QVERIFY(focus);
    QCOMPARE(tabs(m_dialog)->currentWidget(), focus);
    QVERIFY(focus->keyEdit()->hasFocus()); // opened at the Focus section, ready to type
    m_server->faults().latencyMs = 150;    // long enough to see the progress
    type(m_server->focusKey(), QString::number(m_server->focusOrganizationId()));

    child<QPushButton>(focus, "focusTestButton")->setFocus();
    QTest::keyClick(child<QPushButton>(focus, "focusTestButton"),
                    Qt::Key_Space); // keyboard, not only the mouse
    QVERIFY(!child<QPushButton>(focus, "focusTestButton")->isEnabled());
    QCOMPARE(child<QPushButton>(focus, "focusTestButton")->text(), QStringLiteral("Testing…"));
    QCOMPARE(child<QLabel>(focus, "focusStatusLabel")->text(), QStringLiteral("Checking the API key…"));

    const QString expected = QStringLiteral("Connected: organization %1, workspace %2. Tasks: %3.")
                                 .arg(m_server->focusOrganizationId())
                                 .arg(m_server->focusWorkspaceId())
                                 .arg(m_server->focusTasks().size());
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(focus, "focusStatusLabel")->text(), expected, 10000);
    QVERIFY(child<QPushButton>(focus, "focusTestButton")->isEnabled());
    QVERIFY(child<QPushButton>(focus, "focusTestButton")->hasFocus()); // back where the keyboard user was
    QVERIFY(!m_session->isConfigured());                               // a test changes nothing
}

void TestSettingsDialog::testConnectionSaysTheKeyWasRefused()
{
    FocusSettingsSection *focus = section(m_dialog);
    type(QStringLiteral("wrong-key"), QString::number(m_server->focusOrganizationId()));
    QTest::mouseClick(child<QPushButton>(focus, "focusTestButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(focus, "focusStatusLabel")
                                 ->text()
                                 .startsWith(QLatin1String("The Focus API key was refused")),
                             10000);
    QCOMPARE(child<QLabel>(focus, "focusStatusLabel")->property("error").toBool(), true);

    type(m_server->focusKey(), QStringLiteral("99"));
    QVERIFY(child<QLabel>(focus, "focusStatusLabel")
                ->text()
                .isEmpty()); // an old verdict goes when the input changes
    QTest::mouseClick(child<QPushButton>(focus, "focusTestButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(focus, "focusStatusLabel")
                                 ->text()
                                 .contains(QLatin1String("no access to organization 99")),
                             10000);
}

void TestSettingsDialog::saveConfiguresTheRunningFocusSession()
{
    FocusSettingsSection *focus = section(m_dialog);
    type(m_server->focusKey(), QString::number(m_server->focusOrganizationId()));
    QTest::mouseClick(child<QPushButton>(focus, "focusTestButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(focus, "focusStatusLabel")->text().startsWith(QLatin1String("Connected:")), 10000);

    QVERIFY(!m_session->isConfigured());
    QTest::mouseClick(okButton(m_dialog), Qt::LeftButton);
    QVERIFY(m_session->isConfigured()); // at once
    QTRY_VERIFY_WITH_TIMEOUT(m_session->tasks()->rowCount() > 0, 10000);
    QCOMPARE(m_session->tasks()->index(0, FocusTaskModel::NameColumn).data().toString(),
             QStringLiteral("Write the report"));

    // No saved sign-in here (as with PUNCHCLOCK_TOKEN): the dialog stays open and says so.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(focus, "focusStatusLabel")
                                 ->text()
                                 .contains(QLatin1String("used until Punchclock quits")),
                             10000);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(okButton(m_dialog)->isEnabled());
    QTest::mouseClick(okButton(m_dialog), Qt::LeftButton);
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
    QTest::mouseClick(okButton(m_dialog), Qt::LeftButton);
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
    QCOMPARE(section(&dialog)->keyEdit()->text(), m_server->focusKey()); // filled from what runs
    QCOMPARE(child<QLineEdit>(section(&dialog), "focusOrganizationEdit")->text(),
             QString::number(m_server->focusOrganizationId()));
    section(&dialog)->keyEdit()->clear();
    dialog.show();
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QVERIFY(!m_session->isConfigured());
    QCOMPARE(m_session->tasks()->rowCount(), 0);
}

void TestSettingsDialog::keyIsHiddenUnlessShownAndOrganizationIsNumeric()
{
    FocusSettingsSection *focus = section(m_dialog);
    QCOMPARE(focus->keyEdit()->echoMode(), QLineEdit::Password);
    child<QCheckBox>(focus, "focusShowKeyCheck")->setFocus();
    QTest::keyClick(child<QCheckBox>(focus, "focusShowKeyCheck"), Qt::Key_Space);
    QCOMPARE(focus->keyEdit()->echoMode(), QLineEdit::Normal);
    QTest::keyClick(child<QCheckBox>(focus, "focusShowKeyCheck"), Qt::Key_Space);
    QCOMPARE(focus->keyEdit()->echoMode(), QLineEdit::Password);

    child<QLineEdit>(focus, "focusOrganizationEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(focus, "focusOrganizationEdit"), QStringLiteral("12ab-3"));
    QCOMPARE(child<QLineEdit>(focus, "focusOrganizationEdit")->text(), QStringLiteral("123"));
}

void TestSettingsDialog::focusTabOnlyWithAFocusSetup()
{
    QMainWindow plain;
    SettingsDialog without(&plain);
    QVERIFY(!section(&without));
    QVERIFY(!tabs(&without));

    // The shell hands the core's FocusSetup to the dialog; nothing is looked up in the window.
    QMainWindow window;
    new FocusSetup(m_session, m_store, &window);
    SettingsDialog unchanged(&window);
    QVERIFY(!section(&unchanged));
    SettingsDialog with(&window, m_setup);
    QVERIFY(section(&with));
    QCOMPARE(tabs(&with)->count(), 2);
}

void TestSettingsDialog::everyControlHasAnAccessibleName()
{
    int checked = 0;
    const QList<QWidget *> widgets = section(m_dialog)->findChildren<QWidget *>();
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
