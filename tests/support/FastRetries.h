// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiTransport.h"

// A retry policy that retries at once (10 ms, at most `maxDelayMs` between tries), so a test of
// retries against the sandbox takes milliseconds.
inline punchclock::RetryPolicy fastRetries(int maxDelayMs)
{
    punchclock::RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = maxDelayMs;
    return fast;
}
