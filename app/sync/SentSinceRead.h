// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <memory>
#include <utility>

namespace punchclock {

// A list read from the server may have been answered before a change it does not show was
// confirmed (within the same second, so `at` cannot tell), and then bring the old copy back.
// Whoever applies such answers logs here each change that leaves the outbox (`T`: what it needs
// of it, an ID or the change itself), opens a Read when it asks for a list, and when the answer
// comes asks which changes left after that. Changes are kept only while a read is open: a change
// logged with none open is older than every later read. Used by TrackSession (entry lists),
// FocusSession (task lists) and FocusTimeEntryModel (a task's entries).
template<class T> class SentSinceRead
{
    struct Log
    {
        quint64 serial = 0; // changes logged so far
        int openReads = 0;
        QList<std::pair<quint64, T>> sent; // logged while a read was open, by serial
    };

public:
    // Open while it lives: keep it in the answer's callbacks. It shares the log, so it may outlive
    // the owner of the SentSinceRead.
    class Read
    {
    public:
        explicit Read(std::shared_ptr<Log> log) : m_log(std::move(log)), m_askedAt(m_log->serial)
        {
            ++m_log->openReads;
        }
        ~Read()
        {
            if (--m_log->openReads == 0)
                m_log->sent.clear();
        }
        Read(const Read &) = delete;
        Read &operator=(const Read &) = delete;

    private:
        friend class SentSinceRead;
        std::shared_ptr<Log> m_log;
        quint64 m_askedAt;
    };

    std::shared_ptr<const Read> startRead() { return std::make_shared<const Read>(m_log); }

    // One change left the outbox: `values` (all at the same serial, e.g. the IDs of a bulk edit).
    void log(const QList<T> &values)
    {
        ++m_log->serial;
        if (m_log->openReads == 0)
            return;
        for (const T &v : values)
            m_log->sent.append({m_log->serial, v});
    }
    void log(const T &value) { log(QList<T>{value}); }

    // What left after `read` was asked for, oldest first.
    QList<T> sentSince(const Read &read) const
    {
        QList<T> newer;
        for (const auto &[serial, value] : std::as_const(m_log->sent)) {
            if (serial > read.m_askedAt)
                newer.append(value);
        }
        return newer;
    }

private:
    std::shared_ptr<Log> m_log = std::make_shared<Log>();
};

} // namespace punchclock
