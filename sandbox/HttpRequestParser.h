// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "sandbox/ApiRequest.h"

namespace sandbox {

// Takes HTTP/1.1 requests off the front of a connection's buffer: request line, headers, and a
// body by Content-Length or chunked. The sandbox reads its sockets itself (not through
// QAbstractHttpServer, whose API changed in Qt 6.5) so its fault knobs own the raw connection.
class HttpRequestParser
{
public:
    enum class Status
    {
        Incomplete,
        Complete,
        Bad
    };

    // Complete: one request is removed from the front of the buffer into *request.
    // Incomplete: wait for more bytes (*expectsContinue: the headers are in and ask for a 100).
    static Status take(QByteArray &buffer, ApiRequest *request, bool *expectsContinue);

private:
    enum class Body
    {
        Complete,
        Incomplete,
        Bad
    };
    static Body dechunk(const QByteArray &buffer, qsizetype from, QByteArray *body, qsizetype *end);
};

} // namespace sandbox
