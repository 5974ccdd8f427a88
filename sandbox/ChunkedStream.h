// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include "sandbox/HttpReply.h"

namespace sandbox {

// Writes a chunked HTTP answer (HttpReply::chunked) piece by piece: the head at once, then one
// piece per timer tick, each flushed, then the last-chunk marker. Lives as a child of the socket.
class ChunkedStream : public QObject
{
public:
    static constexpr int intervalMs = 2;

    static void start(QTcpSocket *socket, const HttpReply &reply, bool closeAfter);

private:
    ChunkedStream(QTcpSocket *socket, QList<QByteArray> chunks, bool closeAfter);
    void writeNext();

    QPointer<QTcpSocket> m_socket;
    QList<QByteArray> m_chunks;
    qsizetype m_next = 0;
    bool m_closeAfter = false;
    QTimer m_timer;
};

} // namespace sandbox
