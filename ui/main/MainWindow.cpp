#include "main/MainWindow.h"

#include "session/TrackSession.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

namespace punchclock {

MainWindow::MainWindow(TrackSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_table(new QTableView(this)), m_quotaLabel(new QLabel(this))
{
    setWindowTitle(tr("Punchclock"));
    resize(900, 560);

    m_table->setModel(session->entries());
    m_table->setAccessibleName(tr("Time entries"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TimeEntryModel::Description, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TimeEntryModel::Start, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TimeEntryModel::Stop, QHeaderView::ResizeToContents);
    setCentralWidget(m_table);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *refresh = fileMenu->addAction(tr("&Refresh"), session, &TrackSession::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_quotaLabel->setAccessibleName(tr("Remaining requests"));
    statusBar()->addPermanentWidget(m_quotaLabel);
    statusBar()->showMessage(tr("Signing in…"));

    connect(session, &TrackSession::signedIn, this, [this](const Me &me) {
        statusBar()->showMessage(tr("Signed in as %1").arg(me.email), 5000);
    });
    connect(session, &TrackSession::refreshed, this, [this](int count) {
        statusBar()->showMessage(tr("%n time entries loaded", nullptr, count), 5000);
        m_table->resizeColumnToContents(TimeEntryModel::Project);
    });
    connect(session, &TrackSession::errorOccurred, this, &MainWindow::showError);
    connect(session->api(), &TrackApi::quotaChanged, this, [this](const QuotaInfo &quota) {
        if (quota.remaining)
            m_quotaLabel->setText(tr("%n requests left this hour", nullptr, *quota.remaining));
    });
}

void MainWindow::showError(const ApiError &error)
{
    statusBar()->showMessage(error.toString());
}

} // namespace punchclock
