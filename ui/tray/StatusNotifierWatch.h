// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDBusServiceWatcher;
class QTimer;

namespace punchclock {

// Watches the session bus for a StatusNotifierItem tray (org.kde.StatusNotifierWatcher with a
// host registered: KDE Plasma, the GNOME AppIndicator extension, waybar, …). The panel of a login
// with autostart often comes up after Punchclock, and a panel can restart: hostAppeared() tells
// DesktopIntegration to make its tray icon again, so the icon registers with the new watcher.
// The watcher's name appears before its host registers, so a new watcher is asked a few times.
class StatusNotifierWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 250;    // after the watcher's name appears, until its host is there
    static constexpr int kPollTries = 120; // 30 s
    static constexpr int kCallTimeoutMs = 1000;

    explicit StatusNotifierWatch(QObject *parent = nullptr);

    static bool sessionBusConnected();
    bool hostRegistered() const; // the watcher is on the bus and says a host shows items

signals:
    void hostAppeared(); // a watcher (again) on the bus, with its host

private:
    void poll();

    QDBusServiceWatcher *m_watcher = nullptr;
    QTimer *m_poll;
    int m_tries = 0;
};

} // namespace punchclock
