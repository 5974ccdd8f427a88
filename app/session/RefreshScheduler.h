// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/QuotaInfo.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace punchclock {

class Clock;
class TrackSession;

// Keeps the window in step with other clients (a timer started on the phone) without spending the
// hourly request quota: refreshes on a timer whose interval grows as the quota shrinks, and on
// demand (window activation) at most once per kMinGapSeconds. A failed refresh re-arms the timer
// too, with a delay that doubles per failure in a row (up to kMaxRetrySeconds), so a network that
// comes back is noticed without the window being touched.
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinGapSeconds = 20;
    static constexpr int kBaseIntervalSeconds = 120;
    static constexpr int kReservedRequests = 10; // kept for the user's own starts, stops and edits
    static constexpr int kMaxRetrySeconds = 3600;

    explicit RefreshScheduler(TrackSession *session, const Clock *clock = nullptr, QObject *parent = nullptr);

    // Seconds to the next background refresh: the base interval, stretched so background refreshes
    // use at most half of what remains (above the reserve) before the quota resets.
    static qint64 intervalSeconds(const QuotaInfo &quota, const QDateTime &nowUtc);
    // After `failures` failed refreshes in a row: the interval, doubled per failure after the first.
    static qint64 retrySeconds(int failures, const QuotaInfo &quota, const QDateTime &nowUtc);

    // When the next background refresh is due (invalid: none is scheduled).
    QDateTime nextRefreshAt() const { return m_nextRefresh; }
    int failuresInARow() const { return m_failures; }

public slots:
    void requestRefresh(); // e.g. on window activation; skipped if one just happened
    void reschedule();

private:
    void refreshNow();
    void arm(qint64 seconds);

    TrackSession *m_session;
    const Clock *m_clock;
    QTimer *m_timer;
    QDateTime m_lastRefresh;
    QDateTime m_nextRefresh;
    int m_failures = 0;
};

} // namespace punchclock
