// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/presence/ReturnDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <memory>

namespace punchclock {

class AppCore;
class AwayBanner;
class DesktopIntegration;
class FocusPage;
class GlobalShortcuts;
class MainWindow;
class MiniTimer;
class SignInFlow;
class WeeklyReportDialog;

// The composition root of the widgets (Zeal's WindowManager): the main window with its Focus page,
// the tray, the sign-in flow and the dialogs they open, each given what it needs from AppCore.
class Shell : public QObject
{
    Q_OBJECT
public:
    explicit Shell(AppCore *core, QObject *parent = nullptr);
    ~Shell() override;

    MainWindow *window() const { return m_window.get(); }
    DesktopIntegration *desktop() const { return m_desktop.get(); }
    SignInFlow *signIn() const { return m_signIn.get(); }
    MiniTimer *miniTimer() const { return m_miniTimer.get(); }

    void show();
    ReturnDialog *returnDialog() const { return m_return; } // while a question waits
    AwayBanner *awayBanner() const { return m_awayBanner; }
    // Settings, non-modal to the caller (open()); one at a time.
    void openSettings(SettingsDialog::Section section);
    // Reports → Weekly Report…: the report window beside the main window; one at a time.
    void openWeeklyReport();
    // The portal's global shortcuts, for Settings to say whether they work (main() sets it).
    void setShortcuts(GlobalShortcuts *shortcuts);

public slots:
    void showWindow(); // another start of Punchclock asked for the running window

signals:
    // The first sign-in was cancelled: nothing to show without an account.
    void quitRequested();

private:
    void updateTrayFocus();
    // Issue #20: the question on return from idle time, sleep or the lock, raised on screen.
    void askOnReturn(const ReturnQuestion &question);
    void wireReminders();
    // The timeline's or the weekly report's days from `from` to `to`: loads the weeks the store
    // does not hold (TrackSession::ensureLoaded: one request a week, none for a week already read).
    void loadPeriod(const QDate &from, const QDate &to);

    AppCore *m_core;
    // Destroyed in reverse: the sign-in flow and the tray before the window they watch.
    std::unique_ptr<MainWindow> m_window;
    FocusPage *m_focusPage = nullptr; // the window's
    std::unique_ptr<DesktopIntegration> m_desktop;
    std::unique_ptr<SignInFlow> m_signIn;
    // A window of its own (no parent): it stays while the main window is hidden to the tray.
    std::unique_ptr<MiniTimer> m_miniTimer;
    QPointer<SettingsDialog> m_settings;
    QPointer<GlobalShortcuts> m_shortcuts;
    QPointer<WeeklyReportDialog> m_report;
    QPointer<ReturnDialog> m_return;
    AwayBanner *m_awayBanner = nullptr; // the window's
};

} // namespace punchclock
