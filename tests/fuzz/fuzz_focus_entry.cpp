// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Toggl Focus readers (FocusJson: entries, tasks, settings, pages) with any answer body.
#include "tests/fuzz/FuzzCheck.h"

#include "app/focus/FocusJson.h"

using namespace punchclock;

namespace {
bool storable(const std::optional<QDateTime> &t) // see fuzz_time_entry.cpp
{
    if (!t || !t->isValid())
        return true;
    const int year = t->toUTC().date().year();
    return year >= 1 && year <= 9999;
}

void checkEntry(const QJsonObject &o)
{
    const FocusTimeEntry e = FocusJson::entryFromJson(o);
    FUZZ_CHECK(!e.duration || *e.duration >= 0); // negative means running: read as no duration
    FocusJson::entryCreateJson(e, true);
    FocusJson::entryPutJson(e);
    // What the client writes it reads back the same (the sandbox stores entries this way).
    const QJsonObject written = FocusJson::entryToJson(e);
    const QJsonObject again = FocusJson::entryToJson(FocusJson::entryFromJson(fuzz::throughText(written)));
    if (storable(e.start) && storable(e.archivedAt) && storable(e.deletedAt) && storable(e.createdAt) &&
        storable(e.updatedAt))
        FUZZ_CHECK(again == written);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    checkEntry(o);
    FocusJson::taskFromJson(o);
    FocusJson::settingsFromJson(o);
    if (const auto page = FocusJson::pageFromJson(o))
        for (const QJsonValue &v : page->data) {
            checkEntry(v.toObject());
            FocusJson::taskFromJson(v.toObject());
        }
    return 0;
}
