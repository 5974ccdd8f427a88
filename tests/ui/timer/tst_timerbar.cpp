// SPDX-License-Identifier: GPL-3.0-or-later
// The timer bar, clicked and typed into like a person would, against the sandbox.
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPaintEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "app/track/TrackTime.h"
#include "tests/support/Child.h"
#include "tests/support/EntryRows.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/common/ProjectPicker.h"
#include "ui/entries/EntriesView.h"
#include "ui/main/MainWindow.h"
#include "ui/timer/TagsEdit.h"
#include "ui/timer/TimerBar.h"

using namespace punchclock;

class TestTimerBar : public QObject
{
    Q_OBJECT

private slots:
    void startAndStop();
    void startWhileAnotherRunsStopsIt();
    void completionFillsProjectAndTags();
    void stopLeavesAFreshForm_data();
    void stopLeavesAFreshForm();
    void renamingTheRunningEntryKeepsIt_data();
    void renamingTheRunningEntryKeepsIt();
    void projectTagsBillableEditTheRunningEntry();
    void keyboardSuggestionFillsWithoutStarting_data();
    void keyboardSuggestionFillsWithoutStarting();
    void deleteWithUndo();
    void everyControlHasAnAccessibleName();
    void tableAndBarTickTogether();

private:
    static QJsonObject runningWith(qint64 id, const sandbox::SandboxServer &server)
    {
        Q_UNUSED(id);
        for (const auto &v : server.timeEntries()) {
            if (v.toObject().value(QStringLiteral("duration")).toInteger() < 0)
                return v.toObject();
        }
        return {};
    }
};

void TestTimerBar::startAndStop()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    TimerBar *bar = child<TimerBar>(&window, "timerBar");
    QCOMPARE(bar->startStopButton()->text(), QStringLiteral("Start"));

    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("Write the report"));
    QTest::mouseClick(bar->startStopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!runningWith(0, *f.server).isEmpty(), 5000);
    const QJsonObject running = runningWith(0, *f.server);
    QCOMPARE(running.value(QStringLiteral("description")).toString(), QStringLiteral("Write the report"));
    QVERIFY(running.value(QStringLiteral("duration")).toInteger() < 0);
    QTRY_COMPARE_WITH_TIMEOUT(bar->startStopButton()->text(), QStringLiteral("Stop"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(bar, "timerElapsed")->text().left(3), QStringLiteral("0:0"),
                              2000);

    const qint64 id = running.value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY(bar->startStopButton()->isEnabled());
    QTest::mouseClick(bar->startStopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger() >= 0,
                             5000);
    QVERIFY(!f.server->timeEntry(id).value(QStringLiteral("stop")).isNull());
    // Sent through the outbox (issue #9) as a PUT carrying the clicked stop time, exact even when sent late.
    QCOMPARE(f.server->countRequests("PUT", QStringLiteral("/time_entries/%1").arg(id)), 1);
    QTRY_COMPARE_WITH_TIMEOUT(bar->startStopButton()->text(), QStringLiteral("Start"), 5000);
    QCOMPARE(child<QLabel>(bar, "timerElapsed")->text(), QStringLiteral("0:00:00"));
}

void TestTimerBar::startWhileAnotherRunsStopsIt()
{
    SessionFixture f;
    const qint64 old = f.addRunning(QStringLiteral("Started on the phone"), 20);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    TimerBar *bar = child<TimerBar>(&window, "timerBar");
    QCOMPARE(bar->startStopButton()->text(), QStringLiteral("Stop"));
    QCOMPARE(bar->descriptionEdit()->text(), QStringLiteral("Started on the phone"));

    // Enter in the bar renames the running entry now (issue 17); starting another entry (the
    // table's Continue, the tray) still stops the running one first.
    TimeEntry other;
    other.description = QStringLiteral("Something else");
    window.timer()->start(other);
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(old).value(QStringLiteral("duration")).toInteger() >= 0,
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(runningWith(0, *f.server).value(QStringLiteral("description")).toString(),
                              QStringLiteral("Something else"), 5000);
    QCOMPARE(f.server->countRequests("PUT", QStringLiteral("/time_entries/%1").arg(old)),
             1); // stopped first, explicitly
    QTRY_COMPARE_WITH_TIMEOUT(window.timer()->running()->description.value_or(QString()),
                              QStringLiteral("Something else"), 5000);
}

void TestTimerBar::completionFillsProjectAndTags()
{
    SessionFixture f;
    const qint64 project = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    f.addEntry(QStringLiteral("Homepage layout"), 3, 40,
               {{QStringLiteral("project_id"), project},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("design")}},
                {QStringLiteral("billable"), true}});
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    TimerBar *bar = child<TimerBar>(&window, "timerBar");
    QCOMPARE(child<ProjectPicker>(bar, "timerProject")->projectId(), 0);

    bar->descriptionEdit()->setFocus();
    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("homep"));
    QCompleter *completer = child<QCompleter>(bar, "timerCompleter");
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Homepage layout"));
    QAbstractItemView *popup = completer->popup();
    const QRect item = popup->visualRect(popup->model()->index(0, 0));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(bar->descriptionEdit()->text(), QStringLiteral("Homepage layout"));
    QCOMPARE(child<ProjectPicker>(bar, "timerProject")->projectId(), project);
    QCOMPARE(child<TagsEdit>(bar, "timerTags")->tags(), QStringList{QStringLiteral("design")});
    QVERIFY(child<QToolButton>(bar, "timerBillable")->isChecked());

    QTest::mouseClick(bar->startStopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!runningWith(0, *f.server).isEmpty(), 5000);
    QCOMPARE(runningWith(0, *f.server).value(QStringLiteral("project_id")).toInteger(), project);
}

namespace {
QStringList tagsOf(const QJsonObject &entry)
{
    QStringList tags;
    for (const auto &t : entry.value(QStringLiteral("tags")).toArray())
        tags.append(t.toString());
    return tags;
}

// Makes the window active, so its Ctrl+Space shortcut reaches it as it reaches a person.
bool activate(QWidget &window)
{
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// The two rows of a test that runs once with `column` true, once false.
void addBoolRows(const char *column, const char *whenTrue, const char *whenFalse)
{
    QTest::addColumn<bool>(column);
    QTest::newRow(whenTrue) << true;
    QTest::newRow(whenFalse) << false;
}
} // namespace

// Issue 17, item 1: stopped with the keyboard or the button, with the description focused or
// not, the bar is an empty form: the next entry gets none of the last one's project, tags, billable.
void TestTimerBar::stopLeavesAFreshForm_data()
{
    addBoolRows("shortcut", "Ctrl+Space in the description", "Stop button, description focused");
}

void TestTimerBar::stopLeavesAFreshForm()
{
    QFETCH(bool, shortcut);
    SessionFixture f;
    const qint64 project = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
    const qint64 old =
        f.server->insertTimeEntry({{QStringLiteral("description"), QStringLiteral("Old work")},
                                   {QStringLiteral("start"), TrackTime::format(start)},
                                   {QStringLiteral("duration"), -1},
                                   {QStringLiteral("project_id"), project},
                                   {QStringLiteral("tags"), QJsonArray{QStringLiteral("design")}},
                                   {QStringLiteral("billable"), true}});
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(activate(window));
    QVERIFY(f.signIn());
    TimerBar *bar = child<TimerBar>(&window, "timerBar");
    QTRY_COMPARE(child<ProjectPicker>(bar, "timerProject")->projectId(), project);
    QCOMPARE(child<TagsEdit>(bar, "timerTags")->tags(), QStringList{QStringLiteral("design")});
    QVERIFY(child<QToolButton>(bar, "timerBillable")->isChecked());

    bar->descriptionEdit()->setFocus();
    QTRY_VERIFY(bar->descriptionEdit()->hasFocus());
    if (shortcut)
        QTest::keyClick(bar->descriptionEdit(), Qt::Key_Space, Qt::ControlModifier);
    else
        bar->startStopButton()->click(); // a click that leaves the focus where it was
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(old).value(QStringLiteral("duration")).toInteger() >= 0,
                             5000);
    QTRY_COMPARE(bar->startStopButton()->text(), QStringLiteral("Start"));
    QCOMPARE(bar->descriptionEdit()->text(), QString());
    QCOMPARE(child<ProjectPicker>(bar, "timerProject")->projectId(), 0);
    QCOMPARE(child<TagsEdit>(bar, "timerTags")->tags(), QStringList());
    QVERIFY(!child<QToolButton>(bar, "timerBillable")->isChecked());

    bar->descriptionEdit()->setFocus();
    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("Next thing"));
    if (shortcut)
        QTest::keyClick(bar->descriptionEdit(), Qt::Key_Space, Qt::ControlModifier);
    else
        QTest::keyClick(bar->descriptionEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!runningWith(0, *f.server).isEmpty(), 5000);
    const QJsonObject next = runningWith(0, *f.server);
    QCOMPARE(next.value(QStringLiteral("description")).toString(), QStringLiteral("Next thing"));
    QVERIFY(next.value(QStringLiteral("project_id")).isNull());
    QCOMPARE(tagsOf(next), QStringList());
    QCOMPARE(next.value(QStringLiteral("billable")).toBool(), false);
}

// Issue 17, item 2: a new description in the bar while running renames that entry (on Enter or
// when the field loses focus): one PUT, no stop, no new entry, and the table shows it at once.
void TestTimerBar::renamingTheRunningEntryKeepsIt_data()
{
    addBoolRows("enter", "Enter", "focus out");
}

void TestTimerBar::renamingTheRunningEntryKeepsIt()
{
    QFETCH(bool, enter);
    SessionFixture f;
    const qint64 id = f.addRunning(QStringLiteral("Started on the phone"), 20);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(activate(window));
    QVERIFY(f.signIn());
    TimerBar *bar = child<TimerBar>(&window, "timerBar");
    QTRY_COMPARE(bar->descriptionEdit()->text(), QStringLiteral("Started on the phone"));

    bar->descriptionEdit()->setFocus();
    QTRY_VERIFY(bar->descriptionEdit()->hasFocus());
    bar->descriptionEdit()->selectAll();
    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("Renamed"));
    if (enter)
        QTest::keyClick(bar->descriptionEdit(), Qt::Key_Return);
    else
        child<TagsEdit>(bar, "timerTags")->setFocus();
    QTRY_VERIFY(!bar->descriptionEdit()->hasFocus() || enter);
    // Shown at once, before the server answers.
    const int row = f.session->entries()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(f.session->entries()->entry(row)->description.value_or(QString()), QStringLiteral("Renamed"));
    QVERIFY(f.session->entries()->entry(row)->isRunning());

    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("description")).toString(),
                              QStringLiteral("Renamed"), 5000);
    QTest::qWait(300); // anything else the bar might send
    QCOMPARE(f.server->timeEntries().size(), 1);
    QVERIFY(f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger() < 0); // still running
    QCOMPARE(f.server->countRequests("POST"), 0);
    QCOMPARE(f.server->countRequests("PUT", QStringLiteral("/time_entries/%1").arg(id)), 1);
    QCOMPARE(bar->startStopButton()->text(), QStringLiteral("Stop"));
    QCOMPARE(bar->descriptionEdit()->text(), QStringLiteral("Renamed"));
}

// Issue 17, item 2: project, tags and billable changed in the bar edit the running entry, each
// with one PUT; the bar, the table and the server agree.
void TestTimerBar::projectTagsBillableEditTheRunningEntry()
{
    SessionFixture f;
    const qint64 project = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    const qint64 id = f.addRunning(QStringLiteral("Long task"), 20);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(activate(window));
    QVERIFY(f.signIn());
    TimerBar *bar = child<TimerBar>(&window, "timerBar");
    QTRY_COMPARE(bar->startStopButton()->text(), QStringLiteral("Stop"));
    const QString put = QStringLiteral("/time_entries/%1").arg(id);
    const TimeEntryModel *model = f.session->entries();

    ProjectPicker *box = child<ProjectPicker>(bar, "timerProject");
    box->setFocus();
    box->setProjectId(project); // as picking it in the list does
    QCOMPARE(model->entry(model->rowOf(id))->projectId.value_or(0), project); // shown at once
    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("project_id")).toInteger(),
                              project, 5000);
    QCOMPARE(f.server->countRequests("PUT", put), 1);

    child<TagsEdit>(bar, "timerTags")->setFocus();
    QTest::keyClicks(child<TagsEdit>(bar, "timerTags"), QStringLiteral("client, urgent"));
    QTest::keyClick(child<TagsEdit>(bar, "timerTags"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(tagsOf(f.server->timeEntry(id)),
                              (QStringList{QStringLiteral("client"), QStringLiteral("urgent")}), 5000);
    QCOMPARE(f.server->countRequests("PUT", put), 2);

    QTest::mouseClick(child<QToolButton>(bar, "timerBillable"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("billable")).toBool(), 5000);
    QCOMPARE(f.server->countRequests("PUT", put), 3);

    QTest::qWait(300);
    QCOMPARE(f.server->countRequests("POST"), 0);
    QCOMPARE(f.server->timeEntries().size(), 1);
    QVERIFY(f.server->timeEntry(id).value(QStringLiteral("duration")).toInteger() < 0);
    QCOMPARE(box->projectId(), project);
    QCOMPARE(window.timer()->running()->projectId.value_or(0), project);
}

// Issue 17, item 3: Down then Enter or Tab on a suggestion fills description, project, tags and
// billable, and does not start; the next Enter starts with them.
void TestTimerBar::keyboardSuggestionFillsWithoutStarting_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Down+Enter") << int(Qt::Key_Return);
    QTest::newRow("Down+Tab") << int(Qt::Key_Tab);
}

void TestTimerBar::keyboardSuggestionFillsWithoutStarting()
{
    QFETCH(int, key);
    SessionFixture f;
    const qint64 project = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    f.addEntry(QStringLiteral("Homepage layout"), 3, 40,
               {{QStringLiteral("project_id"), project},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("design")}},
                {QStringLiteral("billable"), true}});
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(activate(window));
    QVERIFY(f.signIn());
    TimerBar *bar = child<TimerBar>(&window, "timerBar");

    bar->descriptionEdit()->setFocus();
    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("homep"));
    QCompleter *completer = child<QCompleter>(bar, "timerCompleter");
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key(key));
    QCOMPARE(bar->descriptionEdit()->text(), QStringLiteral("Homepage layout"));
    QCOMPARE(child<ProjectPicker>(bar, "timerProject")->projectId(), project);
    QCOMPARE(child<TagsEdit>(bar, "timerTags")->tags(), QStringList{QStringLiteral("design")});
    QVERIFY(child<QToolButton>(bar, "timerBillable")->isChecked());
    QTest::qWait(300);
    QCOMPARE(f.server->countRequests("POST"), 0); // filled, not started
    QVERIFY(!window.timer()->isRunning());

    bar->descriptionEdit()->setFocus();
    QTest::keyClick(bar->descriptionEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!runningWith(0, *f.server).isEmpty(), 5000);
    const QJsonObject running = runningWith(0, *f.server);
    QCOMPARE(running.value(QStringLiteral("description")).toString(), QStringLiteral("Homepage layout"));
    QCOMPARE(running.value(QStringLiteral("project_id")).toInteger(), project);
    QCOMPARE(tagsOf(running), QStringList{QStringLiteral("design")});
    QVERIFY(running.value(QStringLiteral("billable")).toBool());
}

void TestTimerBar::deleteWithUndo()
{
    SessionFixture f;
    const qint64 keep = f.addEntry(QStringLiteral("keep me"), 2, 10);
    const qint64 drop = f.addEntry(QStringLiteral("drop me"), 5, 10);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    EntriesView *view = child<EntriesView>(&window, "entriesView");
    view->setFocus();
    const QModelIndex target = entryInFirstDay(view->model(), keep);
    QVERIFY(target.isValid());
    view->selectionModel()->select(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->deleteAction()->trigger();
    QCOMPARE(f.session->entries()->rowOf(keep), -1);
    QVERIFY(child<QPushButton>(&window, "undoButton")->isVisible());
    QTest::mouseClick(child<QPushButton>(&window, "undoButton"), Qt::LeftButton);
    QVERIFY(f.session->entries()->rowOf(keep) >= 0);
    QTest::qWait(200);
    QCOMPARE(f.server->countRequests("DELETE"), 0);

    f.session->deleteEntryLater(drop);
    QTRY_COMPARE_WITH_TIMEOUT(f.server->countRequests("DELETE"), 1, TrackSession::kUndoDeleteMs + 3000);
    QTRY_VERIFY(f.server->timeEntry(drop).isEmpty());
    QVERIFY(!f.server->timeEntry(keep).isEmpty());
}

void TestTimerBar::everyControlHasAnAccessibleName()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)) {
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // a combo box's own line edit
            QVERIFY2(!w->accessibleName().isEmpty() || (qobject_cast<QAbstractButton *>(w) &&
                                                        !static_cast<QAbstractButton *>(w)->text().isEmpty()),
                     w->metaObject()->className());
        }
    }
}

QTEST_MAIN(TestTimerBar)
#include "tst_timerbar.moc"

// One wakeup a second moves every clock on screen: the timer bar's elapsed time changes in the
// same instant as the table's duration cell (two timers of their own would disagree for up to a
// second and wake the process twice), and the ticking label never relays out the window.
void TestTimerBar::tableAndBarTickTogether()
{
    SessionFixture f;
    f.addRunning(QStringLiteral("Long task"), 20);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    TimerBar *bar = child<TimerBar>(&window, "timerBar");
    QTRY_COMPARE_WITH_TIMEOUT(bar->startStopButton()->text(), QStringLiteral("Stop"), 5000);
    QTest::qWait(300); // the sign-in's own layouts settle

    struct LayoutCounter : QObject
    {
        int requests = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            requests += event->type() == QEvent::LayoutRequest;
            return false;
        }
    } layouts;
    window.installEventFilter(&layouts);
    bar->installEventFilter(&layouts);
    // What the table repaints each second: the two duration cells (the entry's, its day's total).
    struct PaintRecorder : QObject
    {
        QRegion painted;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                painted += static_cast<QPaintEvent *>(event)->region();
            return false;
        }
    } paints;
    EntriesView *view = child<EntriesView>(&window, "entriesView");
    view->viewport()->installEventFilter(&paints);

    QElapsedTimer clock;
    clock.start();
    qint64 cellChangedAt = -1;
    QList<qint64> gapsMs;
    connect(f.session->entries(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &topLeft) {
        if (topLeft.column() == TimeEntryModel::Duration)
            cellChangedAt = clock.elapsed();
    });
    connect(window.timer(), &TimerController::elapsedChanged, this, [&](const QString &text) {
        QCOMPARE(text, child<QLabel>(bar, "timerElapsed")->text());
        gapsMs.append(cellChangedAt < 0 ? -1 : clock.elapsed() - cellChangedAt);
    });
    QTRY_VERIFY_WITH_TIMEOUT(gapsMs.size() >= 3, 6000);
    for (qint64 gap : std::as_const(gapsMs))
        QVERIFY2(gap >= 0 && gap < 20,
                 qPrintable(QStringLiteral("the bar ticked %1 ms after the table").arg(gap)));
    QCOMPARE(layouts.requests, 0);
    const int durationX = view->header()->sectionViewportPosition(TimeEntryModel::Duration);
    const QRect durationColumn(durationX, 0, view->header()->sectionSize(TimeEntryModel::Duration),
                               view->viewport()->height());
    QVERIFY(!paints.painted.isEmpty());
    QVERIFY2(durationColumn.contains(paints.painted.boundingRect()),
             qPrintable(QStringLiteral("repainted %1,%2 %3x%4 of the table")
                            .arg(paints.painted.boundingRect().x())
                            .arg(paints.painted.boundingRect().y())
                            .arg(paints.painted.boundingRect().width())
                            .arg(paints.painted.boundingRect().height())));
    QVERIFY(child<QLabel>(bar, "timerElapsed")->text().startsWith(QStringLiteral("0:2")));
}
