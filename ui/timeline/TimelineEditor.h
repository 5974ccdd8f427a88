// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelineDrag.h"
#include "app/track/TimeEntry.h"

#include <QObject>

namespace punchclock {

class TimerController;
class TrackSession;

// The changes the timeline makes, each the way the table makes it: new times through the entry
// rules (EntryEdit) and TimeEntryModel::editEntry, Duplicate through TrackSession::createEntry,
// Delete through deleteEntryLater, Continue through the timer. So the outbox sends them, and the
// window's UndoHistory, which follows the model and the session, records each as one step.
class TimelineEditor : public QObject
{
    Q_OBJECT
public:
    TimelineEditor(TrackSession *session, TimerController *timer, QObject *parent = nullptr);

    const TimeEntry *entry(qint64 id) const; // as the model shows it now; nullptr when gone
    // New times from a drag (or a nudge): Move and a running entry's Start keep the duration, Start
    // and End change it. Refused (with a reason) as the table would refuse them.
    void setTimes(const TimeEntry &entry, TimelineDrag::Kind kind, TimelineDrag::Span span);
    // The keyboard's five minutes: Move shifts the entry, End its stop; a running entry's start.
    void nudge(qint64 id, TimelineDrag::Kind kind, int steps);
    void duplicate(qint64 id);
    void remove(qint64 id);
    void continueEntry(qint64 id);

signals:
    void refused(const QString &message);

private:
    TrackSession *m_session;
    TimerController *m_timer;
};

} // namespace punchclock
