// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/QuotaWindow.h"

#include <algorithm>

namespace sandbox {

namespace {
constexpr qint64 windowSeconds = 3600;
}

bool QuotaWindow::expired(const QDateTime &now) const
{
    return !m_windowStart.isValid() || m_windowStart.secsTo(now) >= windowSeconds;
}

bool QuotaWindow::consume(int limit, const QDateTime &now)
{
    if (expired(now)) {
        m_windowStart = now;
        m_used = 0;
    }
    if (m_used >= limit)
        return false;
    ++m_used;
    return true;
}

int QuotaWindow::remaining(int limit, const QDateTime &now) const
{
    return expired(now) ? limit : std::max(0, limit - m_used);
}

qint64 QuotaWindow::resetsIn(const QDateTime &now) const
{
    if (expired(now))
        return windowSeconds;
    return std::max<qint64>(1, windowSeconds - m_windowStart.secsTo(now));
}

} // namespace sandbox
