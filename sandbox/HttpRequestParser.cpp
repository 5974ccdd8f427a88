// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpRequestParser.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;

// Where the empty line after the headers ends (CRLF or bare LF line ends), or -1.
qsizetype headEnd(const QByteArray &buffer)
{
    for (qsizetype i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n', i + 1)) {
        if (i + 1 < buffer.size() && buffer.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < buffer.size() && buffer.at(i + 1) == '\r' && buffer.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}
} // namespace

HttpRequestParser::Status HttpRequestParser::take(QByteArray &buffer, ApiRequest *request,
                                                  bool *expectsContinue)
{
    *expectsContinue = false;
    qsizetype start = 0; // blank lines between requests are skipped, as RFC 9112 allows
    while (start < buffer.size() && (buffer.at(start) == '\r' || buffer.at(start) == '\n'))
        ++start;
    buffer.remove(0, start);
    const qsizetype bodyStart = headEnd(buffer);
    if (bodyStart < 0)
        return buffer.size() > kMaxHead ? Status::Bad : Status::Incomplete;

    QList<QByteArray> lines = buffer.left(bodyStart).split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return Status::Bad;
    ApiRequest parsed;
    parsed.method = requestLine.at(0);
    const QUrl url = QUrl::fromEncoded(requestLine.at(1));
    if (!url.isValid() || parsed.method.isEmpty())
        return Status::Bad;
    parsed.path = url.path();
    parsed.query = url.query(QUrl::FullyEncoded);
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype colon = trimmed.indexOf(':');
        if (colon <= 0)
            return Status::Bad;
        parsed.headers.append({trimmed.left(colon).trimmed(), trimmed.mid(colon + 1).trimmed()});
    }

    qsizetype end = bodyStart;
    if (parsed.header("Transfer-Encoding"_ba).toLower().contains("chunked")) {
        switch (dechunk(buffer, bodyStart, &parsed.body, &end)) {
        case Body::Bad:
            return Status::Bad;
        case Body::Incomplete:
            *expectsContinue = parsed.header("Expect"_ba).compare("100-continue", Qt::CaseInsensitive) == 0;
            return Status::Incomplete;
        case Body::Complete:
            break;
        }
    } else if (parsed.hasHeader("Content-Length"_ba)) {
        bool ok = false;
        const qint64 length = parsed.header("Content-Length"_ba).toLongLong(&ok);
        if (!ok || length < 0)
            return Status::Bad;
        if (buffer.size() - bodyStart < length) {
            *expectsContinue = parsed.header("Expect"_ba).compare("100-continue", Qt::CaseInsensitive) == 0;
            return Status::Incomplete;
        }
        parsed.body = buffer.mid(bodyStart, length);
        end = bodyStart + length;
    }
    buffer.remove(0, end);
    *request = std::move(parsed);
    return Status::Complete;
}

HttpRequestParser::Body HttpRequestParser::dechunk(const QByteArray &buffer, qsizetype from, QByteArray *body,
                                                   qsizetype *end)
{
    QByteArray out;
    qsizetype pos = from;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf('\n', pos);
        if (lineEnd < 0)
            return Body::Incomplete;
        QByteArray sizeField = buffer.mid(pos, lineEnd - pos).trimmed();
        sizeField = sizeField.left(sizeField.indexOf(';') < 0 ? sizeField.size() : sizeField.indexOf(';'));
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return Body::Bad;
        pos = lineEnd + 1;
        if (size == 0) { // trailers (ignored) up to an empty line
            for (;;) {
                const qsizetype trailerEnd = buffer.indexOf('\n', pos);
                if (trailerEnd < 0)
                    return Body::Incomplete;
                const bool empty = buffer.mid(pos, trailerEnd - pos).trimmed().isEmpty();
                pos = trailerEnd + 1;
                if (empty) {
                    *body = out;
                    *end = pos;
                    return Body::Complete;
                }
            }
        }
        if (buffer.size() - pos < size + 1)
            return Body::Incomplete;
        out += buffer.mid(pos, size);
        pos += size;
        const qsizetype afterData = buffer.indexOf('\n', pos);
        if (afterData < 0)
            return Body::Incomplete;
        if (!buffer.mid(pos, afterData - pos).trimmed().isEmpty())
            return Body::Bad;
        pos = afterData + 1;
    }
}

} // namespace sandbox
