// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsDialog.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <memory>

namespace punchclock {

class AppCore;
class DesktopIntegration;
class FocusPage;
class MainWindow;
class SignInFlow;

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

    void show();
    // Settings, non-modal to the caller (open()); one at a time.
    void openSettings(SettingsDialog::Section section);

public slots:
    void showWindow(); // another start of Punchclock asked for the running window

signals:
    // The first sign-in was cancelled: nothing to show without an account.
    void quitRequested();

private:
    void updateTrayFocus();
    // The timeline moved to the days from `from` to `to` (MainWindow::periodShown). THE CONNECTION
    // POINT FOR HISTORY LOADING (issue #18): ask the session to load that period here, e.g.
    // m_core->session()->ensureLoaded(from, to). Until then the timeline shows what the model has.
    void loadPeriod(const QDate &from, const QDate &to);

    AppCore *m_core;
    // Destroyed in reverse: the sign-in flow and the tray before the window they watch.
    std::unique_ptr<MainWindow> m_window;
    FocusPage *m_focusPage = nullptr; // the window's
    std::unique_ptr<DesktopIntegration> m_desktop;
    std::unique_ptr<SignInFlow> m_signIn;
    QPointer<SettingsDialog> m_settings;
};

} // namespace punchclock
