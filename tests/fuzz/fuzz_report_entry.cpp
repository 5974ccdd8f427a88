// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Reports API detailed-search reader (ReportEntryJson, issue #18) with any answer body:
// a JSON array is always read (rows that are not rows give nothing), anything else is refused;
// every entry read has an id, the workspace searched and a duration that agrees with its times,
// and survives the trip through the entry cache (toJson -> text -> fromJson) unchanged.
#include "tests/fuzz/FuzzCheck.h"

#include "app/track/ReportEntryJson.h"
#include "app/track/TimeEntryJson.h"

using namespace punchclock;

namespace {
constexpr qint64 kWorkspace = 4242;

bool storable(const std::optional<QDateTime> &t) // see fuzz_time_entry.cpp
{
    if (!t || !t->isValid())
        return true;
    const int year = t->toUTC().date().year();
    return year >= 1 && year <= 9999;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QString readError;
    const auto entries = ReportEntryJson::entriesFromBody(body, kWorkspace, &readError);
    if (error.error == QJsonParseError::NoError && doc.isArray())
        FUZZ_CHECK(entries.has_value());
    if (error.error != QJsonParseError::NoError && body.trimmed() != "null")
        FUZZ_CHECK(!entries && !readError.isEmpty());
    if (doc.isObject())
        FUZZ_CHECK(!entries);
    if (!entries)
        return 0;
    for (const TimeEntry &e : *entries) {
        FUZZ_CHECK(e.id > 0);
        FUZZ_CHECK(e.workspaceId == kWorkspace);
        FUZZ_CHECK(e.start.isValid());
        if (e.stop)
            FUZZ_CHECK(e.duration == e.start.secsTo(*e.stop));
        else
            FUZZ_CHECK(e.duration == -e.start.toSecsSinceEpoch());
        const QJsonObject stored = TimeEntryJson::toJson(e);
        const TimeEntry back = TimeEntryJson::fromJson(fuzz::throughText(stored));
        if (storable(e.start) && storable(e.stop) && storable(e.at))
            FUZZ_CHECK(TimeEntryJson::toJson(back) == stored);
    }
    return 0;
}
