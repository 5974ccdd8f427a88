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
// demand (window activation) at most once per kMinGapSeconds.
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinGapSeconds = 20;
    static constexpr int kBaseIntervalSeconds = 120;
    static constexpr int kReservedRequests = 10; // kept for the user's own starts, stops and edits

    explicit RefreshScheduler(TrackSession *session, const Clock *clock = nullptr, QObject *parent = nullptr);

    // Seconds to the next background refresh: the base interval, stretched so background refreshes
    // use at most half of what remains (above the reserve) before the quota resets.
    static qint64 intervalSeconds(const QuotaInfo &quota, const QDateTime &nowUtc);

public slots:
    void requestRefresh(); // e.g. on window activation; skipped if one just happened
    void reschedule();

private:
    void refreshNow();

    TrackSession *m_session;
    const Clock *m_clock;
    QTimer *m_timer;
    QDateTime m_lastRefresh;
};

} // namespace punchclock
