// SPDX-License-Identifier: GPL-3.0-or-later
// The Add/Edit entry dialog, the window's states (error banner, empty, loading) and the saved
// window state, driven like a person would against the sandbox.
#include <QAction>
#include <QCheckBox>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include "tests/support/Child.h"
#include "tests/support/EntryRows.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/common/ProjectPicker.h"
#include "ui/entries/EntriesView.h"
#include "ui/entries/EntryDialog.h"
#include "ui/entries/TimeOfDayEdit.h"
#include "ui/main/MainWindow.h"
#include "ui/timer/TagsEdit.h"

using namespace punchclock;

class TestEntryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addEntry();
    void editDuration();
    void stopBeforeStartKeepsOkDisabled();
    void typedTimes();
    void errorBannerAndRetry();
    void emptyState();
    void windowStateRoundTrip();
    void everyNewControlHasAnAccessibleName();

private:
    static EntryDialog *openAdd(MainWindow &window)
    {
        window.findChild<QAction *>(QStringLiteral("addEntryAction"))->trigger();
        return window.findChild<EntryDialog *>();
    }
    static QDateTime wholeSeconds(const QDateTime &t) { return t.addMSecs(-t.time().msec()); }
    // The server's entry with this description; empty while it has none.
    static QJsonObject entryDescribed(const sandbox::SandboxServer &server, const QString &description)
    {
        for (const auto &v : server.timeEntries()) {
            if (v.toObject().value(QStringLiteral("description")).toString() == description)
                return v.toObject();
        }
        return {};
    }
};

void TestEntryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEntryDialog::init()
{
    QSettings().clear();
}

void TestEntryDialog::addEntry()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    EntryDialog *dialog = openAdd(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "entryDescription"), QStringLiteral("Added by hand"));
    const QDateTime start = wholeSeconds(QDateTime::currentDateTime().addSecs(-3 * 3600));
    child<TimeOfDayEdit>(dialog, "entryStart")->setDateTime(start);
    child<TimeOfDayEdit>(dialog, "entryStop")->setDateTime(start.addSecs(45 * 60));
    QCOMPARE(child<QLineEdit>(dialog, "entryDuration")->text(), QStringLiteral("0:45:00"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QJsonObject added;
    QTRY_VERIFY_WITH_TIMEOUT(!(added = entryDescribed(*f.server, QStringLiteral("Added by hand"))).isEmpty(),
                             5000);
    QCOMPARE(added.value(QStringLiteral("duration")).toInteger(), 45 * 60);
    QVERIFY(!added.value(QStringLiteral("stop")).isNull());
    QCOMPARE(QDateTime::fromString(added.value(QStringLiteral("start")).toString(), Qt::ISODate),
             start.toUTC());
    QCOMPARE(QDateTime::fromString(added.value(QStringLiteral("stop")).toString(), Qt::ISODate),
             start.addSecs(45 * 60).toUTC());
    QVERIFY(f.server->countRequests("POST", QStringLiteral("/time_entries")) >= 1);
}

void TestEntryDialog::editDuration()
{
    SessionFixture f;
    const qint64 id = f.addEntry(QStringLiteral("Edit me"), 3, 10);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    EntriesView *view = child<EntriesView>(&window, "entriesView");
    const QModelIndex target = entryInFirstDay(view->model(), id);
    QVERIFY(target.isValid());
    view->selectionModel()->select(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(view->editAction()->isEnabled());
    view->editAction()->trigger();
    auto *dialog = window.findChild<EntryDialog *>();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "entryDescription")->text(), QStringLiteral("Edit me"));
    const QDateTime start = child<TimeOfDayEdit>(dialog, "entryStart")->dateTime();
    QCOMPARE(child<TimeOfDayEdit>(dialog, "entryStop")->dateTime(), start.addSecs(10 * 60));

    child<QLineEdit>(dialog, "entryDuration")->selectAll();
    QTest::keyClicks(child<QLineEdit>(dialog, "entryDuration"), QStringLiteral("1h 30m"));
    QCOMPARE(child<TimeOfDayEdit>(dialog, "entryStop")->dateTime(),
             start.addSecs(5400)); // editing the duration moves stop
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger(), 5400,
                              5000);
    const QJsonObject saved = f.server->timeEntry(id);
    QCOMPARE(QDateTime::fromString(saved.value(QStringLiteral("stop")).toString(), Qt::ISODate),
             start.addSecs(5400).toUTC());
    QCOMPARE(f.server->countRequests("PUT", QStringLiteral("/time_entries/%1").arg(id)), 1);
}

void TestEntryDialog::stopBeforeStartKeepsOkDisabled()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    const int before = static_cast<int>(f.server->timeEntries().size());
    EntryDialog *dialog = openAdd(window);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "entryDescription"), QStringLiteral("Backwards"));
    const QDateTime start = wholeSeconds(QDateTime::currentDateTime().addSecs(-3600));
    child<TimeOfDayEdit>(dialog, "entryStart")->setDateTime(start);
    child<TimeOfDayEdit>(dialog, "entryStop")->setDateTime(start.addSecs(-600));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->message().isEmpty());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());

    child<TimeOfDayEdit>(dialog, "entryStop")->setDateTime(start.addSecs(600));
    QVERIFY(dialog->okButton()->isEnabled());
    child<QLineEdit>(dialog, "entryDuration")->selectAll();
    QTest::keyClicks(child<QLineEdit>(dialog, "entryDuration"), QStringLiteral("soon"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->message().isEmpty());

    dialog->reject();
    QTest::qWait(300);
    QCOMPARE(static_cast<int>(f.server->timeEntries().size()), before);
    QCOMPARE(f.server->countRequests("POST"), 0);
    QCOMPARE(f.session->pendingChangeCount(), 0);
}

// Issue #17, item 5: start and stop are typed like people say them, on the entry's day; a wrong
// one keeps OK disabled with the reason shown and loses nothing.
void TestEntryDialog::typedTimes()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    EntryDialog *dialog = openAdd(window);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "entryDescription"), QStringLiteral("Typed times"));
    TimeOfDayEdit *start = child<TimeOfDayEdit>(dialog, "entryStart");
    TimeOfDayEdit *stop = child<TimeOfDayEdit>(dialog, "entryStop");
    const QDate day = start->dateTime().date();
    QVERIFY2(start->text().startsWith(day.toString(Qt::ISODate)), qPrintable(start->text())); // the day shows

    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("9"));
    QCOMPARE(start->dateTime(), QDateTime(day, QTime(9, 0)));
    stop->selectAll();
    QTest::keyClicks(stop, QStringLiteral("1:20pm"));
    QCOMPARE(stop->dateTime(), QDateTime(day, QTime(13, 20)));
    QCOMPARE(child<QLineEdit>(dialog, "entryDuration")->text(), QStringLiteral("4:20:00"));
    QVERIFY(dialog->okButton()->isEnabled());

    stop->selectAll();
    QTest::keyClicks(stop, QStringLiteral("25:99"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->message().contains(QStringLiteral("Not a time")), qPrintable(dialog->message()));
    QCOMPARE(stop->text(), QStringLiteral("25:99")); // nothing lost
    stop->selectAll();
    QTest::keyClicks(stop, QStringLiteral("13:20"));
    QCOMPARE(stop->dateTime(), QDateTime(day, QTime(13, 20)));
    QVERIFY(dialog->okButton()->isEnabled());

    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("abc"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->message().startsWith(QStringLiteral("Start:")), qPrintable(dialog->message()));
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("8am"));
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog, "entryDuration")->text(), QStringLiteral("5:20:00"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QJsonObject added;
    QTRY_VERIFY_WITH_TIMEOUT(!(added = entryDescribed(*f.server, QStringLiteral("Typed times"))).isEmpty(),
                             5000);
    QCOMPARE(QDateTime::fromString(added.value(QStringLiteral("start")).toString(), Qt::ISODate),
             QDateTime(day, QTime(8, 0)).toUTC());
    QCOMPARE(QDateTime::fromString(added.value(QStringLiteral("stop")).toString(), Qt::ISODate),
             QDateTime(day, QTime(13, 20)).toUTC());
}

void TestEntryDialog::errorBannerAndRetry()
{
    SessionFixture f;
    RetryPolicy noRetries;
    noRetries.maxRetries = 0;
    f.transport.setRetryPolicy(noRetries);
    f.addEntry(QStringLiteral("Still shown"), 2, 10);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    QVERIFY(!child<QFrame>(&window, "errorBanner")->isVisible());

    f.server->faults().failureRate = 1.0;
    QSignalSpy failed(f.session.get(), &TrackSession::errorOccurred);
    f.session->refresh();
    QVERIFY(failed.wait(5000));
    QVERIFY(child<QFrame>(&window, "errorBanner")->isVisible());
    QVERIFY(!child<QLabel>(&window, "errorLabel")->text().isEmpty());
    QCOMPARE(child<QStackedWidget>(&window, "entriesStack")->currentWidget(),
             child<EntriesView>(&window, "entriesView")); // the last data stays
    QCOMPARE(f.session->entries()->rowCount(), 1);

    f.server->faults().failureRate = 0.0;
    QSignalSpy refreshed(f.session.get(), &TrackSession::refreshed);
    QTest::mouseClick(child<QPushButton>(&window, "retryButton"), Qt::LeftButton);
    QVERIFY(refreshed.wait(5000));
    QVERIFY(!child<QFrame>(&window, "errorBanner")->isVisible());
    QCOMPARE(f.session->entries()->rowCount(), 1);
}

void TestEntryDialog::emptyState()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QCOMPARE(child<QStackedWidget>(&window, "entriesStack")->currentWidget(),
             child<QLabel>(&window, "entriesStateLabel"));
    QCOMPARE(child<QLabel>(&window, "entriesStateLabel")->text(), QStringLiteral("Loading entries…"));
    QVERIFY(f.signIn());
    QCOMPARE(child<QStackedWidget>(&window, "entriesStack")->currentWidget(),
             child<QLabel>(&window, "entriesStateLabel"));
    QCOMPARE(child<QLabel>(&window, "entriesStateLabel")->text(),
             QStringLiteral("No entries yet — start the timer"));

    f.addEntry(QStringLiteral("First"), 1, 5);
    QVERIFY(f.refresh());
    QCOMPARE(child<QStackedWidget>(&window, "entriesStack")->currentWidget(),
             child<EntriesView>(&window, "entriesView"));
}

void TestEntryDialog::windowStateRoundTrip()
{
    SessionFixture f;
    int projectWidth = 0;
    QSize size;
    {
        WindowFixture windowFixture(f.session.get());
        MainWindow &window = windowFixture.window;
        window.show();
        // Inside the screen: Qt 6.8's restoreGeometry() shrinks a window as wide or tall as the
        // screen's available area (the offscreen platform's screen is only 800x600).
        const QSize available = window.screen()->availableGeometry().size();
        window.resize(qMin(1000, available.width() - 60), qMin(640, available.height() - 60));
        QTest::qWait(50);
        size = window.size();
        QVERIFY(size.width() < available.width() - 2 && size.height() < available.height() - 2);
        QHeaderView *header = child<EntriesView>(&window, "entriesView")->header();
        projectWidth = header->sectionSize(TimeEntryModel::Project) + 37;
        header->resizeSection(TimeEntryModel::Project, projectWidth);
        child<QLineEdit>(&window, "entriesFilter")->setText(QStringLiteral("report"));
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("window/entriesHeader")));
    WindowFixture againFixture(f.session.get());
    MainWindow &again = againFixture.window;
    QCOMPARE(child<EntriesView>(&again, "entriesView")->header()->sectionSize(TimeEntryModel::Project),
             projectWidth);
    QCOMPARE(child<QLineEdit>(&again, "entriesFilter")->text(), QStringLiteral("report"));
    QCOMPARE(again.size(), size);
}

void TestEntryDialog::everyNewControlHasAnAccessibleName()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    EntryDialog *dialog = openAdd(window);
    QVERIFY(dialog);
    QList<QWidget *> controls{
        child<QLineEdit>(dialog, "entryDescription"), child<ProjectPicker>(dialog, "entryProject"),
        child<TagsEdit>(dialog, "entryTags"),         child<TimeOfDayEdit>(dialog, "entryStart"),
        child<TimeOfDayEdit>(dialog, "entryStop"),    child<QLineEdit>(dialog, "entryDuration"),
        child<QCheckBox>(dialog, "entryBillable"),    dialog->okButton(),
        child<QFrame>(&window, "errorBanner"),        child<QPushButton>(&window, "retryButton"),
        child<QLabel>(&window, "entriesStateLabel"),  child<QStackedWidget>(&window, "entriesStack")};
    for (QWidget *w : std::as_const(controls))
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    QVERIFY(!child<EntriesView>(&window, "entriesView")->editAction()->text().isEmpty());
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("addEntryAction"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QCOMPARE(child<EntriesView>(&window, "entriesView")->editAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_E));
}

QTEST_MAIN(TestEntryDialog)
#include "tst_entrydialog.moc"
