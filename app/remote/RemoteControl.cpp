// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/RemoteControl.h"

#include "app/core/AppCore.h"
#include "app/remote/ApplicationService.h"
#include "app/remote/DBusNames.h"
#include "app/remote/GlobalShortcuts.h"
#include "app/remote/TimerCommands.h"
#include "app/remote/TimerReport.h"
#include "app/remote/TimerService.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRemote, "punchclock.remote")

namespace punchclock {

RemoteControl::RemoteControl(AppCore *core, QObject *parent)
    : QObject(parent), m_report(std::make_unique<TimerReport>(core->session(), core->timer())),
      m_commands(std::make_unique<TimerCommands>(core->session(), core->timer(), core->startup())),
      m_timer(
          std::make_unique<TimerService>(core->session(), core->timer(), m_commands.get(), m_report.get())),
      m_application(std::make_unique<ApplicationService>(m_commands.get())),
      m_shortcuts(std::make_unique<GlobalShortcuts>())
{
    connect(m_timer.get(), &TimerService::showWindowRequested, this, &RemoteControl::showWindowRequested);
    connect(m_application.get(), &ApplicationService::showWindowRequested, this,
            &RemoteControl::showWindowRequested);
}

void RemoteControl::bindShortcuts()
{
    connect(m_shortcuts.get(), &GlobalShortcuts::activated, this, [this](const QString &id) {
        const auto logged = [id](const TimerCommands::Result &result) {
            if (!result.ok)
                qCInfo(lcRemote, "shortcut %s: %s", qUtf8Printable(id), qUtf8Printable(result.message));
        };
        if (id == QLatin1String(GlobalShortcuts::kToggle))
            m_commands->toggle(logged);
        else if (id == QLatin1String(GlobalShortcuts::kContinue))
            m_commands->continueLast(logged);
        else
            emit showWindowRequested();
    });
    m_shortcuts->bind();
}

RemoteControl::~RemoteControl()
{
    if (m_name.isEmpty())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterService(m_name);
    bus.unregisterObject(QLatin1String(DBusNames::kTimerPath));
    bus.unregisterObject(QLatin1String(DBusNames::kApplicationPath));
}

bool RemoteControl::publish(const QString &instance)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCWarning(lcRemote,
                  "no session bus: `punchclock toggle` and the other commands cannot reach this window");
        return false;
    }
    const auto options = QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties;
    if (!bus.registerObject(QLatin1String(DBusNames::kTimerPath), QLatin1String(DBusNames::kTimerInterface),
                            m_timer.get(), options) ||
        !bus.registerObject(QLatin1String(DBusNames::kApplicationPath),
                            QStringLiteral("org.freedesktop.Application"), m_application.get(), options)) {
        qCWarning(lcRemote, "could not register the D-Bus objects: %s",
                  qUtf8Printable(bus.lastError().message()));
        return false;
    }
    const QString name = DBusNames::serviceName(instance);
    if (!bus.registerService(name)) {
        qCWarning(lcRemote, "the D-Bus name %s is taken: %s", qUtf8Printable(name),
                  qUtf8Printable(bus.lastError().message()));
        return false;
    }
    m_name = name;
    return true;
}

} // namespace punchclock
