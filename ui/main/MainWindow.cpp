#include "main/MainWindow.h"
#include "main/SyncStatusLabel.h"

#include "about/AboutDialog.h"
#include "bulk/BulkEditController.h"
#include "entries/EntriesView.h"
#include "models/EntryFilterModel.h"
#include "session/RefreshScheduler.h"
#include "session/TrackSession.h"
#include "settings/SettingsDialog.h"
#include "timer/TimerBar.h"
#include "timer/TimerController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFrame>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace punchclock {

MainWindow::MainWindow(TrackSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_timer(new TimerController(session, nullptr, this)),
      m_scheduler(new RefreshScheduler(session, nullptr, this)), m_timerBar(new TimerBar(session, m_timer, this)),
      m_filter(new QLineEdit(this)), m_entries(new EntriesView(session, m_timer, this)), m_quotaLabel(new QLabel(this)),
      m_undo(new QPushButton(tr("&Undo"), this)), m_undoTimer(new QTimer(this))
{
    setWindowTitle(tr("Punchclock"));
    resize(1100, 680);

    m_filter->setPlaceholderText(tr("Search description, project or tags"));
    m_filter->setAccessibleName(tr("Search entries"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_entries->filterModel(), &EntryFilterModel::setSearchText);
    connect(m_filter, &QLineEdit::textChanged, m_entries, &QTreeView::expandAll);

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
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(8, 6, 8, 6);
    filterRow->addWidget(m_filter);
    trackLayout->addLayout(filterRow);
    trackLayout->addWidget(m_entries, 1);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->addTab(trackPage, tr("&Time entries"));
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *refresh = fileMenu->addAction(tr("&Refresh"), session, &TrackSession::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    auto *settings = fileMenu->addAction(tr("&Settings…"), this, [this] { SettingsDialog(this).exec(); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *timerMenu = menuBar()->addMenu(tr("&Timer"));
    auto *startStop = timerMenu->addAction(tr("&Start or Stop"), this, [this] { m_timerBar->startStopButton()->click(); });
    startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    auto *focusDescription = timerMenu->addAction(tr("&New Entry…"), this, [this] {
        m_timerBar->descriptionEdit()->setFocus();
        m_timerBar->descriptionEdit()->selectAll();
    });
    focusDescription->setShortcut(QKeySequence::New);

    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    auto *undo = editMenu->addAction(tr("U&ndo Delete"), m_undo, &QPushButton::click);
    undo->setShortcut(QKeySequence::Undo);
    m_bulk = new BulkEditController(session, m_entries, this); // turns on "Edit N entries…"
    editMenu->addAction(m_bulk->undoAction());
    editMenu->addSeparator();
    editMenu->addAction(m_entries->continueAction());
    editMenu->addAction(m_entries->duplicateAction());
    editMenu->addAction(m_entries->deleteAction());
    editMenu->addAction(m_entries->bulkEditAction());
    editMenu->addSeparator();
    auto *find = editMenu->addAction(tr("&Find…"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu")); // SignInFlow puts Account before it
    auto *about = helpMenu->addAction(tr("&About Punchclock"), this, [this] { AboutDialog(this).exec(); });
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
    connect(m_undoTimer, &QTimer::timeout, this, [this] {
        m_undo->hide();
        m_undoIds.clear();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        for (qint64 id : std::as_const(m_undoIds))
            m_session->undoDelete(id);
        m_undoIds.clear();
        m_undo->hide();
        statusBar()->showMessage(tr("Restored"), 3000);
    });

    connect(session, &TrackSession::signedIn, this, [this](const Me &me) {
        statusBar()->showMessage(tr("Signed in as %1").arg(me.email), 5000);
    });
    connect(session, &TrackSession::refreshed, this, [this](int count) {
        statusBar()->showMessage(tr("%n time entries loaded", nullptr, count), 3000);
    });
    connect(session, &TrackSession::errorOccurred, this, &MainWindow::showError);
    connect(session, &TrackSession::editFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(session->entries(), &TimeEntryModel::editRefused, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_timer, &TimerController::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(session, &TrackSession::entryDeleted, this, &MainWindow::offerUndo);
    connect(session->api(), &TrackApi::quotaChanged, this, [this](const QuotaInfo &quota) {
        if (quota.remaining)
            m_quotaLabel->setText(tr("%n requests left this hour", nullptr, *quota.remaining));
    });
}

void MainWindow::offerUndo(qint64 id, const QString &description)
{
    m_undoIds.append(id);
    m_undo->setText(tr("&Undo"));
    m_undo->show();
    statusBar()->showMessage(description.isEmpty() ? tr("Entry deleted") : tr("Deleted “%1”").arg(description),
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
    QMainWindow::closeEvent(event);
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_pages->addTab(page, title);
}

void MainWindow::showError(const ApiError &error)
{
    statusBar()->showMessage(error.toString(), 10000);
}

} // namespace punchclock
