// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17, items 6, 8 and 10 in the main window: Esc clears the search, a click on a day's header
// selects its entries, screen readers hear the live labels' text, and the error banner's button
// says what it does (Retry after a failed read, Reload after a change the server refused).
#include <QAccessible>
#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "app/models/DayGroupModel.h"
#include "app/models/EntryFilterModel.h"
#include "app/models/TimeEntryModel.h"
#include "tests/support/Child.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/entries/EntriesView.h"
#include "ui/main/MainWindow.h"
#include "ui/timer/TimerBar.h"

using namespace punchclock;

namespace {
int sameDayOffset() // hours between two entries of one local day, away from midnight
{
    return QTime::currentTime().hour() >= 3 ? 1 : -1;
}

QAccessibleInterface *accessible(QWidget *w)
{
    return QAccessible::queryAccessibleInterface(w);
}
} // namespace

class TestMainWindowFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void escapeClearsTheSearchAndGoesBackToTheEntries()
    {
        SessionFixture f;
        f.addEntry(QStringLiteral("Write the report"), 2, 30);
        WindowFixture fixture(f.session.get());
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(f.signIn());
        window.activateWindow();
        child<QLineEdit>(&window, "entriesFilter")->setFocus();
        QTest::keyClicks(child<QLineEdit>(&window, "entriesFilter"), QStringLiteral("nothing like it"));
        QCOMPARE(child<EntriesView>(&window, "entriesView")->model()->rowCount(), 0);
        QTest::keyClick(child<QLineEdit>(&window, "entriesFilter"), Qt::Key_Escape);
        QCOMPARE(child<QLineEdit>(&window, "entriesFilter")->text(), QString());
        QCOMPARE(child<EntriesView>(&window, "entriesView")->model()->rowCount(), 1);
        QTRY_VERIFY(child<EntriesView>(&window, "entriesView")->hasFocus());
    }

    void clickingADayHeaderSelectsItsEntries()
    {
        SessionFixture f;
        f.addEntry(QStringLiteral("today"), 0, 10);
        f.addEntry(QStringLiteral("two days ago a"), 48, 30);
        f.addEntry(QStringLiteral("two days ago b"), 48 + sameDayOffset(), 15);
        WindowFixture fixture(f.session.get());
        MainWindow &window = fixture.window;
        window.bulkEdit(); // turns on "Edit N entries…"
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(f.signIn());
        EntriesView *view = child<EntriesView>(&window, "entriesView");
        QTRY_COMPARE(view->model()->rowCount(), 2);
        const QModelIndex day = view->model()->index(1, TimeEntryModel::Description);
        QVERIFY(day.data(DayGroupModel::IsDayRole).toBool());
        QTRY_VERIFY(view->visualRect(day).isValid());

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(day).center());
        QCOMPARE(view->selectedEntries().size(), 2);
        QVERIFY(view->bulkEditAction()->isEnabled());
        QVERIFY2(view->bulkEditAction()->text().contains(QLatin1String("2")),
                 qPrintable(view->bulkEditAction()->text()));

        // Ctrl adds today's entry; Ctrl on a fully selected day takes it out again.
        const QModelIndex today = view->model()->index(0, TimeEntryModel::Description);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(today).center());
        QCOMPARE(view->selectedEntries().size(), 3);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(day).center());
        QCOMPARE(view->selectedEntries().size(), 1);
        QCOMPARE(view->selectedEntries().constFirst().description.value_or(QString()),
                 QStringLiteral("today"));
    }

    void screenReadersHearTheLiveLabelsText()
    {
        SessionFixture f;
        f.addRunning(QStringLiteral("Deep work"), 5);
        WindowFixture fixture(f.session.get());
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(f.signIn());

        QLabel *elapsed = child<QLabel>(child<TimerBar>(&window, "timerBar"), "timerElapsed");
        QTRY_VERIFY(elapsed->text().startsWith(QLatin1String("0:0")));
        QAccessibleInterface *iface = accessible(elapsed);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Elapsed time"));
        QCOMPARE(iface->text(QAccessible::Value), elapsed->text());
        QCOMPARE(iface->text(QAccessible::Description), elapsed->text());
        const QString before = elapsed->text();
        QTRY_VERIFY_WITH_TIMEOUT(elapsed->text() != before, 3000); // it ticks: so does what is heard
        QCOMPARE(accessible(elapsed)->text(QAccessible::Value), elapsed->text());
        QCOMPARE(accessible(elapsed)->text(QAccessible::Description), elapsed->text());

        // The error banner's message, and the sync state (offline: the server went away).
        f.server->faults().failureRate = 1.0;
        QSignalSpy failed(f.session.get(), &TrackSession::errorOccurred);
        f.session->refresh();
        QVERIFY(failed.wait(30000));
        QLabel *error = child<QLabel>(&window, "errorLabel");
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(accessible(error)->text(QAccessible::Name), QStringLiteral("Error message"));
        QCOMPARE(accessible(error)->text(QAccessible::Value), error->text());
        QCOMPARE(accessible(error)->text(QAccessible::Description), error->text());

        auto *sync = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        QVERIFY(sync);
        f.server->faults().failureRate = 0.0;
        f.server->faults().dropConnections = 1000000;
        TimeEntry edited = *f.session->entries()->entry(0);
        edited.description = QStringLiteral("Deeper work");
        QVERIFY(f.session->entries()->editEntry(edited)); // waits in the outbox
        QTRY_VERIFY_WITH_TIMEOUT(!sync->text().isEmpty(), 30000);
        QCOMPARE(accessible(sync)->text(QAccessible::Name), QStringLiteral("Sync state"));
        QCOMPARE(accessible(sync)->text(QAccessible::Value), sync->text());
        QCOMPARE(accessible(sync)->text(QAccessible::Description), sync->text());
        f.server->faults().dropConnections = 0;
    }

    void aRefusedChangeOffersAReloadThatClearsTheRow()
    {
        SessionFixture f;
        const qint64 id = f.addEntry(QStringLiteral("Report"), 2, 30);
        WindowFixture fixture(f.session.get());
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(f.signIn());
        QVERIFY(child<QFrame>(&window, "errorBanner")->isHidden());

        TimeEntryModel *model = f.session->entries();
        TimeEntry edited = *model->entry(model->rowOf(id));
        edited.projectId = 987654321; // no such project: 400
        QSignalSpy failed(f.session.get(), &TrackSession::errorOccurred);
        QVERIFY(model->editEntry(edited));
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(!child<QFrame>(&window, "errorBanner")->isHidden());
        QVERIFY(!model->index(model->rowOf(id), 0).data(TimeEntryModel::ErrorRole).toString().isEmpty());
        // Retrying the refused change would be refused again: the button says what it does.
        QCOMPARE(child<QPushButton>(&window, "retryButton")->text(), QStringLiteral("&Reload"));
        QVERIFY(child<QLabel>(&window, "errorLabel")->text().contains(QLatin1String("Report")));

        f.server->clearRequests();
        QSignalSpy refreshed(f.session.get(), &TrackSession::refreshed);
        child<QPushButton>(&window, "retryButton")->click();
        QVERIFY(refreshed.wait(5000));
        QTRY_VERIFY(child<QFrame>(&window, "errorBanner")->isHidden());
        QCOMPARE(model->index(model->rowOf(id), 0).data(TimeEntryModel::ErrorRole).toString(), QString());

        // After a failed read the button retries the read.
        f.server->faults().failureRate = 1.0;
        f.session->refresh();
        QVERIFY(failed.wait(30000));
        QCOMPARE(child<QPushButton>(&window, "retryButton")->text(), QStringLiteral("&Retry"));
        f.server->faults().failureRate = 0.0;
        child<QPushButton>(&window, "retryButton")->click();
        QVERIFY(refreshed.wait(5000));
        QTRY_VERIFY(child<QFrame>(&window, "errorBanner")->isHidden());
    }
};

QTEST_MAIN(TestMainWindowFlow)
#include "tst_mainwindowflow.moc"
