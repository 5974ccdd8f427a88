// SPDX-License-Identifier: GPL-3.0-or-later
// The main window at 480 pixels wide (timer bar in two rows, less important columns aside) and
// sorting by a header click, kept with the window state.
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include "app/models/DayGroupModel.h"
#include "app/models/TimeEntryModel.h"
#include "tests/support/Child.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/common/ProjectPicker.h"
#include "ui/entries/EntriesView.h"
#include "ui/entries/EntryColumns.h"
#include "ui/main/MainWindow.h"
#include "ui/timer/StartStopButton.h"
#include "ui/timer/TagsEdit.h"
#include "ui/timer/TimerBar.h"

using namespace punchclock;

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void narrowWindowWrapsAndHidesColumns();
    void columnChoiceWinsOverWidthAndIsKept();
    void headerClickSortsWithinDaysAndIsRestored();
    void everyDayIsOpenWithMoreDaysThanFit();
    void startStopColoursAreReadable();

private:
    // The descriptions under each day, top to bottom.
    static QList<QStringList> descriptionsByDay(const QAbstractItemModel *model)
    {
        QList<QStringList> days;
        for (int d = 0; d < model->rowCount(); ++d) {
            const QModelIndex day = model->index(d, 0);
            QStringList rows;
            for (int r = 0; r < model->rowCount(day); ++r)
                rows.append(model->index(r, TimeEntryModel::Description, day).data().toString());
            days.append(rows);
        }
        return days;
    }
    static QList<QDate> dayDates(const QAbstractItemModel *model)
    {
        QList<QDate> dates;
        for (int d = 0; d < model->rowCount(); ++d)
            dates.append(model->index(d, 0).data(DayGroupModel::DayRole).toDate());
        return dates;
    }
    static void clickHeader(EntriesView *view, int column)
    {
        QHeaderView *header = view->header();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }
};

// Hours ago of yesterday around noon, so that a few hours before it are still the same day.
static int yesterdayNoon()
{
    return QTime::currentTime().hour() + 12;
}

void TestMainWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindowLayout::init()
{
    QSettings().clear();
}

void TestMainWindowLayout::narrowWindowWrapsAndHidesColumns()
{
    SessionFixture f;
    const qint64 project =
        f.server->insertProject(QStringLiteral("Quarterly Reporting"), QStringLiteral("#d94182"));
    f.addEntry(QStringLiteral("Client call: report requirements"), 2, 45,
               {{QStringLiteral("project_id"), project},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("meeting")}}});
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(f.signIn());
    auto *widePage = new QWidget; // like the Focus page: wide, yet the window narrows
    widePage->setMinimumWidth(900);
    window.addPage(widePage, QStringLiteral("Wide"));
    EntriesView *view = child<EntriesView>(&window, "entriesView");
    TimerBar *bar = child<TimerBar>(&window, "timerBar");
    ProjectPicker *picker = child<ProjectPicker>(bar, "timerProject");
    TagsEdit *tags = child<TagsEdit>(bar, "timerTags");
    QLabel *elapsed = child<QLabel>(bar, "timerElapsed");

    window.resize(1280, 800);
    QTRY_VERIFY(!bar->isCompact());
    for (int c = 0; c < TimeEntryModel::ColumnCount; ++c)
        QVERIFY2(!view->isColumnHidden(c), qPrintable(QString::number(c)));
    // One row: the button sits on the description's line, the project too.
    QCOMPARE(picker->geometry().center().y(), bar->descriptionEdit()->geometry().center().y());

    QVERIFY2(window.minimumSizeHint().width() <= 480,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    window.resize(480, 800);
    QTRY_COMPARE(window.width(), 480);
    QTRY_VERIFY(bar->isCompact());
    // Two rows: project, tags and billable below the description, Start/Stop beside it.
    QTRY_VERIFY(picker->geometry().top() > bar->descriptionEdit()->geometry().bottom()); // laid out
    QCOMPARE(bar->startStopButton()->geometry().center().y(),
             bar->descriptionEdit()->geometry().center().y());
    QVERIFY(tags->geometry().top() > bar->startStopButton()->geometry().bottom());
    // Nothing sticks out of the bar or overlaps.
    for (QWidget *w : std::initializer_list<QWidget *>{bar->descriptionEdit(), picker, tags,
                                                       child<QToolButton>(bar, "timerBillable"), elapsed,
                                                       bar->startStopButton()}) {
        QVERIFY2(bar->rect().contains(w->geometry()), w->metaObject()->className());
        QVERIFY2(w->width() >= w->minimumSizeHint().width() || w->width() >= w->minimumWidth(),
                 w->metaObject()->className());
    }
    QVERIFY(!picker->geometry().intersects(tags->geometry()));
    QVERIFY(!bar->descriptionEdit()->geometry().intersects(elapsed->geometry()));
    QVERIFY(elapsed->width() >= elapsed->minimumWidth());
    QVERIFY(window.minimumSizeHint().width() <= 480);
    // Description and duration stay; tags, start, stop and billable step aside.
    for (int c :
         {TimeEntryModel::Tags, TimeEntryModel::Start, TimeEntryModel::Stop, TimeEntryModel::Billable})
        QVERIFY2(view->isColumnHidden(c), qPrintable(QString::number(c)));
    QVERIFY(!view->isColumnHidden(TimeEntryModel::Description));
    QVERIFY(!view->isColumnHidden(TimeEntryModel::Duration));
    // The visible columns fit: no horizontal scrolling at 480.
    QTRY_VERIFY(view->header()->length() <= view->viewport()->width());
    QVERIFY(view->header()->sectionSize(TimeEntryModel::Description) >=
            view->fontMetrics().averageCharWidth() * 15);

    window.resize(1280, 800);
    QTRY_VERIFY(!bar->isCompact());
    for (int c = 0; c < TimeEntryModel::ColumnCount; ++c)
        QVERIFY2(!view->isColumnHidden(c), qPrintable(QString::number(c)));
    QTRY_COMPARE(picker->geometry().center().y(), bar->descriptionEdit()->geometry().center().y());
}

void TestMainWindowLayout::columnChoiceWinsOverWidthAndIsKept()
{
    SessionFixture f;
    f.addEntry(QStringLiteral("Standup"), 1, 15);
    {
        WindowFixture windowFixture(f.session.get());
        MainWindow &window = windowFixture.window;
        window.show();
        QVERIFY(f.signIn());
        window.resize(480, 800);
        EntriesView *view = child<EntriesView>(&window, "entriesView");
        QTRY_VERIFY(view->isColumnHidden(TimeEntryModel::Tags));
        view->columns()->choose(TimeEntryModel::Tags, true); // the header menu's check box
        QVERIFY(!view->isColumnHidden(TimeEntryModel::Tags));
        window.resize(1280, 800);
        QTRY_VERIFY(!view->isColumnHidden(TimeEntryModel::Start));
        view->columns()->choose(TimeEntryModel::Billable, false);
        QVERIFY(view->isColumnHidden(TimeEntryModel::Billable));
        window.close();
    }
    WindowFixture againFixture(f.session.get());
    MainWindow &again = againFixture.window;
    again.show();
    again.resize(480, 800);
    EntriesView *view = child<EntriesView>(&again, "entriesView");
    QTRY_VERIFY(view->isColumnHidden(TimeEntryModel::Stop));
    QVERIFY(!view->isColumnHidden(TimeEntryModel::Tags));
    QVERIFY(view->isColumnHidden(TimeEntryModel::Billable));
    again.resize(1280, 800);
    QTRY_VERIFY(!view->isColumnHidden(TimeEntryModel::Stop));
    QVERIFY(view->isColumnHidden(TimeEntryModel::Billable));
    view->columns()->resetChoices();
    QVERIFY(!view->isColumnHidden(TimeEntryModel::Billable));
}

void TestMainWindowLayout::headerClickSortsWithinDaysAndIsRestored()
{
    SessionFixture f;
    // Yesterday in time order (newest first): "b short", "c long", "a medium"; two more 3 days ago.
    const int noon = yesterdayNoon();
    f.addEntry(QStringLiteral("a medium"), noon + 3, 30);
    f.addEntry(QStringLiteral("c long"), noon + 2, 90);
    f.addEntry(QStringLiteral("b short"), noon, 5);
    f.addEntry(QStringLiteral("y older"), noon + 48, 20);
    f.addEntry(QStringLiteral("x older"), noon + 49, 60);
    {
        WindowFixture windowFixture(f.session.get());
        MainWindow &window = windowFixture.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(f.signIn());
        EntriesView *view = child<EntriesView>(&window, "entriesView");
        const QAbstractItemModel *model = view->model();
        const QList<QStringList> before = descriptionsByDay(model);
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.at(0).size(), 3);
        const QList<QDate> days = dayDates(model);
        QVERIFY(days.at(0) > days.at(1));

        clickHeader(view, TimeEntryModel::Description); // A to Z within each day
        QCOMPARE(view->header()->sortIndicatorSection(), int(TimeEntryModel::Description));
        QCOMPARE(descriptionsByDay(model),
                 (QList<QStringList>{
                     {QStringLiteral("a medium"), QStringLiteral("b short"), QStringLiteral("c long")},
                     {QStringLiteral("x older"), QStringLiteral("y older")}}));
        QCOMPARE(dayDates(model), days); // days stay newest first
        QVERIFY(view->isExpanded(model->index(0, 0)));
        QVERIFY(view->isExpanded(model->index(1, 0)));

        clickHeader(view, TimeEntryModel::Description); // reversed
        QCOMPARE(descriptionsByDay(model),
                 (QList<QStringList>{
                     {QStringLiteral("c long"), QStringLiteral("b short"), QStringLiteral("a medium")},
                     {QStringLiteral("y older"), QStringLiteral("x older")}}));
        QCOMPARE(dayDates(model), days);

        clickHeader(view, TimeEntryModel::Duration); // longest first on the first click
        QCOMPARE(view->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(
            descriptionsByDay(model).at(0),
            (QStringList{QStringLiteral("c long"), QStringLiteral("a medium"), QStringLiteral("b short")}));
        QCOMPARE(dayDates(model), days);
        window.close(); // saves the window state
    }
    {
        WindowFixture againFixture(f.session.get());
        MainWindow &again = againFixture.window;
        again.show();
        EntriesView *view = child<EntriesView>(&again, "entriesView");
        QCOMPARE(view->header()->sortIndicatorSection(), int(TimeEntryModel::Duration));
        QCOMPARE(view->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        const QList<QStringList> sorted = descriptionsByDay(view->model());
        QCOMPARE(sorted.at(0), (QStringList{QStringLiteral("c long"), QStringLiteral("a medium"),
                                            QStringLiteral("b short")}));
        QCOMPARE(sorted.at(1), (QStringList{QStringLiteral("x older"), QStringLiteral("y older")}));

        // Reversed, then back to time order with a third click.
        clickHeader(view, TimeEntryModel::Duration);
        QCOMPARE(
            descriptionsByDay(view->model()).at(0),
            (QStringList{QStringLiteral("b short"), QStringLiteral("a medium"), QStringLiteral("c long")}));
        clickHeader(view, TimeEntryModel::Duration);
        QCOMPARE(view->header()->sortIndicatorSection(), -1);
        QCOMPARE(
            descriptionsByDay(view->model()).at(0),
            (QStringList{QStringLiteral("b short"), QStringLiteral("c long"), QStringLiteral("a medium")}));
        again.close();
    }
    WindowFixture thirdFixture(f.session.get());
    MainWindow &third = thirdFixture.window;
    QCOMPARE(child<EntriesView>(&third, "entriesView")->header()->sortIndicatorSection(), -1);
}

// The days below the viewport are opened after the first paint (EntriesView::expandDays): every
// entry is still there to scroll and arrow to, and so is one of a day that a later refresh adds.
void TestMainWindowLayout::everyDayIsOpenWithMoreDaysThanFit()
{
    SessionFixture f;
    // Within the 9 days the list answers without dates (the real window, issue #18), the oldest
    // day added below included: a week of days, each older than the one before.
    const int days = 7;
    const int perDay = 4;
    for (int d = 0; d < days; ++d)
        for (int e = 0; e < perDay; ++e)
            f.addEntry(QStringLiteral("day %1 entry %2").arg(d).arg(e), yesterdayNoon() + 24 * d + e, 10);
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.resize(800, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(f.signIn());
    EntriesView *view = child<EntriesView>(&window, "entriesView");
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), days);
    QVERIFY(view->viewport()->height() < (perDay + 1) * days * view->sizeHintForRow(0)); // more than fit
    QTRY_VERIFY(view->isExpanded(model->index(days - 1, 0)));
    for (int d = 0; d < days; ++d)
        QVERIFY2(view->isExpanded(model->index(d, 0)), qPrintable(QString::number(d)));

    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_End);
    const QModelIndex last = view->currentIndex();
    QVERIFY(last.parent().isValid()); // an entry, not a closed day
    QCOMPARE(last.siblingAtColumn(TimeEntryModel::Description).data().toString(),
             QStringLiteral("day %1 entry %2").arg(days - 1).arg(perDay - 1)); // the oldest
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(last)));
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->currentIndex().siblingAtColumn(TimeEntryModel::Description).data().toString(),
             QStringLiteral("day %1 entry %2").arg(days - 1).arg(perDay - 2));

    f.addEntry(QStringLiteral("older still"), yesterdayNoon() + 24 * days, 10); // a new day at the end
    QVERIFY(f.refresh());
    QTRY_COMPARE(model->rowCount(), days + 1);
    QTRY_VERIFY(view->isExpanded(model->index(days, 0)));
    QCOMPARE(model->rowCount(model->index(days, 0)), 1);
    for (int d = 0; d <= days; ++d)
        QVERIFY2(view->isExpanded(model->index(d, 0)), qPrintable(QString::number(d)));

    // Searching narrows the days, and every day shown is open, also once the search is cleared
    // with the clear button (which shows only while there is text).
    QLineEdit *search = child<QLineEdit>(&window, "entriesFilter");
    QAction *clear = search->findChild<QAction *>(QStringLiteral("clearButton"));
    QVERIFY(clear);
    QVERIFY(!clear->isVisible());
    QTest::keyClicks(search, QStringLiteral("entry 1"));
    QVERIFY(clear->isVisible());
    QTRY_COMPARE(model->rowCount(), days);
    for (int d = 0; d < days; ++d) {
        QVERIFY2(view->isExpanded(model->index(d, 0)), qPrintable(QString::number(d)));
        QCOMPARE(model->rowCount(model->index(d, 0)), 1);
    }
    clear->trigger();
    QCOMPARE(search->text(), QString());
    QVERIFY(!clear->isVisible());
    QTRY_COMPARE(model->rowCount(), days + 1);
    QTRY_VERIFY(view->isExpanded(model->index(days, 0)));
    for (int d = 0; d <= days; ++d)
        QVERIFY2(view->isExpanded(model->index(d, 0)), qPrintable(QString::number(d)));
    QCOMPARE(model->rowCount(model->index(0, 0)), perDay);
}

void TestMainWindowLayout::startStopColoursAreReadable()
{
    // The colours must reach the screen: the style sheet draws them, the style does not wash them out.
    StartStopButton button;
    button.resize(120, 36);
    const auto centreColour = [&button] {
        const QImage image = button.grab().toImage();
        return image.pixelColor(6, image.height() / 2); // left of the text, inside the border
    };
    const auto luminance = [](const QColor &c) {
        const auto lin = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    const auto contrastWithWhite = [&](const QColor &c) { return 1.05 / (luminance(c) + 0.05); };

    button.setRunning(false);
    QCOMPARE(button.text(), QStringLiteral("Start"));
    const QColor start = centreColour();
    QVERIFY2(start.green() > start.red() && start.green() > start.blue(), qPrintable(start.name()));
    QVERIFY2(contrastWithWhite(start) >= 4.5, qPrintable(start.name()));

    button.setRunning(true);
    QCOMPARE(button.text(), QStringLiteral("Stop"));
    const QColor stop = centreColour();
    QVERIFY2(stop.red() > 2 * stop.green() && stop.red() > 2 * stop.blue(), qPrintable(stop.name()));
    QVERIFY2(contrastWithWhite(stop) >= 4.5, qPrintable(stop.name()));
    QCOMPARE(stop, QColor(QStringLiteral("#c9302c"))); // exactly the colour asked for, not a paler one

    button.setEnabled(false); // busy: grey, still readable
    const QColor busy = centreColour();
    QVERIFY2(contrastWithWhite(busy) >= 4.5, qPrintable(busy.name()));
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
