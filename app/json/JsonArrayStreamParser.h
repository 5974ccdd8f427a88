// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace punchclock {

// Reads one top-level JSON array as its bytes arrive and hands on each element as soon as its last
// byte is in. Only the bytes of the element being read are buffered, so a huge array never sits
// whole in memory. Chunks may split the input anywhere, even inside a string or a UTF-8 sequence.
class JsonArrayStreamParser
{
public:
    // Consumes `chunk` and returns the elements it completed, in order. After an error, returns
    // nothing and ignores further input.
    QList<QJsonValue> feed(QByteArrayView chunk);
    // The input has ended: false (with error()) unless exactly one whole array was read.
    bool finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool isComplete() const { return m_state == State::Done; }
    qint64 elementCount() const { return m_count; }
    // Bytes consumed: all the input so far. After an error, the bytes up to and including the last
    // one the error is about (the unexpected byte, the end of a malformed element; all of them
    // for a truncation), whatever the chunking; input fed after an error is not counted.
    qint64 bytesRead() const { return m_offset; }
    void reset() { *this = JsonArrayStreamParser(); }

private:
    enum class State
    {
        BeforeArray,  // whitespace, then '['
        FirstElement, // an element or ']'
        Element,      // an element (after a comma)
        InElement,    // inside one
        AfterElement, // ',' or ']'
        Done,         // whitespace only
        Failed,
    };
    void fail(const QString &message, qint64 consumed);
    bool completeElement(QList<QJsonValue> &out, qint64 endOffset);

    State m_state = State::BeforeArray;
    QByteArray m_element; // the bytes of the element being read
    int m_depth = 0;      // nesting inside the element
    bool m_inString = false;
    bool m_escape = false;
    bool m_scalar = false; // a bare number/literal: ends at a delimiter
    qint64 m_offset = 0;   // bytes consumed before this chunk (see bytesRead())
    qint64 m_count = 0;
    QString m_error;
};

} // namespace punchclock
