// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/OneShotBody.h"

#include <algorithm>
#include <cstring>

namespace punchclock {

OneShotBody::OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::seek(qint64 pos)
{
    if (pos < 0 || pos > m_data.size())
        return false;
    if (m_handedOut && pos != m_offset) {
        m_refused = true;
        return false;
    }
    if (!QIODevice::seek(pos))
        return false;
    m_offset = pos;
    return true;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_data.size() - m_offset);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    m_handedOut = true;
    return n;
}

} // namespace punchclock
