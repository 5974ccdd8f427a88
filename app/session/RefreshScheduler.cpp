// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/RefreshScheduler.h"

#include "app/session/TrackSession.h"
#include "app/time/Clock.h"

#include <QTimer>

#include <algorithm>

namespace punchclock {

RefreshScheduler::RefreshScheduler(TrackSession *session, const Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock ? clock : Clock::system()), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RefreshScheduler::refreshNow);
    connect(session, &TrackSession::refreshed, this, [this] {
        m_lastRefresh = m_clock->nowUtc();
        m_failures = 0;
        reschedule();
    });
    // Without this the app stopped refreshing after one failed read (found by a soak run).
    connect(session, &TrackSession::refreshFailed, this, [this] {
        ++m_failures;
        arm(retrySeconds(m_failures, m_session->api()->quota(), m_clock->nowUtc()));
    });
    connect(session->api(), &TrackApi::quotaChanged, this, &RefreshScheduler::reschedule);
}

qint64 RefreshScheduler::intervalSeconds(const QuotaInfo &quota, const QDateTime &nowUtc)
{
    qint64 interval = kBaseIntervalSeconds;
    if (!quota.remaining || !quota.resetsAt.isValid())
        return interval;
    const qint64 untilReset = std::max<qint64>(1, nowUtc.secsTo(quota.resetsAt));
    const int spare = (*quota.remaining - kReservedRequests) / 2;
    if (spare <= 0)
        return std::max<qint64>(interval, untilReset + 1); // wait for the reset
    return std::max(interval, untilReset / spare);
}

qint64 RefreshScheduler::retrySeconds(int failures, const QuotaInfo &quota, const QDateTime &nowUtc)
{
    const qint64 interval = intervalSeconds(quota, nowUtc);
    const int doublings = std::clamp(failures - 1, 0, 16);
    return std::max(interval, std::min<qint64>(qint64(kBaseIntervalSeconds) << doublings, kMaxRetrySeconds));
}

void RefreshScheduler::reschedule()
{
    if (m_failures > 0)
        arm(retrySeconds(m_failures, m_session->api()->quota(), m_clock->nowUtc()));
    else
        arm(intervalSeconds(m_session->api()->quota(), m_clock->nowUtc()));
}

void RefreshScheduler::arm(qint64 seconds)
{
    seconds = std::min<qint64>(seconds, 3600);
    m_nextRefresh = m_clock->nowUtc().addSecs(seconds);
    m_timer->start(static_cast<int>(seconds * 1000));
}

void RefreshScheduler::requestRefresh()
{
    if (!m_session->isSignedIn())
        return;
    if (m_lastRefresh.isValid() && m_lastRefresh.secsTo(m_clock->nowUtc()) < kMinGapSeconds)
        return;
    if (m_session->api()->quota().remaining.value_or(kReservedRequests + 1) <= kReservedRequests)
        return; // the timer will come back once the quota allows
    refreshNow();
}

void RefreshScheduler::refreshNow()
{
    m_lastRefresh = m_clock->nowUtc(); // also marks an attempt, so failures don't cause a storm
    m_session->refresh();
}

} // namespace punchclock
