// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/presence/IdleSource.h"

#include <QDBusConnection>

namespace punchclock {

// An idle time read by one D-Bus method call on the session bus that answers milliseconds:
// KDE's org.freedesktop.ScreenSaver.GetSessionIdleTime (u) or GNOME's
// org.gnome.Mutter.IdleMonitor.GetIdletime (t), which works on Wayland too. (GNOME also owns
// org.freedesktop.ScreenSaver but answers GetSessionIdleTime with an error, so that one is
// unavailable there and Mutter's is used.)
class DBusIdleSource : public IdleSource
{
    Q_OBJECT
public:
    struct Method
    {
        QString name; // shown in Settings
        QString service;
        QString path;
        QString interface;
        QString member;
    };
    static Method freedesktopScreenSaver();
    static Method mutterIdleMonitor();

    DBusIdleSource(const QDBusConnection &bus, Method method, QObject *parent = nullptr);

    QString name() const override { return m_method.name; }
    void query() override;

private:
    QDBusConnection m_bus;
    Method m_method;
};

} // namespace punchclock
