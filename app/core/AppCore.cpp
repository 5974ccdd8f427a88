// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/AppCore.h"

#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/bulk/FocusBulkEditor.h"
#include "app/bulk/TrackBulkEditor.h"
#include "app/cli/CommandLine.h"
#include "app/credentials/CredentialStore.h"
#include "app/credentials/StartupSignIn.h"
#include "app/presence/DBusIdleSource.h"
#include "app/presence/IdleMonitor.h"
#include "app/presence/PresenceController.h"
#include "app/presence/ScreenLockWatcher.h"
#include "app/presence/SleepWatcher.h"
#ifdef PUNCHCLOCK_HAVE_XSS
#include "app/presence/XScreenSaverIdleSource.h"
#endif
#include "app/notify/NotificationClient.h"
#include "app/pomodoro/PomodoroTimer.h"
#include "app/reminders/TrackingReminder.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusSetup.h"
#include "app/session/RefreshScheduler.h"
#include "app/session/TrackSession.h"
#include "app/sync/FocusSync.h"
#include "app/sync/LocalStore.h"
#include "app/sync/Outbox.h"
#include "app/sync/StoreLocation.h"
#include "app/timer/TimerController.h"

#include <QDBusConnection>
#include <QSettings>

namespace punchclock {

AppCore::AppCore(const CommandLine &commandLine, const QString &instance, const Clock *clock, QObject *parent)
    : QObject(parent), m_transport(std::make_unique<ApiTransport>()),
      m_trackApi(std::make_unique<TrackApi>(m_transport.get()))
{
    if (commandLine.hasServer())
        m_server = commandLine.server();
    // Unsent changes and the last known entries live on disk (issue #9): nothing tracked is lost.
    m_session = std::make_unique<TrackSession>(m_trackApi.get(), StoreLocation::prepare(instance), clock);
    m_timer = std::make_unique<TimerController>(m_session.get(), clock);
    m_trackBulkEditor = std::make_unique<TrackBulkEditor>(m_session.get());
    m_scheduler = std::make_unique<RefreshScheduler>(m_session.get(), clock);
    m_credentials = std::make_unique<CredentialStore>();
    m_startup = std::make_unique<StartupSignIn>(m_trackApi.get(), m_credentials.get());

    // Toggl Focus: its own key, the same transport (an empty state until it is set up).
    m_settings = std::make_unique<QSettings>();
    m_focus = std::make_unique<FocusSession>(m_transport.get(), m_settings.get());
    m_timer->setFocusTimer(m_focus->timer()); // one timer runs at a time
    m_focusSetup = std::make_unique<FocusSetup>(m_focus.get(), m_credentials.get());
    if (m_server)
        m_focusSetup->setServer(FocusSetup::serverFor(*m_server));
    // Scripts and the demo: PUNCHCLOCK_FOCUS_KEY and --focus-organization win over the saved ones.
    QString focusKey = qEnvironmentVariable("PUNCHCLOCK_FOCUS_KEY");
    qunsetenv("PUNCHCLOCK_FOCUS_KEY");
    m_focusSetup->setOverrides(focusKey, commandLine.focusOrganization());
    focusKey.fill(QLatin1Char('\0'));
    m_focusSync = std::make_unique<FocusSync>(m_focus->api(), m_session->outbox()->store());
    m_focus->setSync(m_focusSync.get());
    m_focusBulkEditor = std::make_unique<FocusBulkEditor>(m_focus->api());
    m_focusBulkEditor->setSync(m_focusSync.get());

    // Idle time, sleep and the lock: sources best first (ui/ may put KIdleTime before them).
    m_presence =
        std::make_unique<PresenceController>(m_session.get(), m_timer.get(), clock, m_settings.get());
    auto *idle = new IdleMonitor(clock);
    const QDBusConnection sessionBus = QDBusConnection::sessionBus();
    idle->addSource(new DBusIdleSource(sessionBus, DBusIdleSource::freedesktopScreenSaver()));
    idle->addSource(new DBusIdleSource(sessionBus, DBusIdleSource::mutterIdleMonitor()));
#ifdef PUNCHCLOCK_HAVE_XSS
    idle->addSource(new XScreenSaverIdleSource);
#endif
    m_presence->setIdleMonitor(idle);
    m_presence->setSleepWatcher(new SleepWatcher(QDBusConnection::systemBus()));
    m_presence->setScreenLockWatcher(new ScreenLockWatcher(sessionBus));
    m_presence->setSettings(PresenceSettings::load(*m_settings));

    // The saved Focus key sits in the signed-in account's keychain entry: read it once signed in.
    connect(m_startup.get(), &StartupSignIn::signedIn, m_focusSetup.get(), [this] { useSavedFocus(); });
    connect(m_startup.get(), &StartupSignIn::credentialsRenewed, m_focusSetup.get(),
            [this] { useSavedFocus(); });
    connect(m_startup.get(), &StartupSignIn::signedOut, m_focusSetup.get(), &FocusSetup::forgetAccount);

    m_notifications = std::make_unique<NotificationClient>();
    m_reminder =
        std::make_unique<TrackingReminder>(m_timer.get(), m_session.get(), m_notifications.get(), clock);
    m_reminder->setSettings(ReminderSettings::load(*m_settings));
    m_pomodoro = std::make_unique<PomodoroTimer>(m_timer.get(), m_notifications.get(), clock);
    m_pomodoro->setSettings(PomodoroSettings::load(*m_settings));
    // A break that stopped the timer is no time to be reminded to track.
    connect(m_pomodoro.get(), &PomodoroTimer::phaseChanged, m_reminder.get(),
            [this](PomodoroTimer::Phase phase) {
                if (phase == PomodoroTimer::Phase::ShortBreak || phase == PomodoroTimer::Phase::LongBreak)
                    m_reminder->holdUntil(m_pomodoro->phaseEndsAt());
            });
}

AppCore::~AppCore() = default;

void AppCore::useSavedFocus()
{
    if (m_startup->usesEnvironmentToken())
        return; // PUNCHCLOCK_TOKEN: nothing saved is read or written
    if (!m_server)
        m_focusSetup->setServer(FocusSetup::serverFor(m_startup->server()));
    m_focusSetup->useAccount(m_startup->account());
}

std::optional<ApiError> AppCore::startSignIn()
{
    // Scripts and the demo pass the token in the environment: used for this run, never stored.
    StartupSignIn::Options options;
    options.server = m_server;
    options.environmentToken = qEnvironmentVariable("PUNCHCLOCK_TOKEN");
    qunsetenv("PUNCHCLOCK_TOKEN");
    std::optional<ApiError> error = m_startup->start(options);
    options.environmentToken.fill(QLatin1Char('\0'));
    return error;
}

} // namespace punchclock
