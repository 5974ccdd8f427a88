// SPDX-License-Identifier: GPL-3.0-or-later
// FocusConnectionTest (Settings → Toggl Focus → Test connection) against the in-process sandbox:
// every verdict the user can get, each with the sentence that says what to fix.
#include "tests/support/FastRetries.h"
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/api/FocusConnectionTest.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace punchclock;
using Outcome = FocusConnectionTest::Outcome;

Q_DECLARE_METATYPE(punchclock::FocusConnectionTest::Result)

class TestFocusConnectionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void successNamesOrganizationWorkspaceAndTasks();
    void wrongKeyIsRefused();
    void wrongOrganizationIsForbidden();
    void serverDownIsUnreachable();
    void hangingServerTimesOut();
    void serverErrorIsReportedWithoutRetries();
    void malformedAnswerIsNotFocus();
    void missingKeyOrOrganizationSendsNothing();
    void plainHttpToAnotherHostSendsNothing();
    void cancelDropsTheAnswer();

private:
    FocusConnectionTest::Result run(const QUrl &server, const QString &key, qint64 organization);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    ApiTransport *m_transport = nullptr;
    FocusConnectionTest *m_test = nullptr;
};

void TestFocusConnectionTest::initTestCase()
{
    qRegisterMetaType<FocusConnectionTest::Result>();
}

void TestFocusConnectionTest::init()
{
    m_server = startSandbox();
    m_transport = new ApiTransport(this);
    m_transport->setRetryPolicy(fastRetries(50));
    m_test = new FocusConnectionTest(m_transport, this);
}

void TestFocusConnectionTest::cleanup()
{
    delete m_test;
    delete m_transport;
    m_server.reset();
}

FocusConnectionTest::Result TestFocusConnectionTest::run(const QUrl &server, const QString &key,
                                                         qint64 organization)
{
    QSignalSpy finished(m_test, &FocusConnectionTest::finished);
    m_test->start(server, key, organization);
    if (!m_test->isRunning())
        qFatal("the test must be running until it answers");
    if (!finished.wait(20000))
        qFatal("no verdict within 20 s");
    if (finished.size() != 1)
        qFatal("more than one verdict");
    if (m_test->isRunning())
        qFatal("still running after the verdict");
    return finished.first().first().value<FocusConnectionTest::Result>();
}

void TestFocusConnectionTest::successNamesOrganizationWorkspaceAndTasks()
{
    m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("One")}});
    m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Two")}});
    const qint64 tasks = m_server->focusTasks().size();
    QSignalSpy steps(m_test, &FocusConnectionTest::stepChanged);

    const auto r = run(m_server->baseUrl(), m_server->focusKey(), m_server->focusOrganizationId());
    QCOMPARE(r.outcome, Outcome::Connected);
    QVERIFY(r.ok());
    QCOMPARE(r.workspaceId, m_server->focusWorkspaceId());
    QCOMPARE(r.taskCount, tasks);
    QCOMPARE(r.message, QStringLiteral("Connected: organization %1, workspace %2. Tasks: %3.")
                            .arg(m_server->focusOrganizationId())
                            .arg(m_server->focusWorkspaceId())
                            .arg(tasks));
    QCOMPARE(steps.size(), 2); // the key, then the organization

    // Two cheap requests, the key only in the header.
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].path, QStringLiteral("/api/users/me/settings"));
    QCOMPARE(requests[1].path, QStringLiteral("/api/organizations/%1/workspaces/%2/tasks")
                                   .arg(m_server->focusOrganizationId())
                                   .arg(m_server->focusWorkspaceId()));
    QVERIFY(requests[1].query.contains(QLatin1String("per_page=1")));
    for (const auto &request : requests) {
        QCOMPARE(request.authorization, "Bearer " + m_server->focusKey().toUtf8());
        QVERIFY(!request.path.contains(m_server->focusKey()));
        QVERIFY(!request.query.contains(m_server->focusKey()));
    }
}

void TestFocusConnectionTest::wrongKeyIsRefused()
{
    const auto r = run(m_server->baseUrl(), QStringLiteral("not-the-key"), m_server->focusOrganizationId());
    QCOMPARE(r.outcome, Outcome::KeyRefused);
    QVERIFY2(r.message.startsWith(QLatin1String("The Focus API key was refused")), qPrintable(r.message));
    QVERIFY(!r.message.contains(QLatin1String("not-the-key")));
    QCOMPARE(m_server->requests().size(), 1); // no organization check with a refused key
}

void TestFocusConnectionTest::wrongOrganizationIsForbidden()
{
    const qint64 wrong = m_server->focusOrganizationId() + 41;
    const auto r = run(m_server->baseUrl(), m_server->focusKey(), wrong);
    QCOMPARE(r.outcome, Outcome::OrganizationForbidden);
    QVERIFY2(r.message.contains(QStringLiteral("no access to organization %1").arg(wrong)),
             qPrintable(r.message));
    QVERIFY(r.message.contains(QLatin1String("Check the organization ID")));
    QCOMPARE(r.workspaceId, m_server->focusWorkspaceId()); // the key itself worked
}

void TestFocusConnectionTest::serverDownIsUnreachable()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl closed(QStringLiteral("http://127.0.0.1"));
    closed.setPort(port);

    const auto r = run(closed, m_server->focusKey(), 1);
    QCOMPARE(r.outcome, Outcome::Unreachable);
    QVERIFY2(r.message.startsWith(QStringLiteral("Cannot reach http://127.0.0.1:%1").arg(port)),
             qPrintable(r.message));
}

void TestFocusConnectionTest::hangingServerTimesOut()
{
    m_transport->setTransferTimeout(std::chrono::milliseconds(300));
    m_server->faults().hangRequests = 1;
    const auto r = run(m_server->baseUrl(), m_server->focusKey(), m_server->focusOrganizationId());
    QCOMPARE(r.outcome, Outcome::TimedOut);
    QVERIFY2(r.message.contains(QLatin1String("did not answer in time")), qPrintable(r.message));
}

void TestFocusConnectionTest::serverErrorIsReportedWithoutRetries()
{
    m_server->faults().failureRate = 1.0;
    const auto r = run(m_server->baseUrl(), m_server->focusKey(), m_server->focusOrganizationId());
    QCOMPARE(r.outcome, Outcome::ServerError);
    QCOMPARE(r.message, QStringLiteral("The Focus server had an error (HTTP 500). Try again later."));
    QCOMPARE(m_server->requests().size(), 1); // the user is waiting: no retries
}

void TestFocusConnectionTest::malformedAnswerIsNotFocus()
{
    m_server->faults().malformedBodies = 1;
    const auto r = run(m_server->baseUrl(), m_server->focusKey(), m_server->focusOrganizationId());
    QCOMPARE(r.outcome, Outcome::NotFocusServer);
    QVERIFY2(r.message.contains(QLatin1String("not like Toggl Focus: check the server address")),
             qPrintable(r.message));
}

void TestFocusConnectionTest::missingKeyOrOrganizationSendsNothing()
{
    auto r = run(m_server->baseUrl(), QStringLiteral("  "), m_server->focusOrganizationId());
    QCOMPARE(r.outcome, Outcome::MissingKey);
    QCOMPARE(r.message, QStringLiteral("Enter your Focus API key first."));
    r = run(m_server->baseUrl(), m_server->focusKey(), 0);
    QCOMPARE(r.outcome, Outcome::MissingOrganization);
    QVERIFY(r.message.startsWith(QLatin1String("Enter the organization ID first")));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestFocusConnectionTest::plainHttpToAnotherHostSendsNothing()
{
    const auto r = run(QUrl(QStringLiteral("http://focus.example.com")), m_server->focusKey(), 1);
    QCOMPARE(r.outcome, Outcome::InsecureServer);
    QVERIFY2(r.message.contains(QLatin1String("only https")), qPrintable(r.message));
}

void TestFocusConnectionTest::cancelDropsTheAnswer()
{
    m_server->faults().latencyMs = 200;
    QSignalSpy finished(m_test, &FocusConnectionTest::finished);
    m_test->start(m_server->baseUrl(), m_server->focusKey(), m_server->focusOrganizationId());
    QVERIFY(m_test->isRunning());
    m_test->cancel();
    QVERIFY(!m_test->isRunning());
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);

    // A new test after a cancelled one answers normally.
    m_server->faults().latencyMs = 0;
    const auto r = run(m_server->baseUrl(), m_server->focusKey(), m_server->focusOrganizationId());
    QCOMPARE(r.outcome, Outcome::Connected);
}

QTEST_GUILESS_MAIN(TestFocusConnectionTest)
#include "tst_focusconnectiontest.moc"
