// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/ApplicationService.h"

#include "app/remote/DBusNames.h"
#include "app/remote/TimerCommands.h"

#include <QDBusConnection>
#include <QDBusMessage>

namespace punchclock {

ApplicationService::ApplicationService(TimerCommands *commands, QObject *parent)
    : QObject(parent), m_commands(commands)
{
}

void ApplicationService::Activate(const QVariantMap &)
{
    emit showWindowRequested();
}

void ApplicationService::Open(const QStringList &, const QVariantMap &)
{
    emit showWindowRequested();
}

void ApplicationService::ActivateAction(const QString &name, const QVariantList &, const QVariantMap &)
{
    if (name == QLatin1String("show")) {
        emit showWindowRequested();
        return;
    }
    using Run = void (TimerCommands::*)(const TimerCommands::Done &);
    Run run = nullptr;
    if (name == QLatin1String("toggle"))
        run = &TimerCommands::toggle;
    else if (name == QLatin1String("stop"))
        run = &TimerCommands::stop;
    else if (name == QLatin1String("continue"))
        run = &TimerCommands::continueLast;
    if (!run) {
        sendErrorReply(QLatin1String(DBusNames::kErrorInvalidArgs),
                       tr("Unknown action “%1”: use toggle, stop, continue or show").arg(name));
        return;
    }
    setDelayedReply(true);
    (m_commands->*run)([bus = connection(), call = message()](const TimerCommands::Result &result) mutable {
        bus.send(result.ok ? call.createReply() : call.createErrorReply(result.errorName, result.message));
    });
}

} // namespace punchclock
