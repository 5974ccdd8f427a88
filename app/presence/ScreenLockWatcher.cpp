// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presence/ScreenLockWatcher.h"

namespace punchclock {

ScreenLockWatcher::ScreenLockWatcher(const QDBusConnection &bus, QObject *parent) : QObject(parent)
{
    if (!bus.isConnected())
        return;
    QDBusConnection connection = bus;
    // An empty service and path match any: KDE sends it on /ScreenSaver and on
    // /org/freedesktop/ScreenSaver, and the service name's owner may change.
    connection.connect(QString(), QString(), QStringLiteral("org.freedesktop.ScreenSaver"),
                       QStringLiteral("ActiveChanged"), this, SLOT(onActiveChanged(bool)));
    connection.connect(QString(), QString(), QStringLiteral("org.gnome.ScreenSaver"),
                       QStringLiteral("ActiveChanged"), this, SLOT(onActiveChanged(bool)));
}

void ScreenLockWatcher::onActiveChanged(bool active)
{
    // KDE sends it on two paths: the second is no change.
    if (active == m_locked)
        return;
    m_locked = active;
    emit lockedChanged(active);
}

} // namespace punchclock
