// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"
#include "app/api/ApiResult.h"
#include "app/focus/FocusTimeEntry.h"
#include "app/track/BulkResult.h"
#include "app/track/TimeEntry.h"

#include <optional>

namespace punchclock {

// What the server said to one outbox change. No error: confirmed. An error: transient (the change
// stays queued) or permanent (it is dropped), as the SyncEngine decides.
struct OutboxOutcome
{
    std::optional<ApiError> error;
    qint64 createdId = 0;      // a create: the server's ID
    TimeEntry entry;           // Track single-entry kinds: the server's entry (empty for a delete)
    FocusTimeEntry focusEntry; // FocusCreate: the created entry
    BulkResult bulk;           // bulk kinds: the per-ID answer

    static OutboxOutcome failure(const ApiError &error)
    {
        OutboxOutcome o;
        o.error = error;
        return o;
    }
    // A DELETE's answer: a 404 confirms it too (the entry is gone either way).
    template<class T> static OutboxOutcome ofDelete(const ApiResult<T> &result)
    {
        OutboxOutcome o;
        if (result.error && result.error->kind != ApiError::Kind::NotFound)
            o.error = result.error;
        return o;
    }
};

} // namespace punchclock
