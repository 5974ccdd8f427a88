// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presence/IdleMonitor.h"

#include "app/presence/IdleSource.h"
#include "app/time/Clock.h"

#include <QTimer>

namespace punchclock {

IdleMonitor::IdleMonitor(const Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system()), m_timer(new QTimer(this))
{
    m_timer->setInterval(kPollMs);
    m_timer->setTimerType(Qt::VeryCoarseTimer); // a second late costs nothing, wakeups do
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::poll);
}

IdleMonitor::~IdleMonitor() = default;

void IdleMonitor::addSource(IdleSource *source)
{
    source->setParent(this);
    m_candidates.append(source);
}

void IdleMonitor::prependSource(IdleSource *source)
{
    source->setParent(this);
    m_candidates.prepend(source);
}

QString IdleMonitor::sourceName() const
{
    return m_source ? m_source->name() : QString();
}

void IdleMonitor::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    m_idleSince.reset();
    m_lastIdleMs = 0;
    if (active) {
        m_timer->start();
        // Not inside this call: the composition roots may add a better source first.
        QTimer::singleShot(0, this, [this] {
            if (m_active)
                poll();
        });
    } else {
        m_timer->stop();
    }
}

void IdleMonitor::poll()
{
    if (m_source) {
        m_source->query();
        return;
    }
    if (!m_probed && m_probing < 0)
        probe(0);
}

void IdleMonitor::reprobe()
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = nullptr;
    m_probed = false;
    if (m_probing < 0)
        probe(0);
    emit sourceChanged();
}

void IdleMonitor::probeOnce()
{
    if (!m_source && !m_probed && m_probing < 0)
        probe(0);
}

// One candidate after the other, each asked once; the first to answer is the source.
void IdleMonitor::probe(int index)
{
    if (index >= m_candidates.size()) {
        m_probing = -1;
        m_probed = true;
        emit sourceChanged();
        return;
    }
    m_probing = index;
    IdleSource *candidate = m_candidates.at(index);
    auto *answered = new QObject(this); // owns this probe's two connections
    connect(candidate, &IdleSource::idleTime, answered, [this, candidate, answered](qint64 ms) {
        answered->deleteLater();
        m_probing = -1;
        m_probed = true;
        m_source = candidate;
        connect(candidate, &IdleSource::idleTime, this, &IdleMonitor::onIdleTime);
        // A source that stops answering (its service went away): look again.
        connect(candidate, &IdleSource::unavailable, this, &IdleMonitor::reprobe);
        emit sourceChanged();
        onIdleTime(ms);
    });
    connect(candidate, &IdleSource::unavailable, answered, [this, index, answered] {
        answered->deleteLater();
        probe(index + 1);
    });
    candidate->query();
}

void IdleMonitor::onIdleTime(qint64 milliseconds)
{
    if (!m_active)
        return;
    const QDateTime now = m_clock->nowUtc();
    const qint64 previous = std::exchange(m_lastIdleMs, milliseconds);
    if (!m_idleSince) {
        if (milliseconds >= m_threshold * 1000) {
            m_idleSince = now.addMSecs(-milliseconds);
            emit idleBegan(*m_idleSince);
        }
        return;
    }
    if (milliseconds < previous) { // input since the last answer
        const QDateTime since = *std::exchange(m_idleSince, std::nullopt);
        emit returned(since, std::max(since, now.addMSecs(-milliseconds)));
    }
}

} // namespace punchclock
