// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Track time-entry readers (TimeEntryJson) with any answer body. Checks that the list
// reader (listFromBody, with its fast byte-level path) reads exactly what the QJsonDocument path
// reads and refuses what it refuses, and that an entry survives the trip through the Outbox / entry cache
// (toJson -> text -> fromJson) unchanged.
#include "tests/fuzz/FuzzCheck.h"

#include "app/track/TimeEntryJson.h"

#include <QJsonArray>

using namespace punchclock;

namespace {
// Times the cache can store: format() writes years outside 1..9999 in a form parse() does not
// read (a known limit; no Track answer has such a time).
bool storable(const std::optional<QDateTime> &t)
{
    if (!t || !t->isValid())
        return true;
    const int year = t->toUTC().date().year();
    return year >= 1 && year <= 9999;
}

// "null" with JSON's whitespace around it (not QByteArray::trimmed()'s, which adds \f and \v).
bool isJsonNull(const QByteArray &body)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    QByteArray rest = body;
    while (!rest.isEmpty() && isSpace(rest.front()))
        rest.remove(0, 1);
    while (!rest.isEmpty() && isSpace(rest.back()))
        rest.chop(1);
    return rest == "null";
}

void check(const TimeEntry &e)
{
    TimeEntryJson::toRequestJson(e, QStringLiteral("fuzz"));
    const QJsonObject stored = TimeEntryJson::toJson(e);
    const TimeEntry back = TimeEntryJson::fromJson(fuzz::throughText(stored));
    if (storable(e.start) && storable(e.stop) && storable(e.at) && storable(e.serverDeletedAt))
        FUZZ_CHECK(TimeEntryJson::toJson(back) == stored);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QString listError;
    const auto list = TimeEntryJson::listFromBody(body, &listError);
    if (error.error == QJsonParseError::NoError && doc.isArray()) {
        const QList<TimeEntry> reference = TimeEntryJson::listFromJson(doc.array());
        FUZZ_CHECK(list && *list == reference);
        for (const TimeEntry &e : reference)
            check(e);
    } else if (isJsonNull(body)) {
        FUZZ_CHECK(list && list->isEmpty());
    } else if (error.error != QJsonParseError::NoError) {
        FUZZ_CHECK(!list); // what Qt refuses (invalid UTF-8 or escapes in skipped keys too) is refused
    }
    if (doc.isObject())
        check(TimeEntryJson::fromJson(doc.object()));
    return 0;
}
