// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace punchclock {

// Where "now" comes from. Timer logic asks a Clock so tests can move time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock *system(); // the wall clock, shared
};

// A clock the tests set and advance.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime now = QDateTime::currentDateTimeUtc()) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace punchclock
