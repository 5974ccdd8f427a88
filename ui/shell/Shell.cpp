// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/Shell.h"

#include "app/core/AppCore.h"
#include "app/models/FocusTaskModel.h"
#include "app/notify/NotificationClient.h"
#include "app/pomodoro/PomodoroTimer.h"
#include "app/presence/IdleMonitor.h"
#include "app/presence/PresenceController.h"
#include "app/reminders/TrackingReminder.h"
#include "app/remote/GlobalShortcuts.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusTaskTimer.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "ui/focus/FocusPage.h"
#include "ui/main/MainWindow.h"
#include "ui/presence/AwayBanner.h"
#include "ui/presence/ReturnDialog.h"
#include "ui/presence/ReturnNotification.h"
#ifdef PUNCHCLOCK_HAVE_KIDLETIME
#include "ui/presence/KIdleTimeSource.h"
#endif
#include "ui/pomodoro/PomodoroActions.h"
#include "ui/pomodoro/PomodoroStatusLabel.h"
#include "ui/report/WeeklyReportDialog.h"
#include "ui/report/WeeklyReportView.h"
#include "ui/signin/SignInFlow.h"
#include "ui/timer/MiniTimer.h"
#include "ui/timer/TimerBar.h"
#include "ui/tray/DesktopIntegration.h"
#include "ui/tray/TrayMenu.h"

#include <QAction>
#include <QApplication>

namespace punchclock {

Shell::Shell(AppCore *core, QObject *parent)
    : QObject(parent), m_core(core),
      m_window(std::make_unique<MainWindow>(core->session(), core->timer(), core->scheduler(),
                                            core->trackBulkEditor()))
{
    // Tray icon, close to tray.
    m_desktop = std::make_unique<DesktopIntegration>(m_window.get(), core->session(), core->timer());
    m_signIn = std::make_unique<SignInFlow>(core->session(), core->startup(), m_window.get());
    connect(m_signIn.get(), &SignInFlow::quitRequested, this, &Shell::quitRequested);
    // Ctrl+Q quits, also with "Close to tray" on (closing the window only hides it then).
    connect(m_window.get(), &MainWindow::quitRequested, m_desktop.get(), &DesktopIntegration::quit);

    // Toggl Focus: a page beside the Track entries (an empty state until it is set up).
    FocusSession *focus = core->focus();
    m_focusPage = new FocusPage(focus, core->focusBulkEditor(), m_window.get());
    m_window->addPage(m_focusPage, QApplication::translate("main", "&Focus"));
    connect(m_focusPage, &FocusPage::settingsRequested, this,
            [this] { openSettings(SettingsDialog::Section::Focus); });
    connect(m_window.get(), &MainWindow::settingsRequested, this,
            [this] { openSettings(SettingsDialog::Section::General); });
    connect(m_window.get(), &MainWindow::weeklyReportRequested, this, &Shell::openWeeklyReport);
    updateTrayFocus();
    connect(focus, &FocusSession::configurationChanged, m_desktop.get(), [this] { updateTrayFocus(); });
    // The timeline's day or week (and the report's week, openWeeklyReport()): a period the store
    // does not hold is read (history, issue #18); the views follow the entries model.
    connect(m_window.get(), &MainWindow::periodShown, this, &Shell::loadPeriod);

    m_miniTimer = std::make_unique<MiniTimer>(core->session(), core->timer());
    QAction *miniAction = m_window->miniTimerAction();
    connect(miniAction, &QAction::toggled, m_miniTimer.get(), &MiniTimer::setShown);
    connect(m_miniTimer.get(), &MiniTimer::shownChanged, miniAction, &QAction::setChecked);
    connect(m_miniTimer.get(), &MiniTimer::windowRequested, this, &Shell::showWindow);

    // Idle time, sleep, the lock (issue #20): the question on return, and "stopped at…" above
    // the entries with Continue.
    PresenceController *presence = core->presence();
#ifdef PUNCHCLOCK_HAVE_KIDLETIME
    if (IdleMonitor *idle = presence->idleMonitor())
        idle->prependSource(new KIdleTimeSource); // the best where it is built in
#endif
    m_awayBanner = new AwayBanner(m_window.get());
    m_window->addBanner(m_awayBanner);
    connect(presence, &PresenceController::timerStoppedWhileAway, m_awayBanner, &AwayBanner::showStopped);
    connect(m_awayBanner, &AwayBanner::continueRequested, core->timer(), &TimerController::continueEntry);
    connect(presence, &PresenceController::returnQuestionReady, this, &Shell::askOnReturn);
    new ReturnNotification(presence, core->notifications(), core->timer(), this); // beside the window
    connect(presence, &PresenceController::returnQuestionClosed, this, [this] {
        if (m_return && !m_return->isAnswered())
            m_return->close(); // answered elsewhere, or the entry stopped meanwhile
    });
    wireReminders();
}

void Shell::askOnReturn(const ReturnQuestion &question)
{
    if (m_return && !m_return->isAnswered()) { // an older question: its answer would take this one
        disconnect(m_return, nullptr, m_core->presence(), nullptr);
        m_return->close();
    }
    m_return = new ReturnDialog(question, m_window.get());
    m_return->setAttribute(Qt::WA_DeleteOnClose);
    PresenceController *presence = m_core->presence();
    connect(m_return, &ReturnDialog::answered, presence,
            [presence](ReturnDialog::Answer answer, const QString &description) {
                switch (answer) {
                case ReturnDialog::Answer::DiscardAndContinue:
                    presence->discardAndContinue();
                    break;
                case ReturnDialog::Answer::DiscardAndStop:
                    presence->discardAndStop();
                    break;
                case ReturnDialog::Answer::Keep:
                    presence->keep();
                    break;
                case ReturnDialog::Answer::AddAsEntry:
                    presence->addAwayAsEntry(description);
                    break;
                }
            });
    // Raised over whatever is on screen: the person has just come back to the computer.
    m_return->show();
    m_return->raise();
    m_return->activateWindow();
}

// Issue #20: notifications the desktop cannot show go to the tray; the Pomodoro's state is in
// the timer bar and the tray, its actions in the Timer menu and the tray menu.
void Shell::wireReminders()
{
    connect(m_core->notifications(), &NotificationClient::fallbackRequested, m_desktop.get(),
            &DesktopIntegration::showNotification);
    connect(m_core->reminder(), &TrackingReminder::attentionRequested, m_desktop.get(),
            &DesktopIntegration::showWindow);

    PomodoroTimer *pomodoro = m_core->pomodoro();
    auto *actions = new PomodoroActions(pomodoro, this);
    m_window->addTimerActions(actions->actions());
    m_desktop->menu()->addFeatureActions(actions->actions());
    m_window->timerBar()->setStatusWidget(new PomodoroStatusLabel(pomodoro, m_window->timerBar()));
    const auto showInTray = [this, pomodoro] {
        m_desktop->setStatusLine(pomodoro->isActive() ? tr("Pomodoro: %1").arg(pomodoro->statusText())
                                                      : QString());
    };
    connect(pomodoro, &PomodoroTimer::phaseChanged, m_desktop.get(), showInTray);
    connect(pomodoro, &PomodoroTimer::phaseChanged, m_desktop.get(), [this](PomodoroTimer::Phase phase) {
        using Badge = DesktopIntegration::Badge;
        m_desktop->setPomodoroBadge(phase == PomodoroTimer::Phase::Off    ? Badge::None
                                    : phase == PomodoroTimer::Phase::Work ? Badge::PomodoroWork
                                                                          : Badge::PomodoroBreak);
    });
    connect(pomodoro, &PomodoroTimer::remainingChanged, m_desktop.get(), showInTray);
    connect(pomodoro, &PomodoroTimer::chime, this, [] { QApplication::beep(); });
}

void Shell::loadPeriod(const QDate &from, const QDate &to)
{
    // Before the sign-in the first full list brings the recent weeks; older ones need the account.
    TrackSession *session = m_core->session();
    if (session->isSignedIn())
        session->ensureLoaded(from, to);
}

Shell::~Shell() = default;

void Shell::show()
{
    m_window->show(); // the saved sign-in is read meanwhile, or the sign-in dialog opens over the window
    if (MiniTimer::wasShown())
        m_window->miniTimerAction()->setChecked(true); // open when Punchclock last quit
}

void Shell::showWindow()
{
    m_desktop->showWindow();
}

void Shell::setShortcuts(GlobalShortcuts *shortcuts)
{
    m_shortcuts = shortcuts;
}

void Shell::openSettings(SettingsDialog::Section section)
{
    if (m_settings) { // window-modal, so only the tray could ask again
        m_settings->raise();
        return;
    }
    m_settings = new SettingsDialog(m_window.get(), m_core->focusSetup(), m_core->presence(),
                                    m_core->reminder(), m_core->pomodoro());
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    if (m_shortcuts)
        m_settings->setShortcuts(m_shortcuts);
    if (section != SettingsDialog::Section::General)
        m_settings->showSection(section); // General is where the dialog opens anyway
    m_settings->open();
}

void Shell::openWeeklyReport()
{
    if (m_report) {
        m_report->show();
        m_report->raise();
        m_report->activateWindow();
        return;
    }
    m_report = new WeeklyReportDialog(m_core->session(), nullptr, m_window.get());
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_report->view(), &WeeklyReportView::weekShown, this, &Shell::loadPeriod);
    m_report->show();
}

void Shell::updateTrayFocus()
{
    FocusSession *focus = m_core->focus();
    m_desktop->menu()->setFocusTasks(
        focus->isConfigured() ? focus->tasks() : nullptr, [focus](const QModelIndex &task) {
            focus->timer()->start(task.data(FocusTaskModel::TaskIdRole).toLongLong(),
                                  task.data(Qt::DisplayRole).toString());
        });
}

} // namespace punchclock
