// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/time/Clock.h"

namespace punchclock {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock *Clock::system()
{
    static const SystemClock clock;
    return &clock;
}

} // namespace punchclock
