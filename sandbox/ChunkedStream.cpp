// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ChunkedStream.h"

using namespace Qt::StringLiterals;

namespace sandbox {

void ChunkedStream::start(QTcpSocket *socket, const HttpReply &reply, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(reply.serializeHead());
    socket->flush();
    new ChunkedStream(socket, reply.chunks, closeAfter); // owned by the socket; deletes itself when done
}

ChunkedStream::ChunkedStream(QTcpSocket *socket, QList<QByteArray> chunks, bool closeAfter)
    : QObject(socket), m_socket(socket), m_chunks(std::move(chunks)), m_closeAfter(closeAfter)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChunkedStream::writeNext);
    m_timer.start();
}

void ChunkedStream::writeNext()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_timer.stop();
        deleteLater();
        return;
    }
    // Skip empty pieces: a zero-size chunk would end the body.
    while (m_next < m_chunks.size() && m_chunks.at(m_next).isEmpty())
        ++m_next;
    if (m_next < m_chunks.size()) {
        const QByteArray &piece = m_chunks.at(m_next++);
        m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n"_ba + piece + "\r\n"_ba);
        m_socket->flush();
        return;
    }
    m_timer.stop();
    m_socket->write("0\r\n\r\n"_ba);
    m_socket->flush();
    if (m_closeAfter)
        m_socket->disconnectFromHost();
    deleteLater();
}

} // namespace sandbox
