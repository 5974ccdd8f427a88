// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json/JsonArrayStreamParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace punchclock {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QString describe(char c)
{
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
        return QStringLiteral("byte 0x%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
    return QLatin1Char('\'') + QLatin1Char(c) + QLatin1Char('\'');
}
} // namespace

void JsonArrayStreamParser::fail(const QString &message, qint64 consumed)
{
    m_state = State::Failed;
    m_offset = consumed;
    m_error = message;
    m_element.clear();
    m_element.squeeze();
}

bool JsonArrayStreamParser::completeElement(QList<QJsonValue> &out, qint64 endOffset)
{
    QJsonParseError parseError;
    QJsonValue value;
    if (!m_scalar && m_element.startsWith('{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(m_element, &parseError);
        value = doc.object();
    } else { // arrays, strings and literals: read inside an array
        m_element.prepend('[');
        m_element.append(']');
        const QJsonDocument doc = QJsonDocument::fromJson(m_element, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.array().size() != 1)
            parseError.error = QJsonParseError::IllegalValue;
        value = doc.array().at(0);
    }
    if (parseError.error != QJsonParseError::NoError) {
        fail(QStringLiteral("Malformed element %1 ending at byte %2: %3")
                 .arg(m_count + 1)
                 .arg(endOffset)
                 .arg(parseError.errorString()),
             endOffset);
        return false;
    }
    out.append(value);
    ++m_count;
    m_element.clear(); // keeps its capacity for the next element
    m_depth = 0;
    m_scalar = false;
    m_state = State::AfterElement;
    return true;
}

QList<QJsonValue> JsonArrayStreamParser::feed(QByteArrayView chunk)
{
    QList<QJsonValue> out;
    const char *data = chunk.data();
    const qsizetype size = chunk.size();
    qsizetype i = 0;
    qsizetype elementFrom = -1; // start, in this chunk, of element bytes not yet copied
    auto flush = [&](qsizetype to) {
        if (elementFrom >= 0 && to > elementFrom)
            m_element.append(data + elementFrom, to - elementFrom);
        elementFrom = -1;
    };

    while (i < size && m_state != State::Failed) {
        const char c = data[i];
        switch (m_state) {
        case State::BeforeArray:
            if (c == '[')
                m_state = State::FirstElement;
            else if (!isSpace(c))
                fail(QStringLiteral("Expected a JSON array, found %1 at byte %2")
                         .arg(describe(c))
                         .arg(m_offset + i),
                     m_offset + i + 1);
            ++i;
            break;
        case State::FirstElement:
        case State::Element:
            if (isSpace(c)) {
                ++i;
            } else if (c == ']' && m_state == State::FirstElement) {
                m_state = State::Done;
                ++i;
            } else if (c == ']' || c == ',') {
                fail(QStringLiteral("Expected an element, found %1 at byte %2")
                         .arg(describe(c))
                         .arg(m_offset + i),
                     m_offset + i + 1);
            } else {
                m_state = State::InElement;
                m_depth = 0;
                m_inString = false;
                m_escape = false;
                m_scalar = c != '{' && c != '[' && c != '"';
                elementFrom = i; // the element starts here; scanned by InElement
            }
            break;
        case State::InElement: {
            // Scan ahead without per-byte buffer appends.
            qsizetype j = i;
            bool ended = false;
            bool endsBefore = false; // a scalar ends before its delimiter
            for (; j < size; ++j) {
                const char d = data[j];
                if (m_inString) {
                    if (m_escape)
                        m_escape = false;
                    else if (d == '\\')
                        m_escape = true;
                    else if (d == '"') {
                        m_inString = false;
                        if (m_depth == 0) { // a top-level string element
                            ended = true;
                            break;
                        }
                    }
                    continue;
                }
                if (m_scalar) {
                    if (isSpace(d) || d == ',' || d == ']') {
                        ended = true;
                        endsBefore = true;
                        break;
                    }
                    continue;
                }
                if (d == '"') {
                    m_inString = true;
                } else if (d == '{' || d == '[') {
                    ++m_depth;
                } else if (d == '}' || d == ']') {
                    if (--m_depth == 0) {
                        ended = true;
                        break;
                    }
                }
            }
            if (elementFrom < 0)
                elementFrom = i;
            if (!ended) {
                flush(size);
                i = size;
                break;
            }
            const qsizetype end = endsBefore ? j : j + 1;
            flush(end);
            i = end;
            if (!completeElement(out, m_offset + end))
                return {};
            break;
        }
        case State::AfterElement:
            if (c == ',')
                m_state = State::Element;
            else if (c == ']')
                m_state = State::Done;
            else if (!isSpace(c))
                fail(QStringLiteral("Expected ',' or ']', found %1 at byte %2")
                         .arg(describe(c))
                         .arg(m_offset + i),
                     m_offset + i + 1);
            ++i;
            break;
        case State::Done:
            if (!isSpace(c))
                fail(QStringLiteral("Unexpected %1 after the end of the array at byte %2")
                         .arg(describe(c))
                         .arg(m_offset + i),
                     m_offset + i + 1);
            ++i;
            break;
        case State::Failed:
            break;
        }
    }
    if (m_state == State::Failed)
        return {}; // fail() set m_offset: the bytes after the error are not consumed
    m_offset += size;
    return out;
}

bool JsonArrayStreamParser::finish()
{
    switch (m_state) {
    case State::Done:
        return true;
    case State::Failed:
        return false;
    case State::InElement:
        if (m_scalar && m_depth == 0) { // "[1" : the number may be whole, the array is not
            fail(QStringLiteral("Truncated stream: the array ends after %1 elements (%2 bytes) without ']'")
                     .arg(m_count)
                     .arg(m_offset),
                 m_offset);
            return false;
        }
        fail(QStringLiteral("Truncated stream: element %1 is cut off after %2 bytes (%3 whole elements read)")
                 .arg(m_count + 1)
                 .arg(m_offset)
                 .arg(m_count),
             m_offset);
        return false;
    case State::BeforeArray:
        fail(m_offset == 0 ? QStringLiteral("Empty stream: expected a JSON array")
                           : QStringLiteral("Expected a JSON array"),
             m_offset);
        return false;
    default:
        fail(QStringLiteral("Truncated stream: the array ends after %1 elements (%2 bytes) without ']'")
                 .arg(m_count)
                 .arg(m_offset),
             m_offset);
        return false;
    }
}

} // namespace punchclock
