// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>

namespace punchclock {

class Clock;
class TimerController;
class TrackSession;

// What `status`, `today` and `list` answer, as JSON, the same from the running app (over D-Bus) and
// from a headless run: read from the session's entries model (so an offline run answers from the
// cache and the outbox), never from the network.
//
// Status: {running, description, project, projectId, client, tags, startedAt (ISO 8601 UTC, "" when
// stopped), elapsedSeconds, todayTotalSeconds, pendingChanges, online (signed in, and the last
// change sent reached the server), signedIn (the server answered the sign-in)}.
// Entries: {period, from, to (local dates), totalSeconds, entries: [{id, description, project,
// client, tags, start, stop, durationSeconds, running}]} in start order.
class TimerReport
{
public:
    TimerReport(const TrackSession *session, const TimerController *timer, const Clock *clock = nullptr);

    QJsonObject status() const;
    QJsonObject today() const;
    QJsonObject week() const; // the locale's week that holds today
    // Seconds of the entries that started today (local time), the running one up to now.
    qint64 todayTotalSeconds() const;

private:
    QJsonObject entriesBetween(const QString &period, const QDate &from, const QDate &to) const;
    QDate currentDay() const;

    const TrackSession *m_session;
    const TimerController *m_timer;
    const Clock *m_clock;
};

} // namespace punchclock
