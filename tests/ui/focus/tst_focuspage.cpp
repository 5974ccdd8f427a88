// SPDX-License-Identifier: GPL-3.0-or-later
// The Focus tab before Focus is set up: "Toggl Focus is not set up" and a button to Settings;
// once a key and an organization are set, the tasks.
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/bulk/FocusBulkEditor.h"
#include "app/models/FocusTaskModel.h"
#include "app/session/FocusSession.h"
#include "tests/support/Child.h"
#include "ui/focus/FocusPage.h"
#include "ui/focus/FocusView.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

class TestFocusPage : public QObject
{
    Q_OBJECT
private slots:
    void notSetUpShowsThePromptThenTheTasks();
};

void TestFocusPage::notSetUpShowsThePromptThenTheTasks()
{
    auto server = startSandbox();
    server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Write the report")}});
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ApiTransport transport;
    FocusSession session(&transport, &settings);
    FocusBulkEditor bulkEditor(session.api()); // AppCore's in the app
    FocusPage page(&session, &bulkEditor);
    page.resize(800, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QWidget *prompt = child<QWidget>(&page, "focusNotSetUp");
    QPushButton *openSettings = child<QPushButton>(&page, "focusSetUpButton");

    QCOMPARE(page.currentWidget(), prompt);
    bool titled = false;
    for (const QLabel *label : prompt->findChildren<QLabel *>())
        titled = titled || label->text() == QLatin1String("Toggl Focus is not set up");
    QVERIFY(titled);
    QVERIFY(!openSettings->accessibleName().isEmpty());

    QSignalSpy requested(&page, &FocusPage::settingsRequested);
    openSettings->setFocus();
    QTest::keyClick(openSettings, Qt::Key_Space);
    QCOMPARE(requested.size(), 1);

    session.configure(server->focusKey(), server->focusOrganizationId(), 0, server->baseUrl());
    QCOMPARE(page.currentWidget(), child<FocusView>(&page, "focusView"));
    session.connectAndLoad();
    QTRY_VERIFY_WITH_TIMEOUT(session.tasks()->rowCount() > 0, 10000);

    session.configure(QString(), server->focusOrganizationId(), 0, server->baseUrl()); // key cleared
    QCOMPARE(page.currentWidget(), prompt);
}

QTEST_MAIN(TestFocusPage)
#include "tst_focuspage.moc"
