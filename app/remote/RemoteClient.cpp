// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/RemoteClient.h"

#include "app/remote/DBusNames.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QJsonDocument>
#include <QJsonObject>

namespace punchclock {

namespace {

constexpr int kCallTimeoutMs = 30000;

} // namespace

RemoteClient::RemoteClient(const QString &service) : m_service(service) {}

bool RemoteClient::isRunning(const QString &service)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> owned = bus.interface()->isServiceRegistered(service);
    return owned.isValid() && owned.value();
}

CliOutcome RemoteClient::run(const CliCommand &command) const
{
    using Verb = CliCommand::Verb;
    const auto call = [this](const QString &method, const QVariantList &arguments = {}) {
        QDBusMessage message =
            QDBusMessage::createMethodCall(m_service, QLatin1String(DBusNames::kTimerPath),
                                           QLatin1String(DBusNames::kTimerInterface), method);
        message.setArguments(arguments);
        message.setAutoStartService(false); // a verb never starts the app: without it, it runs headless
        return QDBusConnection::sessionBus().call(message, QDBus::Block, kCallTimeoutMs);
    };
    const auto failed = [](const QDBusMessage &reply) { return reply.type() == QDBusMessage::ErrorMessage; };
    const auto jsonOf = [](const QDBusMessage &reply) {
        return QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8()).object();
    };

    QDBusMessage reply;
    switch (command.verb) {
    case Verb::Start:
        reply = call(QStringLiteral("Start"), {command.description, command.project, command.tags});
        break;
    case Verb::Stop:
        reply = call(QStringLiteral("Stop"));
        break;
    case Verb::Toggle:
        reply = call(QStringLiteral("Toggle"));
        break;
    case Verb::Continue:
        reply = call(QStringLiteral("Continue"));
        break;
    case Verb::Status:
    case Verb::None:
        break;
    case Verb::Today:
    case Verb::List: {
        reply = call(QStringLiteral("List"),
                     {command.verb == Verb::Today ? QStringLiteral("today") : QStringLiteral("week")});
        if (failed(reply))
            return CliOutcome::failure(reply.errorMessage());
        const QJsonObject list = jsonOf(reply);
        return {CliOutcome::kDone, command.json ? CliOutput::json(list) : CliOutput::entriesText(list), {}};
    }
    }
    if (failed(reply))
        return CliOutcome::failure(reply.errorMessage());
    const QDBusMessage status = call(QStringLiteral("Status"));
    if (failed(status))
        return CliOutcome::failure(status.errorMessage());
    const QJsonObject json = jsonOf(status);
    return {CliOutcome::kDone, command.json ? CliOutput::json(json) : CliOutput::statusText(json), {}};
}

} // namespace punchclock
