// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QDateTime>
#include <QMetaType>

namespace punchclock {

// Why the person was away from the running timer.
enum class AwayReason
{
    Idle,
    Sleep,
    Lock,
    Shutdown,
};

// "You were away from `from` to `back` while `entry` ran: what about that time?"
struct ReturnQuestion
{
    AwayReason reason = AwayReason::Idle;
    TimeEntry entry; // the running entry when the question was asked
    QDateTime from;  // when the person left (idleness began, the lid closed, the screen locked)
    QDateTime back;  // when the person was back

    qint64 awaySeconds() const { return from.secsTo(back); }
};

} // namespace punchclock

Q_DECLARE_METATYPE(punchclock::AwayReason)
Q_DECLARE_METATYPE(punchclock::ReturnQuestion)
