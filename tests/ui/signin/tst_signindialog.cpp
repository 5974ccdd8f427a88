// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog against the sandbox: every error path explained, the email/password
// exchange for the API token, keyboard use and accessible names.
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/credentials/SignInVerifier.h"
#include "ui/signin/SignInDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTest>

using namespace punchclock;

class TestSignInDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void wrongTokenIsExplained();
    void plainHttpToAnotherHostIsRefused();
    void unreachableServerIsExplained();
    void serverErrorIsExplained();
    void emailAndPasswordAreExchangedForTheToken();
    void wrongPasswordIsExplained();
    void tokenSignInWithEnter();
    void everyControlHasAnAccessibleName();
    void sessionOnlyModeSaysSo();

private:
    template<class T> T *child(const char *name)
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void typeServer(const QString &url);
    void clickSignInAndWait();

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInDialog::init()
{
    sandbox::SandboxServer::Options options;
    options.token = QStringLiteral("0123456789abcdef0123456789abcdef");
    options.email = QStringLiteral("ada@example.com");
    options.password = QStringLiteral("correct horse battery staple");
    m_sandbox = startSandbox(options);
    m_transport = std::make_unique<ApiTransport>();
    RetryPolicy quick;
    quick.baseDelayMs = 10;
    quick.maxDelayMs = 50;
    m_transport->setRetryPolicy(quick);
    m_dialog = std::make_unique<SignInDialog>(new SignInVerifier(m_transport.get()));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSignInDialog::cleanup()
{
    m_dialog.reset();
    m_transport.reset();
    m_sandbox.reset();
}

void TestSignInDialog::typeServer(const QString &url)
{
    auto *toggle = child<QAbstractButton>("advancedToggle");
    if (!toggle->isChecked())
        QTest::mouseClick(toggle, Qt::LeftButton);
    auto *server = child<QLineEdit>("serverEdit");
    server->clear();
    QTest::keyClicks(server, url);
}

void TestSignInDialog::clickSignInAndWait()
{
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
}

void TestSignInDialog::wrongTokenIsExplained()
{
    typeServer(m_sandbox->baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("ffffffffffffffffffffffffffffffff"));
    clickSignInAndWait();
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(m_dialog->errorText().contains(QLatin1String("rejected this API token")),
             qPrintable(m_dialog->errorText()));
    QVERIFY(m_dialog->errorText().contains(QLatin1String("Profile settings")));
    QVERIFY(child<QLabel>("errorLabel")->isVisible());
    QVERIFY(child<QLineEdit>("tokenEdit")->hasFocus()); // ready to paste the right one
    QCOMPARE(m_sandbox->countRequests("GET", QStringLiteral("/me")), 1);
}

void TestSignInDialog::plainHttpToAnotherHostIsRefused()
{
    typeServer(QStringLiteral("http://track.example.com"));
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), m_sandbox->token());
    clickSignInAndWait();
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(m_dialog->errorText().contains(QLatin1String("not a secure address")),
             qPrintable(m_dialog->errorText()));
    QVERIFY(m_dialog->errorText().contains(QLatin1String("https://")));
    QVERIFY(child<QLineEdit>("serverEdit")->hasFocus());
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestSignInDialog::unreachableServerIsExplained()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    typeServer(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), m_sandbox->token());
    clickSignInAndWait();
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(m_dialog->errorText().contains(QLatin1String("Could not reach 127.0.0.1")),
             qPrintable(m_dialog->errorText()));
}

void TestSignInDialog::serverErrorIsExplained()
{
    m_sandbox->faults().htmlErrors = 100; // 502 with an HTML page, retries included
    typeServer(m_sandbox->baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), m_sandbox->token());
    clickSignInAndWait();
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(m_dialog->errorText().contains(QLatin1String("server error 502")),
             qPrintable(m_dialog->errorText()));
}

void TestSignInDialog::emailAndPasswordAreExchangedForTheToken()
{
    typeServer(m_sandbox->baseUrl().toString());
    QTest::mouseClick(child<QRadioButton>("passwordMode"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("ada@example.com"));
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("correct horse battery staple"));
    QTest::keyClicks(child<QLineEdit>("focusOrganizationEdit"), QStringLiteral("org-7"));
    clickSignInAndWait();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const VerifiedSignIn &signIn = m_dialog->signIn();
    QCOMPARE(signIn.token, m_sandbox->token());
    QCOMPARE(signIn.me.email, QStringLiteral("ada@example.com"));
    QVERIFY(signIn.me.apiToken.isEmpty()); // the token lives in one place only
    QCOMPARE(signIn.server, m_sandbox->baseUrl());
    QCOMPARE(signIn.focusOrganizationId, QStringLiteral("org-7"));
    QVERIFY(child<QLineEdit>("passwordEdit")->text().isEmpty()); // the password is not kept
}

void TestSignInDialog::wrongPasswordIsExplained()
{
    typeServer(m_sandbox->baseUrl().toString());
    QTest::mouseClick(child<QRadioButton>("passwordMode"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("ada@example.com"));
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("wrong"));
    clickSignInAndWait();
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(m_dialog->errorText().contains(QLatin1String("email or password is wrong")),
             qPrintable(m_dialog->errorText()));
    QVERIFY(child<QLineEdit>("passwordEdit")->hasFocus());
}

void TestSignInDialog::tokenSignInWithEnter()
{
    QVERIFY(child<QPushButton>("signInButton")->isDefault());
    typeServer(m_sandbox->baseUrl().toString());
    auto *token = child<QLineEdit>("tokenEdit");
    token->setFocus();
    QTest::keyClicks(token, m_sandbox->token());
    QTest::keyClick(token, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 20000);
    QCOMPARE(m_dialog->signIn().token, m_sandbox->token());
    QVERIFY(token->text().isEmpty());
}

void TestSignInDialog::everyControlHasAnAccessibleName()
{
    QTest::mouseClick(child<QAbstractButton>("advancedToggle"), Qt::LeftButton);
    const auto widgets = m_dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractButton *>(w))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(w->focusPolicy() != Qt::NoFocus, qPrintable(w->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 9);
}

void TestSignInDialog::sessionOnlyModeSaysSo()
{
    m_dialog->setSessionOnly(true, QStringLiteral("No keychain is available"));
    QVERIFY(child<QLabel>("keychainNotice")->isVisible());
    QCOMPARE(child<QPushButton>("signInButton")->text(), QStringLiteral("&Sign in for this session only"));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
