// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presence/SleepWatcher.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>

#include <fcntl.h>
#include <unistd.h>

namespace punchclock {

namespace {
const QString kService = QStringLiteral("org.freedesktop.login1");
const QString kPath = QStringLiteral("/org/freedesktop/login1");
const QString kInterface = QStringLiteral("org.freedesktop.login1.Manager");
} // namespace

SleepWatcher::SleepWatcher(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("PrepareForSleep"), this,
                  SLOT(onPrepareForSleep(bool)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("PrepareForShutdown"), this,
                  SLOT(onPrepareForShutdown(bool)));
    takeLock();
}

SleepWatcher::~SleepWatcher()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void SleepWatcher::takeLock()
{
    if (m_fd >= 0 || m_asking || !m_bus.isConnected())
        return;
    m_asking = true;
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Inhibit"));
    call << QStringLiteral("sleep:shutdown") << QStringLiteral("Punchclock")
         << tr("Stopping the running timer") << QStringLiteral("delay");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_asking = false;
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *w;
        if (reply.isError() || !reply.value().isValid()) {
            qInfo("logind inhibitor not available: %s", qPrintable(reply.error().message()));
            return;
        }
        // Our own descriptor: closing it is the release, whatever copies QtDBus still holds.
        m_fd = ::fcntl(reply.value().fileDescriptor(), F_DUPFD_CLOEXEC, 0);
        if (m_fd >= 0)
            emit lockChanged(true);
    });
}

void SleepWatcher::releaseLock()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    m_fd = -1;
    emit lockChanged(false);
}

void SleepWatcher::onPrepareForSleep(bool start)
{
    if (start) {
        emit aboutToSleep();
        return;
    }
    takeLock(); // for the next sleep
    emit resumed();
}

void SleepWatcher::onPrepareForShutdown(bool start)
{
    if (start)
        emit aboutToShutDown();
    else
        takeLock(); // the shutdown was cancelled
}

} // namespace punchclock
