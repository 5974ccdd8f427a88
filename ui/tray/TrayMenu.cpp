// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tray/TrayMenu.h"

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QPersistentModelIndex>
#include <QTimer>

namespace punchclock {

namespace {

constexpr int kMaxLabel = 48;

// Menu text: short, and '&' shown as itself rather than as a mnemonic.
QString menuText(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxLabel)
        text = text.left(kMaxLabel - 1) + QChar(0x2026);
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

TrayMenu::TrayMenu(TrackSession *session, TimerController *timer, QWidget *parent)
    : QMenu(parent), m_session(session), m_timer(timer)
{
    setAccessibleName(tr("Punchclock tray menu"));
    // The day at a glance (DesktopIntegration writes it, as the tooltip): not a command.
    m_header = addAction(QString());
    m_header->setObjectName(QStringLiteral("trayHeader"));
    m_header->setEnabled(false);
    addSeparator();
    m_startStop = addAction(tr("Start timer"), this, &TrayMenu::toggleTimer);
    m_startStop->setObjectName(QStringLiteral("trayStartStop"));
    m_continue = addMenu(tr("&Continue"));
    m_continue->setObjectName(QStringLiteral("trayContinue"));
    m_continue->setAccessibleName(tr("Continue a recent entry"));
    m_focus = addMenu(tr("Start on a &Focus task"));
    m_focus->setObjectName(QStringLiteral("trayFocus"));
    m_focus->setAccessibleName(tr("Start on a Focus task"));
    m_focus->menuAction()->setVisible(false);
    m_windowSeparator = addSeparator();
    m_showHide = addAction(tr("&Show window"));
    m_showHide->setObjectName(QStringLiteral("trayShowHide"));
    m_closeToTray = addAction(tr("C&lose to tray"));
    m_closeToTray->setObjectName(QStringLiteral("trayCloseToTray"));
    m_closeToTray->setCheckable(true);
    m_closeToTray->setToolTip(tr("Closing the window keeps Punchclock running in the tray"));
    addSeparator();
    m_quit = addAction(tr("&Quit Punchclock"));
    m_quit->setObjectName(QStringLiteral("trayQuit"));

    connect(m_timer, &TimerController::runningChanged, this, &TrayMenu::updateTimerActions);
    connect(m_timer, &TimerController::busyChanged, this, &TrayMenu::updateTimerActions);
    TimeEntryModel *model = m_session->entries();
    connect(model, &TimeEntryModel::modelReset, this, &TrayMenu::scheduleRebuild);
    connect(model, &TimeEntryModel::rowsInserted, this, &TrayMenu::scheduleRebuild);
    connect(model, &TimeEntryModel::rowsRemoved, this, &TrayMenu::scheduleRebuild);
    connect(model, &TimeEntryModel::rowsMoved, this, &TrayMenu::scheduleRebuild);
    connect(model, &TimeEntryModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // The running entry's ticking duration changes nothing in the menu.
                if (topLeft.column() != TimeEntryModel::Duration ||
                    bottomRight.column() != TimeEntryModel::Duration)
                    scheduleRebuild();
            });
    rebuildNow();
}

QList<TimeEntry> TrayMenu::recentEntries() const
{
    QList<TimeEntry> recent;
    for (const TimeEntry &e : m_session->entries()->entries()) { // newest first
        if (e.isRunning() || m_session->hasPendingDelete(e.id))
            continue;
        const bool seen = std::any_of(recent.cbegin(), recent.cend(), [&e](const TimeEntry &r) {
            return r.description.value_or(QString()).trimmed() ==
                       e.description.value_or(QString()).trimmed() &&
                   r.projectId == e.projectId &&
                   r.tags.value_or(QStringList()) == e.tags.value_or(QStringList());
        });
        if (seen)
            continue;
        recent.append(e);
        if (recent.size() == kRecentCount)
            break;
    }
    return recent;
}

QString TrayMenu::lastDescription() const
{
    const QList<TimeEntry> &entries = m_session->entries()->entries();
    return entries.isEmpty() ? QString() : entries.first().description.value_or(QString()).trimmed();
}

void TrayMenu::setFocusTasks(QAbstractItemModel *tasks, FocusStarter start)
{
    if (m_focusTasks)
        disconnect(m_focusTasks, nullptr, this, nullptr);
    m_focusTasks = tasks;
    m_focusStart = std::move(start);
    if (tasks) {
        connect(tasks, &QAbstractItemModel::modelReset, this, &TrayMenu::scheduleRebuild);
        connect(tasks, &QAbstractItemModel::rowsInserted, this, &TrayMenu::scheduleRebuild);
        connect(tasks, &QAbstractItemModel::rowsRemoved, this, &TrayMenu::scheduleRebuild);
        connect(tasks, &QAbstractItemModel::rowsMoved, this, &TrayMenu::scheduleRebuild);
        connect(tasks, &QAbstractItemModel::dataChanged, this, &TrayMenu::scheduleRebuild);
    }
    rebuildFocus();
}

void TrayMenu::addFeatureActions(const QList<QAction *> &actions)
{
    insertSeparator(m_windowSeparator);
    insertActions(m_windowSeparator, actions);
}

void TrayMenu::setWindowShown(bool shown)
{
    m_showHide->setText(shown ? tr("&Hide window") : tr("&Show window"));
}

void TrayMenu::toggleTimer()
{
    if (m_timer->isRunning()) {
        m_timer->stop();
        return;
    }
    TimeEntry draft;
    const QString description = lastDescription();
    if (!description.isEmpty())
        draft.description = description;
    m_timer->start(draft);
}

void TrayMenu::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &TrayMenu::rebuildNow);
}

void TrayMenu::rebuildNow()
{
    m_rebuildPending = false;
    updateTimerActions();
    rebuildRecent();
    rebuildFocus();
}

void TrayMenu::updateTimerActions()
{
    if (const auto &running = m_timer->running()) {
        const QString description = running->description.value_or(QString());
        m_startStop->setText(description.trimmed().isEmpty() ? tr("S&top timer")
                                                             : tr("S&top “%1”").arg(menuText(description)));
    } else {
        const QString description = lastDescription();
        m_startStop->setText(description.isEmpty() ? tr("&Start timer")
                                                   : tr("&Start “%1”").arg(menuText(description)));
    }
    m_startStop->setEnabled(!m_timer->isBusy());
    m_continue->setEnabled(!m_timer->isBusy() && !m_continue->isEmpty());
}

void TrayMenu::rebuildRecent()
{
    m_continue->clear();
    for (const TimeEntry &entry : recentEntries()) {
        QString label = entry.description.value_or(QString()).trimmed();
        if (label.isEmpty())
            label = tr("(no description)");
        label = menuText(label);
        if (entry.projectId) {
            const Project *project = m_session->project(*entry.projectId);
            const QString projectName = project ? project->name : entry.projectName.value_or(QString());
            if (!projectName.isEmpty())
                label += QStringLiteral(" · ") + menuText(projectName);
        }
        auto *action = m_continue->addAction(label);
        connect(action, &QAction::triggered, m_timer, [this, entry] { m_timer->continueEntry(entry); });
    }
    m_continue->setEnabled(!m_timer->isBusy() && !m_continue->isEmpty());
}

void TrayMenu::rebuildFocus()
{
    m_focus->clear();
    m_focus->menuAction()->setVisible(m_focusTasks != nullptr);
    if (!m_focusTasks)
        return;
    const int rows = std::min(m_focusTasks->rowCount(), kFocusTaskCount);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_focusTasks->index(row, 0);
        auto *action = m_focus->addAction(menuText(index.data(Qt::DisplayRole).toString()));
        action->setIcon(qvariant_cast<QIcon>(index.data(Qt::DecorationRole)));
        const QPersistentModelIndex task(index);
        connect(action, &QAction::triggered, this, [this, task] {
            if (m_focusStart && task.isValid())
                m_focusStart(task);
        });
    }
    m_focus->setEnabled(rows > 0);
}

} // namespace punchclock
