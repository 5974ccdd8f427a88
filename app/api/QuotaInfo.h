// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <optional>

namespace punchclock {

// The request quota as the last answer reported it (X-Toggl-Quota-Remaining / -Resets-In).
struct QuotaInfo
{
    std::optional<int> remaining; // nullopt: the server has not said
    QDateTime resetsAt;           // UTC; invalid when unknown
    QDateTime updatedAt;          // when the headers were read

    bool isExhausted(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return remaining && *remaining <= 0 && resetsAt.isValid() && now < resetsAt;
    }

    friend bool operator==(const QuotaInfo &, const QuotaInfo &) = default;
};

} // namespace punchclock
