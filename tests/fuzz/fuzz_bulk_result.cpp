// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the bulk-edit answer reader (BulkResult) with any PATCH answer body.
#include "tests/fuzz/FuzzCheck.h"

#include "app/track/BulkResult.h"

using namespace punchclock;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const BulkResult once = BulkResult::fromJson(doc.object());
    for (qint64 id : once.success)
        FUZZ_CHECK(id != 0);
    // Batches merge by appending: two batches with the same answer report everything twice.
    BulkResult twice = once;
    twice.merge(doc.object());
    FUZZ_CHECK(twice.success == once.success + once.success);
    FUZZ_CHECK(twice.failure == once.failure + once.failure);
    FUZZ_CHECK(once.allSucceeded() == once.failure.isEmpty());
    return 0;
}
