// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the incremental Focus stream parser (JsonArrayStreamParser). The input is a small header
// that chooses where to cut the stream, then the stream itself:
//   byte 0: bit 7 set = feed the rest one byte at a time; bits 0-3 = n, the number of chunk lengths;
//   bytes 1..n: chunk lengths (0-255; 0 feeds an empty chunk); then the stream, its remainder fed
//   in one last chunk.
// However the stream is cut, the result must equal the one-shot parse; and the parser must accept
// exactly the arrays QJsonDocument accepts, with the same elements.
#include "tests/fuzz/FuzzCheck.h"

#include "app/json/JsonArrayStreamParser.h"

#include <QJsonArray>

using namespace punchclock;

namespace {
struct Outcome
{
    QList<QJsonValue> values;
    bool finished = false;
    QString error;
    qint64 count = 0;
    qint64 bytes = 0;
};

Outcome parse(QByteArrayView stream, const QList<qsizetype> &chunkSizes)
{
    JsonArrayStreamParser parser;
    Outcome r;
    for (const qsizetype n : chunkSizes) {
        r.values += parser.feed(stream.first(n));
        stream = stream.sliced(n);
    }
    r.values += parser.feed(stream);
    r.finished = parser.finish();
    r.error = parser.error();
    r.count = parser.elementCount();
    r.bytes = parser.bytesRead();
    FUZZ_CHECK(r.finished == !parser.hasError());
    FUZZ_CHECK(r.finished == parser.isComplete());
    return r;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool byteByByte = data[0] & 0x80;
    const size_t cuts = data[0] & 0x0f;
    if (size < 1 + cuts)
        return 0;
    const QByteArray stream = fuzz::bytes(data + 1 + cuts, size - 1 - cuts);

    QList<qsizetype> chunkSizes;
    qsizetype left = stream.size();
    for (size_t i = 0; i < cuts; ++i) {
        const qsizetype n = std::min<qsizetype>(data[1 + i], left);
        chunkSizes.append(n);
        left -= n;
    }
    if (byteByByte)
        chunkSizes.insert(chunkSizes.size(), left, 1);

    const Outcome whole = parse(stream, {});
    const Outcome split = parse(stream, chunkSizes);
    FUZZ_CHECK(split.finished == whole.finished);
    FUZZ_CHECK(split.error == whole.error);
    FUZZ_CHECK(split.count == whole.count);
    // bytesRead() does not depend on the chunking, errors included (it stops at the byte the error
    // is about); only the elements differ after an error, since feed() drops its chunk's elements.
    FUZZ_CHECK(split.bytes == whole.bytes);
    FUZZ_CHECK(whole.bytes >= 0 && whole.bytes <= stream.size());
    if (whole.finished) {
        FUZZ_CHECK(split.values == whole.values);
        FUZZ_CHECK(whole.count == whole.values.size());
        FUZZ_CHECK(whole.bytes == stream.size());
    }

    // The reference: the whole stream read at once by Qt.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stream, &error);
    const bool qtAccepts = error.error == QJsonParseError::NoError && doc.isArray();
    FUZZ_CHECK(whole.finished == qtAccepts);
    if (qtAccepts) {
        QList<QJsonValue> reference;
        for (const QJsonValue &v : doc.array())
            reference.append(v);
        FUZZ_CHECK(whole.values == reference);
    }
    return 0;
}
