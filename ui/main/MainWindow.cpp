// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"
#include "ui/common/ClearButton.h"
#include "ui/common/LiveLabel.h"
#include "ui/main/SyncStatusLabel.h"

#include "app/models/EntryFilterModel.h"
#include "app/session/HistoryLoader.h"
#include "app/session/RefreshScheduler.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "ui/about/AboutDialog.h"
#include "ui/bulk/BulkEditController.h"
#include "ui/entries/EntriesView.h"
#include "ui/entries/EntryColumns.h"
#include "ui/entries/EntryDialog.h"
#include "ui/entries/GoToDateDialog.h"
#include "ui/entries/HistoryFooter.h"
#include "ui/timeline/TimelineCanvas.h"
#include "ui/timeline/TimelineNavigator.h"
#include "ui/timeline/TimelineView.h"
#include "ui/timer/TimerBar.h"
#include "ui/undo/DeleteEntriesCommand.h"
#include "ui/undo/UndoHistory.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMetaMethod>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace punchclock {

MainWindow::MainWindow(TrackSession *session, TimerController *timer, RefreshScheduler *scheduler,
                       TrackBulkEditor *bulkEditor, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_timer(timer), m_scheduler(scheduler),
      m_timerBar(new TimerBar(session, m_timer, this)), m_filter(new QLineEdit(this)),
      m_entries(new EntriesView(session, m_timer, this)), m_quotaLabel(new QLabel(this)),
      m_undo(new QPushButton(tr("&Undo"), this)), m_undoTimer(new QTimer(this)),
      m_history(new UndoHistory(session, m_timer, this))
{
    setWindowTitle(tr("Punchclock"));
    resize(1100, 680);
    // Object names: the tests find the controls by them.
    m_timerBar->setObjectName(QStringLiteral("timerBar"));
    m_filter->setObjectName(QStringLiteral("entriesFilter"));
    m_entries->setObjectName(QStringLiteral("entriesView"));
    m_undo->setObjectName(QStringLiteral("undoButton"));

    m_filter->setPlaceholderText(tr("Search description, project or tags"));
    m_filter->setAccessibleName(tr("Search entries"));
    ClearButton::attach(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_entries->filterModel(), &EntryFilterModel::setSearchText);
    m_filter->installEventFilter(this); // Esc clears the search

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_timerBar);
    layout->addWidget(line);
    // Track entries are the first page; Focus adds its own with addPage(). The tab bar shows once
    // there is more than one page.
    auto *trackPage = new QWidget(this);
    auto *trackLayout = new QVBoxLayout(trackPage);
    trackLayout->setContentsMargins(0, 0, 0, 0);
    trackLayout->setSpacing(0);
    // Above the entries: the search (the table) or the day/week navigator (the timeline), and the
    // switch between them.
    m_timeline = new TimelineView(session, m_timer, this);
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_toolStack = new QStackedWidget(this);
    m_toolStack->addWidget(m_filter);
    m_toolStack->addWidget(m_timeline->navigator());
    m_toolStack->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_modes = new QActionGroup(this);
    auto *switchRow = new QHBoxLayout;
    switchRow->setSpacing(0);
    const struct
    {
        EntriesMode mode;
        QString text;
        QString tip;
        const char *name;
        Qt::Key key;
    } modes[] = {{EntriesMode::List, tr("&List"), tr("The entries as a list"), "viewListAction", Qt::Key_1},
                 {EntriesMode::Day, tr("&Day"), tr("A day on a timeline"), "viewDayAction", Qt::Key_2},
                 {EntriesMode::Week, tr("&Week"), tr("A week on a timeline"), "viewWeekAction", Qt::Key_3}};
    for (const auto &m : modes) {
        auto *action = new QAction(m.text, m_modes);
        action->setObjectName(QLatin1String(m.name));
        action->setCheckable(true);
        action->setData(int(m.mode));
        action->setShortcut(QKeySequence(Qt::CTRL | m.key));
        action->setToolTip(tr("%1 (%2)").arg(m.tip, action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, mode = m.mode] {
            showEntriesAs(mode);
            (mode == EntriesMode::List ? static_cast<QWidget *>(m_entries) : m_timeline->canvas())
                ->setFocus(Qt::ShortcutFocusReason);
        });
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(false);
        switchRow->addWidget(button);
    }
    m_modes->actions().constFirst()->setChecked(true);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(8, 6, 8, 6);
    filterRow->addWidget(m_toolStack, 1);
    filterRow->addSpacing(8);
    filterRow->addLayout(switchRow);
    trackLayout->addLayout(filterRow);
    // The error banner keeps the last entries on screen below it. Retry reads the list again after
    // a failed read; after a refused change (dropped for good) the button is "Reload" and reads the
    // whole list, the server's copy of the refused entry with it.
    m_errorBanner = new QFrame(this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setAccessibleName(tr("Error"));
    m_errorBanner->setFrameShape(QFrame::StyledPanel);
    m_errorBanner->setAutoFillBackground(true);
    m_errorLabel = new LiveLabel(m_errorBanner);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Error message"));
    m_errorLabel->setWordWrap(true);
    m_retry = new QPushButton(tr("&Retry"), m_errorBanner);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry loading entries"));
    auto *bannerLayout = new QHBoxLayout(m_errorBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_errorLabel, 1);
    bannerLayout->addWidget(m_retry);
    m_errorBanner->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QDate week = m_retry->property("historyWeek").toDate();
        if (week.isValid())
            m_session->ensureLoaded(week, week);
        else if (m_retry->property("reload").toBool())
            m_session->fullRefresh();
        else
            m_session->refresh();
    });
    trackLayout->addWidget(m_errorBanner);
    // "Loading entries…" until the first refresh answers, "No entries yet" while there are none.
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("entriesStateLabel"));
    m_stateLabel->setAccessibleName(tr("Entries state"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_entriesStack = new QStackedWidget(this);
    m_entriesStack->setObjectName(QStringLiteral("entriesStack"));
    m_entriesStack->setAccessibleName(tr("Entries"));
    m_entriesStack->addWidget(m_entries);
    m_entriesStack->addWidget(m_stateLabel);
    m_viewStack = new QStackedWidget(this);
    m_viewStack->addWidget(m_entriesStack);
    m_viewStack->addWidget(m_timeline);
    trackLayout->addWidget(m_viewStack, 1);
    // The end of the list: older weeks are read on demand (a click, or scrolling past the end).
    m_historyFooter = new HistoryFooter(session, this);
    trackLayout->addWidget(m_historyFooter);
    connect(m_entries, &EntriesView::reachedEnd, session, [session] { session->loadEarlierWeek(); });
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->addTab(trackPage, tr("&Time entries"));
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    // The user's reload reads the whole list: it also brings the server's copy of entries whose
    // change was refused (an incremental read would not), and their rows lose the error.
    auto *refresh = fileMenu->addAction(tr("&Refresh"), session, &TrackSession::fullRefresh);
    refresh->setShortcut(QKeySequence::Refresh);
    auto *settings = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, [this] {
        if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::quitRequested)))
            emit quitRequested();
        else
            close();
    });
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    auto *timerMenu = menuBar()->addMenu(tr("&Timer"));
    m_timerMenu = timerMenu;
    auto *startStop =
        timerMenu->addAction(tr("&Start or Stop"), this, [this] { m_timerBar->startStopButton()->click(); });
    startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    auto *focusDescription = timerMenu->addAction(tr("&New Entry…"), this, [this] {
        m_timerBar->descriptionEdit()->setFocus();
        m_timerBar->descriptionEdit()->selectAll();
    });
    focusDescription->setShortcut(QKeySequence::New);
    auto *addEntryAction = timerMenu->addAction(tr("&Add Entry…"), this, qOverload<>(&MainWindow::addEntry));
    addEntryAction->setObjectName(QStringLiteral("addEntryAction"));
    addEntryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_history->undoAction());
    editMenu->addAction(m_history->redoAction());
    // Turns on "Edit N entries…"; its bulk edits go on the same undo stack.
    m_bulk = new BulkEditController(session, bulkEditor, m_entries, m_history, this);
    editMenu->addSeparator();
    m_listActions = {m_entries->continueAction(), m_entries->editAction(), m_entries->duplicateAction(),
                     m_entries->deleteAction()};
    TimelineCanvas *canvas = m_timeline->canvas();
    m_timelineActions = {canvas->continueAction(), canvas->editAction(), canvas->duplicateAction(),
                         canvas->deleteAction()};
    editMenu->addActions(m_listActions);
    editMenu->addActions(m_timelineActions);
    connect(m_entries, &EntriesView::editRequested, this, &MainWindow::editEntry);
    editMenu->addAction(m_entries->bulkEditAction());
    editMenu->addSeparator();
    auto *find = editMenu->addAction(tr("&Find…"), this, [this] {
        if (m_mode != EntriesMode::List)
            showEntriesAs(EntriesMode::List); // the search is the list's
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    auto *goToDateAction = viewMenu->addAction(tr("&Go to Date…"), this, &MainWindow::askForDate);
    goToDateAction->setObjectName(QStringLiteral("goToDateAction"));
    goToDateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    auto *loadEarlier =
        viewMenu->addAction(tr("Load &Earlier Week"), session, [session] { session->loadEarlierWeek(); });
    loadEarlier->setObjectName(QStringLiteral("loadEarlierAction"));
    viewMenu->addActions(m_modes->actions());
    viewMenu->addSeparator();
    viewMenu->addAction(m_timeline->previousAction());
    viewMenu->addAction(m_timeline->nextAction());
    viewMenu->addAction(m_timeline->todayAction());
    viewMenu->addSeparator();
    m_miniTimer = viewMenu->addAction(tr("&Mini Timer"));
    m_miniTimer->setObjectName(QStringLiteral("miniTimerAction"));
    m_miniTimer->setCheckable(true);
    m_miniTimer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(canvas, &TimelineCanvas::editRequested, this, &MainWindow::editEntry);
    connect(canvas, &TimelineCanvas::addRequested, this, qOverload<const TimeEntry &>(&MainWindow::addEntry));
    connect(canvas, &TimelineCanvas::editRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_timeline, &TimelineView::periodShown, this, &MainWindow::periodShown);
    connect(m_timeline, &TimelineView::spanChanged, this, [this](TimelinePeriod::Span span) {
        showEntriesAs(span == TimelinePeriod::Span::Day ? EntriesMode::Day : EntriesMode::Week);
    });

    auto *reportsMenu = menuBar()->addMenu(tr("&Reports"));
    auto *weeklyReport =
        reportsMenu->addAction(tr("&Weekly Report…"), this, &MainWindow::weeklyReportRequested);
    weeklyReport->setObjectName(QStringLiteral("weeklyReportAction"));
    weeklyReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu")); // SignInFlow puts Account before it
    auto *about = helpMenu->addAction(tr("&About Punchclock"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    auto *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    m_quotaLabel->setAccessibleName(tr("Remaining requests"));
    m_undo->setAccessibleName(tr("Undo delete"));
    m_undo->hide();
    statusBar()->addPermanentWidget(m_undo);
    statusBar()->addPermanentWidget(m_quotaLabel);
    statusBar()->addPermanentWidget(new SyncStatusLabel(session, this)); // offline / unsent changes
    statusBar()->showMessage(tr("Signing in…"));
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(TrackSession::kUndoDeleteMs);
    connect(m_undoTimer, &QTimer::timeout, m_undo, &QPushButton::hide);
    // The quick Undo beside a delete undoes that delete: the undo stack's step, while it is on top.
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->hide();
        QUndoStack *stack = m_history->stack();
        if (!stack->canUndo() ||
            !dynamic_cast<const DeleteEntriesCommand *>(stack->command(stack->index() - 1)))
            return;
        stack->undo();
        statusBar()->showMessage(tr("Restored"), 3000);
    });
    connect(m_history->stack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_undoTimer->isActive())
            m_undo->hide();
    });
    connect(m_history, &UndoHistory::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    connect(session, &TrackSession::signedIn, this,
            [this](const Me &me) { statusBar()->showMessage(tr("Signed in as %1").arg(me.email), 5000); });
    connect(session, &TrackSession::refreshed, this, [this](int count) {
        statusBar()->showMessage(tr("%n time entries loaded", nullptr, count), 3000);
        m_loaded = true;
        if (!m_retry->property("historyWeek").toDate().isValid()) // that week is still not read
            m_errorBanner->hide();
        updateEntriesState();
    });
    connect(session, &TrackSession::errorOccurred, this, &MainWindow::showError);
    HistoryLoader *history = session->history();
    connect(history, &HistoryLoader::loadFailed, this, [this](const QDate &week, const QString &message) {
        showHistoryFailure(week, message);
        m_goToDate = {};
    });
    connect(history, &HistoryLoader::weekLoaded, this, [this](const QDate &week, int count) {
        statusBar()->showMessage(
            tr("Week of %1: %n entries", nullptr, count).arg(QLocale().toString(week, QLocale::LongFormat)),
            3000);
        if (m_retry->property("historyWeek").toDate() == week)
            m_errorBanner->hide();
        if (m_goToDate.isValid() && HistoryLoader::weekOf(m_goToDate) == week)
            goToDate(std::exchange(m_goToDate, QDate()));
        updateEntriesState();
    });
    connect(session, &TrackSession::changeRefused, this, &MainWindow::showRefusal); // after errorOccurred
    connect(session, &TrackSession::editFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(session->entries(), &TimeEntryModel::editRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_entries, &EntriesView::inputRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_timer, &TimerController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_timer, &TimerController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_history, &UndoHistory::entriesDeleted, this,
            [this](int, const QString &description) { offerUndo(description); });
    connect(session->api(), &TrackApi::quotaChanged, this, [this](const QuotaInfo &quota) {
        if (quota.remaining)
            m_quotaLabel->setText(tr("%n requests left this hour", nullptr, *quota.remaining));
    });
    connect(session->entries(), &QAbstractItemModel::modelReset, this, &MainWindow::updateEntriesState);
    connect(session->entries(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEntriesState);
    connect(session->entries(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEntriesState);
    restoreWindowState();
    updateEntriesState();
}

void MainWindow::showEntriesAs(EntriesMode mode)
{
    m_mode = mode;
    const bool list = mode == EntriesMode::List;
    if (!list)
        m_timeline->setSpan(mode == EntriesMode::Day ? TimelinePeriod::Span::Day
                                                     : TimelinePeriod::Span::Week);
    m_viewStack->setCurrentWidget(list ? static_cast<QWidget *>(m_entriesStack) : m_timeline);
    m_historyFooter->setVisible(list); // the timeline loads the periods it shows itself
    m_toolStack->setCurrentWidget(list ? static_cast<QWidget *>(m_filter) : m_timeline->navigator());
    for (QAction *action : std::as_const(m_listActions))
        action->setVisible(list);
    for (QAction *action : std::as_const(m_timelineActions))
        action->setVisible(!list);
    for (QAction *action :
         {m_timeline->previousAction(), m_timeline->nextAction(), m_timeline->todayAction()})
        action->setEnabled(!list);
    for (QAction *action : m_modes->actions())
        action->setChecked(action->data().toInt() == int(mode));
}

void MainWindow::updateEntriesState()
{
    const bool empty = m_session->entries()->rowCount() == 0;
    if (!m_loaded && empty && m_errorBanner->isHidden()) {
        m_stateLabel->setText(tr("Loading entries…"));
        m_entriesStack->setCurrentWidget(m_stateLabel);
    } else if (m_loaded && empty) {
        m_stateLabel->setText(tr("No entries yet — start the timer"));
        m_entriesStack->setCurrentWidget(m_stateLabel);
    } else {
        m_entriesStack->setCurrentWidget(m_entries);
    }
    m_historyFooter->setVisible(m_loaded ||
                                !empty); // older weeks exist once signed in, even with none recent
}

void MainWindow::askForDate()
{
    const QDate today = QDate::currentDate();
    const QList<TimeEntry> selected = m_entries->selectedEntries();
    const QDate initial = selected.isEmpty() ? today : selected.first().start.toLocalTime().date();
    auto *dialog = new GoToDateDialog(std::min(initial, today), today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { goToDate(dialog->date()); });
    dialog->open();
}

void MainWindow::goToDate(const QDate &date)
{
    if (!date.isValid())
        return;
    if (!m_session->history()->isLoaded(date)) {
        m_goToDate = date;
        m_session->ensureLoaded(date, date);
        if (m_session->history()->isBusy())
            return; // shown when its week is in (weekLoaded)
        m_goToDate = {};
    }
    const QString day = QLocale().toString(date, QLocale::LongFormat);
    if (!m_entries->goToDay(date))
        statusBar()->showMessage(tr("No entries on %1").arg(day), 5000);
    else
        statusBar()->showMessage(tr("Showing %1").arg(day), 3000);
}

void MainWindow::addEntry()
{
    TimeEntry draft;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    draft.stop = now.addMSecs(-now.time().msec());
    draft.start = draft.stop->addSecs(-30 * 60);
    draft.duration = 30 * 60;
    addEntry(draft);
}

void MainWindow::addEntry(const TimeEntry &draft)
{
    auto *dialog = new EntryDialog(m_session, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<TimeEntry> entry = dialog->result())
            m_session->createEntry(*entry);
    });
    dialog->open();
}

void MainWindow::editEntry(const TimeEntry &entry)
{
    auto *dialog = new EntryDialog(m_session, entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<TimeEntry> edited = dialog->result())
            m_session->entries()->editEntry(*edited); // the inline-edit path: PUT through the outbox
    });
    dialog->open();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/entriesHeader"), m_entries->header()->saveState());
    settings.setValue(QStringLiteral("window/entriesColumns"), m_entries->columns()->saveChoices());
    // Saved apart from the header: a header saved before sorting existed says "column 0".
    settings.setValue(QStringLiteral("window/entriesSortColumn"),
                      m_entries->header()->sortIndicatorSection());
    settings.setValue(QStringLiteral("window/entriesSortOrder"),
                      int(m_entries->header()->sortIndicatorOrder()));
    settings.setValue(QStringLiteral("window/filter"), m_filter->text());
    static const char *const modeNames[] = {"list", "day", "week"};
    settings.setValue(QStringLiteral("window/entriesMode"), QLatin1String(modeNames[int(m_mode)]));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray header = settings.value(QStringLiteral("window/entriesHeader")).toByteArray();
    if (!header.isEmpty())
        m_entries->header()->restoreState(header);
    m_entries->columns()->restoreChoices(settings.value(QStringLiteral("window/entriesColumns")).toMap());
    int sortColumn = settings.value(QStringLiteral("window/entriesSortColumn"), -1).toInt();
    if (sortColumn < 0 || sortColumn >= m_entries->header()->count())
        sortColumn = -1;
    const bool descending =
        settings.value(QStringLiteral("window/entriesSortOrder")).toInt() == Qt::DescendingOrder;
    m_entries->sortByColumn(sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_filter->setText(settings.value(QStringLiteral("window/filter")).toString());
    const QString mode = settings.value(QStringLiteral("window/entriesMode")).toString();
    showEntriesAs(mode == QLatin1String("day")    ? EntriesMode::Day
                  : mode == QLatin1String("week") ? EntriesMode::Week
                                                  : EntriesMode::List);
}

void MainWindow::addBanner(QWidget *banner)
{
    auto *layout = qobject_cast<QBoxLayout *>(centralWidget()->layout());
    layout->insertWidget(layout->indexOf(m_pages), banner);
}

void MainWindow::offerUndo(const QString &description)
{
    m_undo->setText(tr("&Undo"));
    m_undo->show();
    statusBar()->showMessage(description.isEmpty() ? tr("Entry deleted")
                                                   : tr("Deleted “%1”").arg(description),
                             TrackSession::kUndoDeleteMs);
    m_undoTimer->start();
}

// Another client may have started or stopped a timer while we were in the background.
void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_scheduler->requestRefresh();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->flushDeletes(); // a delete the user did not undo must not be lost
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::addTimerActions(const QList<QAction *> &actions)
{
    m_timerMenu->addSeparator();
    m_timerMenu->addActions(actions);
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    // In a scroll area: a page wider than 480 pixels must not stop the window from narrowing.
    auto *scroll = new QScrollArea(m_pages);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    m_pages->addTab(scroll, title);
}

void MainWindow::showError(const ApiError &error)
{
    m_retry->setProperty("historyWeek", QDate());
    statusBar()->showMessage(error.toString(), 10000);
    m_errorLabel->setText(error.toString());
    m_retry->setProperty("reload", false);
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry loading entries"));
    m_errorBanner->show();
    updateEntriesState();
}

void MainWindow::showHistoryFailure(const QDate &week, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    m_errorLabel->setText(message); // "Could not load the week of …: the hourly request quota is used up…"
    m_retry->setProperty("reload", false);
    m_retry->setProperty("historyWeek", week);
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry loading that week"));
    m_errorBanner->show();
    updateEntriesState();
}

void MainWindow::showRefusal(const QString &message)
{
    m_retry->setProperty("historyWeek", QDate());
    m_errorLabel->setText(message); // "Could not save “…”: Request refused (400): …"
    m_retry->setProperty("reload", true);
    m_retry->setText(tr("&Reload"));
    m_retry->setAccessibleName(tr("Reload the entries from the server"));
    m_errorBanner->show();
    updateEntriesState();
}

// Esc in the search box clears it and goes back to the entries.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            m_filter->clear();
            m_entries->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace punchclock
