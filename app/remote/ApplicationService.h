// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusContext>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace punchclock {

class TimerCommands;

// org.freedesktop.Application at /io/github/punchclock/Punchclock: what a launcher calls for a
// .desktop file with DBusActivatable=true (the Desktop Entry Specification's D-Bus activation).
// Activate and Open bring the window forward (Punchclock opens no files); ActivateAction runs the
// .desktop file's actions: "toggle", "stop", "continue", "show".
class ApplicationService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")
public:
    explicit ApplicationService(TimerCommands *commands, QObject *parent = nullptr);

public slots:
    void Activate(const QVariantMap &platformData);
    void Open(const QStringList &uris, const QVariantMap &platformData);
    void ActivateAction(const QString &name, const QVariantList &parameter, const QVariantMap &platformData);

signals:
    void showWindowRequested();

private:
    TimerCommands *m_commands;
};

} // namespace punchclock
