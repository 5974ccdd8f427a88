// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusArgument>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace punchclock {

// One shortcut as the GlobalShortcuts portal takes it: (sa{sv}), an ID and its properties
// ("description", "preferred_trigger").
struct PortalShortcut
{
    QString id;
    QVariantMap properties;

    static void registerDBusTypes(); // PortalShortcut and QList<PortalShortcut> (a(sa{sv}))
};

QDBusArgument &operator<<(QDBusArgument &argument, const PortalShortcut &shortcut);
const QDBusArgument &operator>>(const QDBusArgument &argument, PortalShortcut &shortcut);

} // namespace punchclock

Q_DECLARE_METATYPE(punchclock::PortalShortcut)
