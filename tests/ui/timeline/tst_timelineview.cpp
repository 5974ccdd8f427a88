// SPDX-License-Identifier: GPL-3.0-or-later
// The day and week timeline (issue #18, part 3) in the real main window against the sandbox:
// dragging on empty space adds an entry, dragging a block's edges and body changes it, the
// keyboard does the same, every change reaches the sandbox and Ctrl+Z undoes it; overlaps sit
// side by side; screen readers get one named item per block; the navigator asks for each period.
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "app/models/TimeEntryModel.h"
#include "app/models/TimelinePeriod.h"
#include "tests/support/Child.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/entries/EntriesView.h"
#include "ui/entries/EntryDialog.h"
#include "ui/entries/TimeOfDayEdit.h"
#include "ui/main/MainWindow.h"
#include "ui/timeline/TimelineCanvas.h"
#include "ui/timeline/TimelineNavigator.h"
#include "ui/timeline/TimelinePainter.h"
#include "ui/timeline/TimelineView.h"

using namespace punchclock;

namespace {
// Yesterday: a whole day in the past, so nothing in it runs and "now" is not on it.
QDate yesterday()
{
    return QDate::currentDate().addDays(-1);
}

QDateTime on(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

qint64 insert(SessionFixture &f, const QString &description, const QDateTime &start, int minutes,
              QJsonObject fields = {})
{
    fields[QStringLiteral("description")] = description;
    fields[QStringLiteral("start")] = TrackTime::format(start.toUTC());
    fields[QStringLiteral("duration")] = minutes * 60;
    return f.server->insertTimeEntry(fields);
}

QDateTime serverTime(const QJsonObject &entry, const char *field)
{
    return QDateTime::fromString(entry.value(QLatin1String(field)).toString(), Qt::ISODate);
}

QJsonObject entryDescribed(const sandbox::SandboxServer &server, const QString &description)
{
    for (const auto &v : server.timeEntries()) {
        if (v.toObject().value(QStringLiteral("description")).toString() == description)
            return v.toObject();
    }
    return {};
}

QString hm(int hour, int minute)
{
    return TimelinePainter::timeText(QTime(hour, minute));
}

// Press, move in two steps, release: a drag as a mouse makes it.
void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + (to - from) / 3);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}
} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dragOnEmptySpaceAddsAnEntry();
    void escapeCancelsADrag();
    void dragEdgesAndBodyThenUndo();
    void keyboardMovesResizesAndEdits();
    void overlapsSitSideBySide();
    void accessibleItemPerBlock();
    void weekViewAndNavigation();
    void runningEntryEndsNow();
    void actionsLikeTheTable();

private:
    // Signs in, shows the day view of `day` from 8:00 and returns its canvas.
    static TimelineCanvas *openDay(SessionFixture &f, MainWindow &window, const QDate &day)
    {
        window.resize(1000, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !f.signIn())
            return nullptr;
        window.findChild<QAction *>(QStringLiteral("viewDayAction"))->trigger();
        window.timeline()->showDate(day);
        auto *canvas = child<TimelineCanvas>(&window, "timelineCanvas");
        canvas->scrollToTime(QTime(8, 0));
        return canvas;
    }
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTimelineView::init()
{
    QSettings().clear();
}

void TestTimelineView::dragOnEmptySpaceAddsAnEntry()
{
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    TimelineCanvas *canvas = openDay(f, window, yesterday());
    QVERIFY(canvas);
    QVERIFY(canvas->isVisible());
    QCOMPARE(canvas->blockCount(), 0);

    // From 9:02 to 10:28: both five-minute slots are in, 9:00 to 10:30.
    drag(canvas->viewport(), canvas->pointAt(0, QTime(9, 2)), canvas->pointAt(0, QTime(10, 28)));
    auto *dialog = window.findChild<EntryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isNew());
    QCOMPARE(child<TimeOfDayEdit>(dialog, "entryStart")->dateTime(), on(yesterday(), 9));
    QCOMPARE(child<TimeOfDayEdit>(dialog, "entryStop")->dateTime(), on(yesterday(), 10, 30));
    QTest::keyClicks(child<QLineEdit>(dialog, "entryDescription"), QStringLiteral("Drawn on the timeline"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QJsonObject added;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(added = entryDescribed(*f.server, QStringLiteral("Drawn on the timeline"))).isEmpty(), 5000);
    QCOMPARE(serverTime(added, "start"), on(yesterday(), 9).toUTC());
    QCOMPARE(added.value(QStringLiteral("duration")).toInteger(), 90 * 60);
    QCOMPARE(canvas->blockCount(), 1);
    QVERIFY2(canvas->blockName(0).startsWith(QStringLiteral("Drawn on the timeline, ")),
             qPrintable(canvas->blockName(0)));
    // Added through the session like the Add dialog of the table: one undo step.
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("undoAction"))->text(),
             QStringLiteral("&Undo Add Entry"));
}

void TestTimelineView::escapeCancelsADrag()
{
    SessionFixture f;
    const qint64 id = insert(f, QStringLiteral("Stay put"), on(yesterday(), 10), 60);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    TimelineCanvas *canvas = openDay(f, window, yesterday());
    QVERIFY(canvas);
    QTRY_COMPARE(canvas->blockCount(), 1);
    QWidget *viewport = canvas->viewport();

    // A new entry, cancelled: no dialog.
    const QPoint from = canvas->pointAt(0, QTime(13, 0));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, canvas->pointAt(0, QTime(13, 30)));
    QTest::mouseMove(viewport, canvas->pointAt(0, QTime(14, 0)));
    QTest::keyClick(canvas, Qt::Key_Escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, canvas->pointAt(0, QTime(14, 0)));
    QVERIFY(!window.findChild<EntryDialog *>());

    // A move, cancelled: nothing sent.
    const QPoint center = canvas->blockRect(0).center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, center);
    QTest::mouseMove(viewport, center + QPoint(0, 40));
    QTest::mouseMove(viewport, center + QPoint(0, 80));
    QTest::keyClick(canvas, Qt::Key_Escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, center + QPoint(0, 80));
    QTest::qWait(200);
    QCOMPARE(f.server->countRequests("PUT"), 0);
    QCOMPARE(serverTime(f.server->timeEntry(id), "start"), on(yesterday(), 10).toUTC());
    QCOMPARE(canvas->entryOf(0).start, on(yesterday(), 10).toUTC());
}

void TestTimelineView::dragEdgesAndBodyThenUndo()
{
    SessionFixture f;
    const qint64 id = insert(f, QStringLiteral("Resize me"), on(yesterday(), 10), 60);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    TimelineCanvas *canvas = openDay(f, window, yesterday());
    QVERIFY(canvas);
    QTRY_COMPARE(canvas->blockCount(), 1);
    QWidget *viewport = canvas->viewport();
    const auto server = [&] { return f.server->timeEntry(id); };

    // The bottom edge down to 11:30: a new stop.
    QRect block = canvas->blockRect(0);
    drag(viewport, QPoint(block.center().x(), block.bottom() - 1),
         QPoint(block.center().x(), canvas->pointAt(0, QTime(11, 30)).y()));
    QTRY_COMPARE_WITH_TIMEOUT(server().value(QStringLiteral("duration")).toInteger(), 90 * 60, 5000);
    QCOMPARE(serverTime(server(), "start"), on(yesterday(), 10).toUTC());
    QCOMPARE(serverTime(server(), "stop"), on(yesterday(), 11, 30).toUTC());

    // The top edge up to 9:45: a new start, the stop stays.
    block = canvas->blockRect(0);
    drag(viewport, QPoint(block.center().x(), block.top() + 1),
         QPoint(block.center().x(), canvas->pointAt(0, QTime(9, 45)).y()));
    QTRY_COMPARE_WITH_TIMEOUT(serverTime(server(), "start"), on(yesterday(), 9, 45).toUTC(), 5000);
    QCOMPARE(serverTime(server(), "stop"), on(yesterday(), 11, 30).toUTC());
    QCOMPARE(server().value(QStringLiteral("duration")).toInteger(), 105 * 60);

    // The body an hour down: start and stop move together.
    block = canvas->blockRect(0);
    const int hour = canvas->pointAt(0, QTime(11, 0)).y() - canvas->pointAt(0, QTime(10, 0)).y();
    drag(viewport, block.center(), block.center() + QPoint(0, hour));
    QTRY_COMPARE_WITH_TIMEOUT(serverTime(server(), "start"), on(yesterday(), 10, 45).toUTC(), 5000);
    QCOMPARE(serverTime(server(), "stop"), on(yesterday(), 12, 30).toUTC());
    QCOMPARE(server().value(QStringLiteral("duration")).toInteger(), 105 * 60);
    QCOMPARE(f.server->countRequests("PUT", QStringLiteral("/time_entries/%1").arg(id)), 3);

    // Ctrl+Z undoes the move, through the outbox like any edit.
    QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Change Start"));
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverTime(server(), "start"), on(yesterday(), 9, 45).toUTC(), 5000);
    QCOMPARE(serverTime(server(), "stop"), on(yesterday(), 11, 30).toUTC());
    QCOMPARE(canvas->entryOf(0).start, on(yesterday(), 9, 45).toUTC());
}

void TestTimelineView::keyboardMovesResizesAndEdits()
{
    SessionFixture f;
    const qint64 first = insert(f, QStringLiteral("First"), on(yesterday(), 10), 60);
    insert(f, QStringLiteral("Second"), on(yesterday(), 13), 60);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    TimelineCanvas *canvas = openDay(f, window, yesterday());
    QVERIFY(canvas);
    QTRY_COMPARE(canvas->blockCount(), 2);
    canvas->setFocus();
    QVERIFY(canvas->hasFocus());

    // Arrows, Home, End and Tab go from block to block.
    QTest::keyClick(canvas, Qt::Key_Down);
    QCOMPARE(canvas->selectedId(), first);
    QTest::keyClick(canvas, Qt::Key_Down);
    QCOMPARE(canvas->entryOf(canvas->selectedBlock()).description.value_or(QString()),
             QStringLiteral("Second"));
    QTest::keyClick(canvas, Qt::Key_Home);
    QCOMPARE(canvas->selectedId(), first);
    QTest::keyClick(canvas, Qt::Key_Tab);
    QCOMPARE(canvas->selectedBlock(), 1);
    QVERIFY(canvas->hasFocus());
    QTest::keyClick(canvas, Qt::Key_Backtab);
    QCOMPARE(canvas->selectedBlock(), 0);
    QTest::keyClick(canvas, Qt::Key_Backtab); // past the first: on to the previous control
    QVERIFY(!canvas->hasFocus());
    canvas->setFocus();
    QCOMPARE(canvas->selectedId(), first);

    // Alt+Down: five minutes later; Shift+Alt+Up: the stop five minutes earlier.
    QTest::keyClick(canvas, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverTime(f.server->timeEntry(first), "start"), on(yesterday(), 10, 5).toUTC(),
                              5000);
    QCOMPARE(serverTime(f.server->timeEntry(first), "stop"), on(yesterday(), 11, 5).toUTC());
    QTest::keyClick(canvas, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverTime(f.server->timeEntry(first), "stop"), on(yesterday(), 11).toUTC(),
                              5000);
    QCOMPARE(serverTime(f.server->timeEntry(first), "start"), on(yesterday(), 10, 5).toUTC());
    QCOMPARE(canvas->selectedId(), first);

    // Ctrl+Z undoes the last step only.
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverTime(f.server->timeEntry(first), "stop"), on(yesterday(), 11, 5).toUTC(),
                              5000);
    QCOMPARE(serverTime(f.server->timeEntry(first), "start"), on(yesterday(), 10, 5).toUTC());

    // Enter edits in the entry dialog.
    QTest::keyClick(canvas, Qt::Key_Return);
    auto *dialog = window.findChild<EntryDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isNew());
    QCOMPARE(child<QLineEdit>(dialog, "entryDescription")->text(), QStringLiteral("First"));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<EntryDialog *>());

    // Insert adds one after the selected block (the dialog, with its times); so does Ctrl+N.
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Insert);
    dialog = window.findChild<EntryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isNew());
    QCOMPARE(child<TimeOfDayEdit>(dialog, "entryStart")->dateTime(), on(yesterday(), 11, 5));
    QCOMPARE(child<TimeOfDayEdit>(dialog, "entryStop")->dateTime(), on(yesterday(), 11, 35));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<EntryDialog *>());
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<EntryDialog *>());
    QVERIFY(window.findChild<EntryDialog *>()->isNew());
    window.findChild<EntryDialog *>()->reject();
}

void TestTimelineView::overlapsSitSideBySide()
{
    SessionFixture f;
    insert(f, QStringLiteral("Meeting"), on(yesterday(), 9), 60);
    insert(f, QStringLiteral("Call"), on(yesterday(), 9, 30), 60);
    insert(f, QStringLiteral("Alone"), on(yesterday(), 14), 30);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    TimelineCanvas *canvas = openDay(f, window, yesterday());
    QVERIFY(canvas);
    QTRY_COMPARE(canvas->blockCount(), 3);
    QCOMPARE(canvas->timelineLayout().overlapCount(), 2);
    const QRect meeting = canvas->blockRect(0);
    const QRect call = canvas->blockRect(1);
    QVERIFY(meeting.right() < call.left());
    QVERIFY(meeting.bottom() > call.top());                          // at the same time
    QVERIFY(canvas->blockRect(2).width() > meeting.width() * 3 / 2); // alone: the whole column
    QVERIFY(canvas->blockDescription(0).contains(QStringLiteral("overlaps another entry")));
    QVERIFY(!canvas->blockDescription(2).contains(QStringLiteral("overlaps")));
    // The gap from 10:30 to 14:00 stays empty: a click there hits nothing.
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->pointAt(0, QTime(12, 0)));
    QCOMPARE(canvas->selectedBlock(), -1);
}

void TestTimelineView::accessibleItemPerBlock()
{
    SessionFixture f;
    const qint64 acme = f.server->insertProject(QStringLiteral("Acme"), QStringLiteral("#0b83d9"));
    insert(f, QStringLiteral("Write the report"), on(yesterday(), 9), 90,
           {{QStringLiteral("project_id"), acme}});
    const qint64 later = insert(f, QStringLiteral(""), on(yesterday(), 14), 15);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    TimelineCanvas *canvas = openDay(f, window, yesterday());
    QVERIFY(canvas);
    QTRY_COMPARE(canvas->blockCount(), 2);

    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(canvas);
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->text(QAccessible::Name),
             QStringLiteral("Timeline, ") + QLocale().toString(yesterday(), QLocale::LongFormat));
    QCOMPARE(list->childCount(), 2);
    QAccessibleInterface *report = list->child(0);
    QVERIFY(report);
    QCOMPARE(report->role(), QAccessible::ListItem);
    QCOMPARE(report->text(QAccessible::Name),
             QStringLiteral("Write the report, Acme, ") + hm(9, 0) + QChar(0x2013) + hm(10, 30));
    QVERIFY(report->text(QAccessible::Description).contains(QStringLiteral("1:30:00")));
    static const QRegularExpression withSeconds(QStringLiteral("\\d:\\d\\d:\\d\\d"));
    QVERIFY(!withSeconds.match(report->text(QAccessible::Name)).hasMatch()); // times without seconds
    QCOMPARE(list->child(0), report);                                        // the same item each time
    QCOMPARE(list->indexOfChild(report), 0);
    QCOMPARE(report->parent(), list);
    QCOMPARE(list->child(1)->text(QAccessible::Name),
             QStringLiteral("(no description), ") + hm(14, 0) + QChar(0x2013) + hm(14, 15));
    const QRect rect = canvas->blockRect(0);
    QCOMPARE(report->rect(), QRect(canvas->viewport()->mapToGlobal(rect.topLeft()), rect.size()));
    QCOMPARE(list->childAt(report->rect().center().x(), report->rect().center().y()), report);

    // The selected block is the selected, focused item; its press action edits it.
    canvas->setFocus();
    canvas->selectBlock(0);
    QVERIFY(report->state().selected);
    QVERIFY(report->state().focused);
    QVERIFY(!list->child(1)->state().selected);
    QCOMPARE(list->focusChild(), report);
    QAccessibleActionInterface *actions = report->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    QSignalSpy edit(canvas, &TimelineCanvas::editRequested);
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(edit.count(), 1);
    window.findChild<EntryDialog *>()->reject();

    // In the week, the weekday is named too.
    window.findChild<QAction *>(QStringLiteral("viewWeekAction"))->trigger();
    const TimelinePeriod week = window.timeline()->period();
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Timeline, week from %1 to %2")
                                                .arg(QLocale().toString(week.first(), QLocale::LongFormat),
                                                     QLocale().toString(week.last(), QLocale::LongFormat)));
    const int index = canvas->blockIndex(canvas->selectedId(), yesterday().toJulianDay());
    QVERIFY(index >= 0);
    QCOMPARE(list->child(index), report); // the same entry on the same date: the same item
    QCOMPARE(list->child(index)->text(QAccessible::Name),
             QStringLiteral("Write the report, Acme, %1 ").arg(QLocale().dayName(yesterday().dayOfWeek())) +
                 hm(9, 0) + QChar(0x2013) + hm(10, 30));

    // A deleted entry's item goes (readers hold IDs); the others stay.
    QAccessibleInterface *gone = list->child(canvas->blockIndex(later, yesterday().toJulianDay()));
    QVERIFY(gone && gone->isValid());
    const QAccessible::Id goneId = QAccessible::uniqueId(gone);
    const QAccessible::Id reportId = QAccessible::uniqueId(report);
    f.session->deleteEntryLater(later);
    QCOMPARE(list->childCount(), canvas->blockCount());
    QCOMPARE(list->childCount(), 1);
    const QAccessibleInterface *after = QAccessible::accessibleInterface(goneId);
    QVERIFY(!after || !after->isValid());
    QCOMPARE(QAccessible::accessibleInterface(reportId), report);
    QVERIFY(report->isValid());
    QCOMPARE(list->child(canvas->blockIndex(canvas->selectedId(), yesterday().toJulianDay())), report);
}

void TestTimelineView::weekViewAndNavigation()
{
    SessionFixture f;
    insert(f, QStringLiteral("Yesterday's"), on(yesterday(), 9), 60);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.resize(1000, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(f.signIn());
    QSignalSpy shown(&window, &MainWindow::periodShown);
    auto *canvas = child<TimelineCanvas>(&window, "timelineCanvas");
    auto *navigator = child<TimelineNavigator>(&window, "timelineNavigator");
    QVERIFY(!canvas->isVisible());
    QVERIFY(child<EntriesView>(&window, "entriesView")->isVisible());
    const auto action = [&](const char *name) { return window.findChild<QAction *>(QLatin1String(name)); };
    QVERIFY(!action("timelineNextAction")->isEnabled()); // nothing to page in the list

    const QDate today = QDate::currentDate();
    action("viewWeekAction")->trigger();
    QVERIFY(canvas->isVisible());
    QCOMPARE(window.entriesMode(), MainWindow::EntriesMode::Week);
    const TimelinePeriod week(TimelinePeriod::Span::Week, today, QLocale().firstDayOfWeek());
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown.last().at(0).toDate(), week.first());
    QCOMPARE(shown.last().at(1).toDate(), week.last());
    QCOMPARE(navigator->periodName(), TimelineView::periodName(week));
    QCOMPARE(canvas->period().dayCount(), 7);

    action("timelineNextAction")->trigger();
    QCOMPARE(shown.last().at(0).toDate(), week.first().addDays(7));
    action("timelinePreviousAction")->trigger();
    action("timelinePreviousAction")->trigger();
    QCOMPARE(shown.last().at(0).toDate(), week.first().addDays(-7));
    QCOMPARE(shown.last().at(1).toDate(), week.last().addDays(-7));
    action("timelineTodayAction")->trigger();
    QCOMPARE(shown.last().at(0).toDate(), week.first());
    QCOMPARE(canvas->blockCount(), week.contains(yesterday()) ? 1 : 0);

    // A day's header opens that day.
    const QPoint header(canvas->pointAt(week.indexOf(today), QTime(12, 0)).x(), 4);
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, header);
    QCOMPARE(window.entriesMode(), MainWindow::EntriesMode::Day);
    QVERIFY(action("viewDayAction")->isChecked());
    QCOMPARE(canvas->period().first(), today);
    QCOMPARE(shown.last().at(0).toDate(), today);
    QCOMPARE(shown.last().at(1).toDate(), today);
    action("timelinePreviousAction")->trigger();
    QCOMPARE(shown.last().at(0).toDate(), yesterday());
    QCOMPARE(canvas->blockCount(), 1);

    // Ctrl+1 back to the list, and the mode is kept with the window state.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.entriesMode(), MainWindow::EntriesMode::List);
    QVERIFY(!canvas->isVisible());
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.entriesMode(), MainWindow::EntriesMode::Week);
    QVERIFY(canvas->hasFocus());
    window.saveWindowState();
    WindowFixture again(f.session.get());
    QCOMPARE(again.window.entriesMode(), MainWindow::EntriesMode::Week);
}

void TestTimelineView::runningEntryEndsNow()
{
    if (QTime::currentTime() < QTime(1, 0))
        QSKIP("the running entry would start yesterday");
    SessionFixture f;
    f.addRunning(QStringLiteral("Running now"), 50);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    TimelineCanvas *canvas = openDay(f, window, QDate::currentDate());
    QVERIFY(canvas);
    QTRY_COMPARE(canvas->blockCount(), 1);
    const TimelineBlock block = canvas->timelineLayout().blocks().first();
    QVERIFY(block.running);
    const qint64 now = QTime::currentTime().msecsSinceStartOfDay() / 1000;
    QVERIFY2(qAbs(block.bottom - now) < 120, qPrintable(QString::number(block.bottom - now)));
    QVERIFY(canvas->blockName(0).endsWith(QChar(0x2013) + QStringLiteral("now")));
    QVERIFY(canvas->blockDescription(0).contains(QStringLiteral("running")));
    // Its end is now: no edge to drag there; Shift+Alt+Down says why.
    const TimelineGeometry geometry = canvas->timelineGeometry();
    const QRect rect = canvas->blockRect(0);
    QCOMPARE(
        geometry.hit(canvas->timelineLayout().blocks(), QPointF(rect.center().x(), rect.bottom() - 1)).part,
        TimelineGeometry::Part::Body);
    canvas->setFocus();
    canvas->selectBlock(0);
    QSignalSpy refused(canvas, &TimelineCanvas::editRefused);
    QTest::keyClick(canvas, Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(refused.count(), 1);

    // The model's tick each second repaints the table's clock, not the timeline: its layout stays.
    // A repaint a minute follows now, only while today is shown.
    const int second = QTime::currentTime().second();
    if (second >= 52) // the minute's repaint would come while we watch the ticks
        QTest::qWait((61 - second) * 1000 + 500);
    (void)canvas->timelineLayout();
    const int generation = canvas->layoutGeneration();
    QSignalSpy ticked(f.session->entries(), &TimeEntryModel::ticked);
    QVERIFY(ticked.wait(2500));
    QVERIFY(ticked.wait(2500));
    (void)canvas->timelineLayout();
    QCOMPARE(canvas->layoutGeneration(), generation);
    QVERIFY(canvas->followsNow());
    window.timeline()->showPrevious();
    QVERIFY(!canvas->followsNow());
    window.timeline()->showToday();
    QVERIFY(canvas->followsNow());
    window.hide();
    QVERIFY(!canvas->followsNow());
}

void TestTimelineView::actionsLikeTheTable()
{
    SessionFixture f;
    const qint64 id = insert(f, QStringLiteral("Copy me"), on(yesterday(), 10), 45);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    TimelineCanvas *canvas = openDay(f, window, yesterday());
    QVERIFY(canvas);
    QTRY_COMPARE(canvas->blockCount(), 1);

    // The Edit menu shows the timeline's actions, not the hidden table's.
    QMenu *edit = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(canvas->duplicateAction()))
            edit = menu->menu();
    }
    QVERIFY(edit);
    QVERIFY(canvas->duplicateAction()->isVisible());
    QVERIFY(!child<EntriesView>(&window, "entriesView")->duplicateAction()->isVisible());
    QVERIFY(!canvas->duplicateAction()->isEnabled()); // nothing selected

    canvas->selectEntry(id);
    QVERIFY(canvas->duplicateAction()->isEnabled());
    canvas->duplicateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntries().size(), 2, 5000);
    QTRY_COMPARE(canvas->blockCount(), 2);
    QCOMPARE(canvas->timelineLayout().overlapCount(), 2); // a copy at the same time

    canvas->selectEntry(id);
    canvas->deleteAction()->trigger(); // hidden at once, sent after the undo time
    QCOMPARE(canvas->blockCount(), 1);
    QCOMPARE(canvas->selectedBlock(), 0); // the next one, for the keyboard
    QTRY_VERIFY_WITH_TIMEOUT(f.server->timeEntry(id).isEmpty(), TrackSession::kUndoDeleteMs + 5000);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
