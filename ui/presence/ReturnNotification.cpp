// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/ReturnNotification.h"

#include "app/notify/NotificationClient.h"
#include "app/presence/PresenceController.h"
#include "app/timer/TimerController.h"
#include "ui/presence/AwayBanner.h"
#include "ui/presence/ReturnDialog.h"

namespace punchclock {

ReturnNotification::ReturnNotification(PresenceController *presence, NotificationClient *notifications,
                                       TimerController *timer, QObject *parent)
    : QObject(parent), m_presence(presence), m_notifications(notifications), m_timer(timer)
{
    connect(presence, &PresenceController::returnQuestionReady, this, &ReturnNotification::ask);
    connect(presence, &PresenceController::returnQuestionClosed, this,
            [this] { m_notifications->close(kReturnKey); });
    connect(presence, &PresenceController::timerStoppedWhileAway, this, &ReturnNotification::tellStopped);
    connect(notifications, &NotificationClient::actionInvoked, this, &ReturnNotification::onAction);
    // Started again some other way: "Continue" would start a second entry.
    connect(timer, &TimerController::started, this, [this] { m_notifications->close(kStoppedKey); });
}

void ReturnNotification::ask(const ReturnQuestion &question)
{
    const bool idle = question.reason == AwayReason::Idle;
    m_notifications->notify(
        kReturnKey, tr("Welcome back"), ReturnDialog::questionText(question),
        {{QStringLiteral("continue"),
          idle ? tr("Discard idle time and continue") : tr("Discard time away and continue")},
         {QStringLiteral("stop"), idle ? tr("Discard idle time and stop") : tr("Discard time away and stop")},
         {QStringLiteral("keep"), idle ? tr("Keep idle time") : tr("Keep time away")}});
}

void ReturnNotification::tellStopped(const TimeEntry &entry, AwayReason reason, const QDateTime &at)
{
    m_stopped = entry;
    m_notifications->notify(kStoppedKey, tr("Timer stopped"), AwayBanner::messageText(reason, at),
                            {{QStringLiteral("continue"), tr("Continue")}});
}

void ReturnNotification::onAction(const QString &key, const QString &action)
{
    if (key == kReturnKey) {
        if (action == QLatin1String("continue"))
            m_presence->discardAndContinue();
        else if (action == QLatin1String("stop"))
            m_presence->discardAndStop();
        else if (action == QLatin1String("keep"))
            m_presence->keep();
    } else if (key == kStoppedKey && action == QLatin1String("continue") && !m_timer->isRunning()) {
        m_timer->continueEntry(m_stopped);
    }
}

} // namespace punchclock
