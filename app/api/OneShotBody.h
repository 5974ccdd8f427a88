// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace punchclock {

// The body of a request that must not run twice (a create). Qt's HTTP/1 layer resends a request
// by itself when the connection closes before the answer: QHttpNetworkConnectionChannel::_q_error
// (RemoteHostClosedError while waiting) calls resendCurrentRequest() for any method, in Qt 6.4 as
// in 6.8 (only handleUnexpectedEOF checks methodIsIdempotent(), and only in newer releases).
// Before a resend it rewinds the body (resetUploadData()); this body refuses to rewind once read,
// so the resend fails with ContentReSendError and the outbox decides what to do.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; } // a size, so QNAM streams it unbuffered
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override; // refused once any byte was handed out (except to where it is)
    bool wasRefused() const { return m_refused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_handedOut = false;
    bool m_refused = false;
};

} // namespace punchclock
