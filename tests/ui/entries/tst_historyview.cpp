// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18 in the window: the end of the entries list reads the next older week (the footer's
// button, scrolling past the end, Down on the last row), with a busy indicator and failures in the
// error banner; View → Go to Date… (Ctrl+G) reads a day's week and shows that day. Against the
// sandbox.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCalendarWidget>
#include <QElapsedTimer>
#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "app/models/DayGroupModel.h"
#include "app/session/HistoryLoader.h"
#include "app/track/TrackTime.h"
#include "tests/support/Child.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/entries/EntriesView.h"
#include "ui/entries/GoToDateDialog.h"
#include "ui/entries/HistoryFooter.h"
#include "ui/main/MainWindow.h"

using namespace punchclock;

class TestHistoryView : public QObject
{
    Q_OBJECT

    // A stopped entry at 10:00 local time, `daysAgo` days ago.
    static qint64 addDay(SessionFixture &f, const QString &description, int daysAgo)
    {
        const QDateTime start(QDate::currentDate().addDays(-daysAgo), QTime(10, 0));
        return f.server->insertTimeEntry({{QStringLiteral("description"), description},
                                          {QStringLiteral("start"), TrackTime::format(start.toUTC())},
                                          {QStringLiteral("duration"), 1800}});
    }

    static int historyReads(const sandbox::SandboxServer &server)
    {
        int n = 0;
        for (const sandbox::RecordedRequest &r : server.requests()) {
            if ((r.method == "GET" && r.query.contains(QLatin1String("start_date="))) ||
                (r.method == "POST" && r.path.contains(QLatin1String("/reports/api/v3/"))))
                ++n;
        }
        return n;
    }

    static bool waitIdle(TrackSession *session)
    {
        QElapsedTimer t;
        t.start();
        while (session->history()->isBusy() && t.elapsed() < 10000)
            QTest::qWait(10);
        return !session->history()->isBusy();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theFooterLoadsTheWeekBefore()
    {
        SessionFixture f;
        addDay(f, QStringLiteral("today"), 0);
        WindowFixture fixture(f.session.get());
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(f.signIn());
        auto *footer = child<HistoryFooter>(&window, "historyFooter");
        auto *button = child<QPushButton>(&window, "loadEarlierButton");
        auto *busy = child<QProgressBar>(&window, "historyBusy");
        QVERIFY(footer->isVisible());
        QVERIFY(button->isEnabled());
        QVERIFY(!busy->isVisible());
        const QDate week = f.session->history()->nextEarlierWeek();
        QVERIFY(!f.session->history()->isLoaded(week));

        f.server->clearRequests();
        f.server->faults().latencyMs = 200;
        QSignalSpy loaded(f.session->history(), &HistoryLoader::weekLoaded);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(busy->isVisible(), 2000); // while the week is on its way
        QVERIFY(!button->isEnabled());
        QVERIFY(child<QLabel>(&window, "historyStatus")
                    ->text()
                    .contains(QLocale().toString(week, QLocale::LongFormat)));
        QVERIFY(loaded.wait(5000));
        QTRY_VERIFY(!busy->isVisible());
        QVERIFY(button->isEnabled());
        QCOMPARE(historyReads(*f.server), 1);
        QVERIFY(f.session->history()->isLoaded(week));
        QCOMPARE(f.session->history()->nextEarlierWeek(), week.addDays(-7));

        // The View menu's action reads the next one.
        f.server->faults().latencyMs = 0;
        window.findChild<QAction *>(QStringLiteral("loadEarlierAction"))->trigger();
        QVERIFY(waitIdle(f.session.get()));
        QCOMPARE(historyReads(*f.server), 2);
        QVERIFY(f.session->history()->isLoaded(week.addDays(-7)));
    }

    void aFailureGoesToTheBannerAndRetryReadsIt()
    {
        SessionFixture f;
        addDay(f, QStringLiteral("today"), 0);
        WindowFixture fixture(f.session.get());
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(f.signIn());
        const QDate week = f.session->history()->nextEarlierWeek();
        f.server->faults().failureRate = 1.0;
        QSignalSpy failed(f.session->history(), &HistoryLoader::loadFailed);
        QTest::mouseClick(child<QPushButton>(&window, "loadEarlierButton"), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        auto *banner = child<QFrame>(&window, "errorBanner");
        QVERIFY(banner->isVisible());
        const QString text = child<QLabel>(&window, "errorLabel")->text();
        QVERIFY2(text.contains(QLocale().toString(week, QLocale::LongFormat)), qPrintable(text));
        QVERIFY(!child<QProgressBar>(&window, "historyBusy")->isVisible());
        // A background refresh does not hide it: that week is still not read.
        f.server->faults().failureRate = 0.0;
        QVERIFY(f.refresh());
        QVERIFY(banner->isVisible());

        QSignalSpy loaded(f.session->history(), &HistoryLoader::weekLoaded);
        QTest::mouseClick(child<QPushButton>(&window, "retryButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(5000));
        QVERIFY(f.session->history()->isLoaded(week));
        QTRY_VERIFY(!banner->isVisible());
    }

    void scrollingPastTheEndOrDownOnTheLastRowLoads()
    {
        SessionFixture f;
        for (int day = 0; day < 8; ++day) {
            for (int i = 0; i < 6; ++i)
                addDay(f, QStringLiteral("entry %1-%2").arg(day).arg(i), day);
        }
        WindowFixture fixture(f.session.get());
        MainWindow &window = fixture.window;
        window.resize(900, 500);
        window.show();
        QVERIFY(f.signIn());
        auto *view = child<EntriesView>(&window, "entriesView");
        QAbstractItemModelTester days(view->dayModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shown(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reached(view, &EntriesView::reachedEnd);
        QSignalSpy started(f.session->history(), &HistoryLoader::loadStarted);
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd); // not at the end yet
        QCOMPARE(reached.size(), 0);
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        QCOMPARE(reached.size(), 1);
        QCOMPARE(started.size(), 1);
        QVERIFY(waitIdle(f.session.get()));

        // The keyboard: Down on the last entry of the last day.
        view->setFocus();
        QAbstractItemModel *model = view->model();
        const QModelIndex lastDay = model->index(model->rowCount() - 1, 0);
        const QModelIndex lastEntry = model->index(model->rowCount(lastDay) - 1, 0, lastDay);
        view->setCurrentIndex(model->index(model->rowCount(lastDay) - 2, 0, lastDay));
        QTest::keyClick(view, Qt::Key_Down); // onto the last entry: nothing yet
        QCOMPARE(view->currentIndex(), lastEntry);
        QCOMPARE(reached.size(), 1);
        QTest::keyClick(view, Qt::Key_Down); // past it
        QCOMPARE(reached.size(), 2);
        QCOMPARE(started.size(), 2);
        QVERIFY(waitIdle(f.session.get()));
    }

    void goToDateReadsTheWeekAndShowsTheDay()
    {
        SessionFixture f;
        addDay(f, QStringLiteral("today"), 0);
        // A Wednesday about six weeks back, and the Monday of its week.
        const QDate target = HistoryLoader::weekOf(QDate::currentDate().addDays(-40)).addDays(2);
        const int daysAgo = int(target.daysTo(QDate::currentDate()));
        const qint64 old = addDay(f, QStringLiteral("that Wednesday"), daysAgo);
        addDay(f, QStringLiteral("that Monday"), daysAgo + 2);
        WindowFixture fixture(f.session.get());
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(f.signIn());
        f.server->clearRequests();
        auto *entries = child<EntriesView>(&window, "entriesView");
        QAbstractItemModelTester days(entries->dayModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shown(entries->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto *goTo = window.findChild<QAction *>(QStringLiteral("goToDateAction"));
        QCOMPARE(goTo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
        goTo->trigger();
        auto *dialog = window.findChild<GoToDateDialog *>(QStringLiteral("goToDateDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->calendar()->accessibleName().isEmpty());
        dialog->setDate(target);
        dialog->accept();
        auto *view = child<EntriesView>(&window, "entriesView");
        QTRY_VERIFY_WITH_TIMEOUT(!view->selectedEntries().isEmpty(), 10000);
        QCOMPARE(historyReads(*f.server), 1); // the list holds only the last nine days
        const QList<TimeEntry> selected = view->selectedEntries();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().id, old);
        QCOMPARE(view->currentIndex().parent().data(DayGroupModel::DayRole).toDate(), target);

        // A day without entries: the nearest older day is shown.
        QVERIFY(!view->goToDay(target.addDays(-1)));
        QCOMPARE(view->selectedEntries().first().description,
                 std::optional<QString>(QStringLiteral("that Monday")));
    }

    void everyNewControlHasAnAccessibleName()
    {
        SessionFixture f;
        WindowFixture fixture(f.session.get());
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(f.signIn());
        for (QWidget *w : {static_cast<QWidget *>(child<HistoryFooter>(&window, "historyFooter")),
                           static_cast<QWidget *>(child<QPushButton>(&window, "loadEarlierButton")),
                           static_cast<QWidget *>(child<QProgressBar>(&window, "historyBusy")),
                           static_cast<QWidget *>(child<QLabel>(&window, "historyStatus"))})
            QVERIFY2(!w->accessibleName().isEmpty(), w->objectName().toUtf8().constData());
        // Tab from the entries reaches the button.
        QVERIFY(child<QPushButton>(&window, "loadEarlierButton")->focusPolicy() & Qt::TabFocus);
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
