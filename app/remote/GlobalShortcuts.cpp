// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/GlobalShortcuts.h"

#include "app/remote/PortalShortcut.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcShortcuts, "punchclock.shortcuts")

namespace punchclock {

namespace {

const QString kPortal = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
const QString kRequest = QStringLiteral("org.freedesktop.portal.Request");

QVariantMap shortcut(const QString &description, const QString &trigger)
{
    return {{QStringLiteral("description"), description}, {QStringLiteral("preferred_trigger"), trigger}};
}

} // namespace

GlobalShortcuts::GlobalShortcuts(QObject *parent) : QObject(parent)
{
    PortalShortcut::registerDBusTypes();
}

void GlobalShortcuts::setState(State state, const QString &error)
{
    m_error = error;
    if (!error.isEmpty())
        qCInfo(lcShortcuts, "global shortcuts: %s", qUtf8Printable(error));
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString GlobalShortcuts::nextToken()
{
    return QStringLiteral("punchclock%1").arg(++m_tokens);
}

void GlobalShortcuts::bind()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        setState(State::Unavailable, tr("No session bus"));
        return;
    }
    setState(State::Binding);
    // The interface's version property: absent (no portal, or one without GlobalShortcuts) says
    // "unavailable" before any session is made.
    QDBusMessage get = QDBusMessage::createMethodCall(
        kPortal, kPortalPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << kInterface << QStringLiteral("version");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> version = *call;
        if (version.isError()) {
            setState(State::Unavailable, version.error().message());
            return;
        }
        const QString session = nextToken();
        request(QStringLiteral("CreateSession"),
                {QVariantMap{{QStringLiteral("handle_token"), nextToken()},
                             {QStringLiteral("session_handle_token"), session}}},
                SLOT(onCreateSessionResponse(uint, QVariantMap)));
    });
}

void GlobalShortcuts::request(const QString &method, const QVariantList &arguments, const char *slot)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QVariantMap options = arguments.last().toMap();
    // The portal answers on /org/freedesktop/portal/desktop/request/SENDER/TOKEN: listen there
    // before calling, so the answer cannot come first.
    QString sender = bus.baseService().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    if (!m_requestPath.isEmpty())
        bus.disconnect(kPortal, m_requestPath, kRequest, QStringLiteral("Response"), this, nullptr);
    m_requestPath = kPortalPath + QLatin1String("/request/") + sender + QLatin1Char('/') +
                    options.value(QStringLiteral("handle_token")).toString();
    bus.connect(kPortal, m_requestPath, kRequest, QStringLiteral("Response"), this, slot);
    QDBusMessage call = QDBusMessage::createMethodCall(kPortal, kPortalPath, kInterface, method);
    call.setArguments(arguments);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, method](QDBusPendingCallWatcher *done) {
        done->deleteLater();
        if (done->isError())
            setState(State::Failed, method + QLatin1String(": ") + done->error().message());
    });
}

void GlobalShortcuts::onCreateSessionResponse(uint response, const QVariantMap &results)
{
    if (response != 0) {
        setState(State::Failed, tr("The portal refused a shortcuts session (%1)").arg(response));
        return;
    }
    const QVariant handle = results.value(QStringLiteral("session_handle"));
    m_session =
        handle.canConvert<QDBusObjectPath>() ? handle.value<QDBusObjectPath>().path() : handle.toString();
    QDBusConnection::sessionBus().connect(
        kPortal, kPortalPath, kInterface, QStringLiteral("Activated"), this,
        SLOT(onActivated(QDBusObjectPath, QString, qulonglong, QVariantMap)));
    const QList<PortalShortcut> shortcuts{
        {QLatin1String(kToggle), shortcut(tr("Start or stop the timer"), QStringLiteral("CTRL+ALT+P"))},
        {QLatin1String(kShowWindow), shortcut(tr("Show Punchclock"), QStringLiteral("CTRL+ALT+SHIFT+P"))},
        {QLatin1String(kContinue), shortcut(tr("Continue the last entry"), QStringLiteral("CTRL+ALT+C"))},
    };
    request(QStringLiteral("BindShortcuts"),
            {QVariant::fromValue(QDBusObjectPath(m_session)), QVariant::fromValue(shortcuts), QString(),
             QVariantMap{{QStringLiteral("handle_token"), nextToken()}}},
            SLOT(onBindResponse(uint, QVariantMap)));
}

void GlobalShortcuts::onBindResponse(uint response, const QVariantMap &)
{
    if (response != 0) {
        setState(State::Failed, tr("The shortcuts were not bound (%1)").arg(response));
        return;
    }
    setState(State::Bound);
}

void GlobalShortcuts::onActivated(const QDBusObjectPath &session, const QString &id, qulonglong,
                                  const QVariantMap &)
{
    if (session.path() != m_session)
        return; // another app's session
    if (id == QLatin1String(kToggle) || id == QLatin1String(kShowWindow) || id == QLatin1String(kContinue))
        emit activated(id);
}

} // namespace punchclock
