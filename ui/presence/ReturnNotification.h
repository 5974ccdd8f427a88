// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/presence/ReturnQuestion.h"
#include "app/track/TimeEntry.h"

#include <QObject>

namespace punchclock {

class NotificationClient;
class PresenceController;
class TimerController;

// Issue #20's questions also as desktop notifications, beside the window: on return "You were idle
// from 10:02 to 10:14…" with Discard and continue / Discard and stop / Keep (adding the time as an
// entry needs a description: the raised ReturnDialog has that), closed once answered anywhere; and
// "The timer was stopped at 18:02 when…" with Continue. The texts are the dialog's and the
// banner's. Without a notification server the client falls back to the tray (no buttons there).
class ReturnNotification : public QObject
{
    Q_OBJECT
public:
    static inline const QString kReturnKey = QStringLiteral("presence.return");
    static inline const QString kStoppedKey = QStringLiteral("presence.stopped");

    ReturnNotification(PresenceController *presence, NotificationClient *notifications,
                       TimerController *timer, QObject *parent = nullptr);

private:
    void ask(const ReturnQuestion &question);
    void tellStopped(const TimeEntry &entry, AwayReason reason, const QDateTime &at);
    void onAction(const QString &key, const QString &action);

    PresenceController *m_presence;
    NotificationClient *m_notifications;
    TimerController *m_timer;
    TimeEntry m_stopped; // what Continue continues
};

} // namespace punchclock
