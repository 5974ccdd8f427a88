// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace punchclock {

class ApiTransport;
class Clock;
class CommandLine;
class CredentialStore;
class FocusBulkEditor;
class FocusSession;
class FocusSetup;
class FocusSync;
class PresenceController;
class NotificationClient;
class PomodoroTimer;
class RefreshScheduler;
class StartupSignIn;
class TimerController;
class TrackApi;
class TrackBulkEditor;
class TrackSession;
class TrackingReminder;

// The composition root of the core (as Zeal's Core::Application): builds and owns every service
// the widgets bind to, one transport for Track and Focus, and wires them to each other. Widgets get
// these from ui/shell; none constructs a service or looks one up.
class AppCore : public QObject
{
    Q_OBJECT
public:
    // `instance`: PUNCHCLOCK_INSTANCE (empty: the default), which names the local database.
    // `clock`: "now" for the entries, the timer and the refresh schedule (nullptr: the system
    // clock; tests/bench/bench_soak passes a simulated one).
    AppCore(const CommandLine &commandLine, const QString &instance, const Clock *clock = nullptr,
            QObject *parent = nullptr);
    ~AppCore() override;

    ApiTransport *transport() const { return m_transport.get(); }
    TrackApi *trackApi() const { return m_trackApi.get(); }
    TrackSession *session() const { return m_session.get(); }
    TimerController *timer() const { return m_timer.get(); }
    TrackBulkEditor *trackBulkEditor() const { return m_trackBulkEditor.get(); }
    RefreshScheduler *scheduler() const { return m_scheduler.get(); }
    CredentialStore *credentials() const { return m_credentials.get(); }
    StartupSignIn *startup() const { return m_startup.get(); }
    FocusSession *focus() const { return m_focus.get(); }
    FocusSetup *focusSetup() const { return m_focusSetup.get(); }
    FocusSync *focusSync() const { return m_focusSync.get(); }
    FocusBulkEditor *focusBulkEditor() const { return m_focusBulkEditor.get(); } // sends through focusSync()
    // Idle time, sleep, shutdown and the screen lock (issue #20).
    PresenceController *presence() const { return m_presence.get(); }
    // Desktop notifications with buttons; the tray shows what they cannot (fallbackRequested).
    NotificationClient *notifications() const { return m_notifications.get(); }
    TrackingReminder *reminder() const { return m_reminder.get(); }
    PomodoroTimer *pomodoro() const { return m_pomodoro.get(); }

    // Reads the saved sign-in (or PUNCHCLOCK_TOKEN, used for this run and never stored). Call once
    // the UI listens to startup(): an unusable --server is returned at once, all else is signalled.
    std::optional<ApiError> startSignIn();

private:
    void useSavedFocus();

    std::optional<QUrl> m_server; // --server
    // Declared in build order: destroyed in reverse, the users before what they use.
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<TrackApi> m_trackApi;
    std::unique_ptr<TrackSession> m_session;
    std::unique_ptr<TimerController> m_timer;
    std::unique_ptr<TrackBulkEditor> m_trackBulkEditor;
    std::unique_ptr<RefreshScheduler> m_scheduler;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<StartupSignIn> m_startup;
    std::unique_ptr<QSettings> m_settings; // keeps the running Focus task timer
    std::unique_ptr<FocusSession> m_focus;
    std::unique_ptr<FocusSetup> m_focusSetup;
    // Focus changes (timer stops, entry edits, bulk edits) go through the same durable outbox as
    // Track's.
    std::unique_ptr<FocusSync> m_focusSync;
    std::unique_ptr<FocusBulkEditor> m_focusBulkEditor;
    std::unique_ptr<PresenceController> m_presence;
    // Issue #20: reminders and the Pomodoro act through the timer and speak through notifications.
    std::unique_ptr<NotificationClient> m_notifications;
    std::unique_ptr<TrackingReminder> m_reminder;
    std::unique_ptr<PomodoroTimer> m_pomodoro;
};

} // namespace punchclock
