// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace punchclock {

class AppCore;
class ApplicationService;
class GlobalShortcuts;
class TimerCommands;
class TimerReport;
class TimerService;

// The running app on the session bus: /Timer (TimerService) and org.freedesktop.Application
// (ApplicationService) under DBusNames::serviceName(instance). `punchclock toggle` and the other
// verbs find the app by that name; without it they run headless.
class RemoteControl : public QObject
{
    Q_OBJECT
public:
    explicit RemoteControl(AppCore *core, QObject *parent = nullptr);
    ~RemoteControl() override;

    // Registers the objects, then the name (last, so a caller never finds the name without them).
    // False, with a warning, when there is no session bus or the name is taken.
    bool publish(const QString &instance);

    // Asks the GlobalShortcuts portal for the shortcuts (toggle, show the window, continue);
    // shortcuts() says whether it worked.
    void bindShortcuts();

    TimerCommands *commands() const { return m_commands.get(); }
    GlobalShortcuts *shortcuts() const { return m_shortcuts.get(); }
    TimerService *timerService() const { return m_timer.get(); }

signals:
    void showWindowRequested(); // ShowWindow, Activate, Open or the "show" action

private:
    std::unique_ptr<TimerReport> m_report;
    std::unique_ptr<TimerCommands> m_commands;
    std::unique_ptr<TimerService> m_timer;
    std::unique_ptr<ApplicationService> m_application;
    std::unique_ptr<GlobalShortcuts> m_shortcuts;
    QString m_name; // the bus name, once published
};

} // namespace punchclock
