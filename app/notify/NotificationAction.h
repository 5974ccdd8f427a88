// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace punchclock {

// One button of a desktop notification: `key` comes back in NotificationClient::actionInvoked,
// `label` is what the person reads (already translated).
struct NotificationAction
{
    QString key;
    QString label;

    friend bool operator==(const NotificationAction &, const NotificationAction &) = default;
};

using NotificationActions = QList<NotificationAction>;

} // namespace punchclock
