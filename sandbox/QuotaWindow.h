// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace sandbox {

// The hourly request quota: a fixed one-hour window that opens with the first counted request.
class QuotaWindow
{
public:
    // Counts one request; false (and nothing counted) when `limit` is already used up.
    bool consume(int limit, const QDateTime &now);
    int remaining(int limit, const QDateTime &now) const;
    qint64 resetsIn(const QDateTime &now) const; // seconds; 3600 before the first request

private:
    bool expired(const QDateTime &now) const;

    QDateTime m_windowStart;
    int m_used = 0;
};

} // namespace sandbox
