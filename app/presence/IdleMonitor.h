// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/presence/IdleSource.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace punchclock {

class Clock;

// Notices when the session goes idle and when the person is back. Asks one IdleSource, the first
// of the candidates (best first) that answers, and only while active (a timer runs and idle
// detection is on): every kPollMs, never more often (issue #20: at most one D-Bus call per 10 s).
//
// Idle means no input for threshold or longer: idleBegan() gives the moment the input stopped
// (now minus the idle time). Back means the idle time went down since the last answer (there was
// input): returned() gives both moments, the return being now minus the new idle time.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 10'000;

    // `clock`: "now" (nullptr: the system clock).
    explicit IdleMonitor(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~IdleMonitor() override;

    // Candidates, best first (taken over: parented to this). Probing starts at the first poll.
    void addSource(IdleSource *source);
    void prependSource(IdleSource *source);
    // The source in use; nullptr while none answered (yet).
    IdleSource *source() const { return m_source; }
    // Every candidate was asked and none answered.
    bool hasNoSource() const { return m_probed && !m_source; }
    QString sourceName() const;

    void setThresholdSeconds(qint64 seconds) { m_threshold = seconds; }
    qint64 thresholdSeconds() const { return m_threshold; }
    // Polls while active; inactive forgets any idleness noted.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    std::optional<QDateTime> idleSince() const { return m_idleSince; }

public slots:
    void poll(); // the timer's; tests call it after moving the clock
    // Asks every candidate again from the best (e.g. after the session bus came back).
    void reprobe();
    // Asks the candidates unless a source is known or none answered already (Settings shows it).
    void probeOnce();

signals:
    void idleBegan(const QDateTime &since);
    void returned(const QDateTime &since, const QDateTime &back);
    void sourceChanged(); // source() or hasNoSource() changed

private:
    void probe(int index);
    void onIdleTime(qint64 milliseconds);

    const Clock *m_clock;
    QTimer *m_timer;
    QList<IdleSource *> m_candidates;
    QPointer<IdleSource> m_source;
    qint64 m_threshold = 5 * 60;
    qint64 m_lastIdleMs = 0;
    std::optional<QDateTime> m_idleSince;
    int m_probing = -1; // the candidate being asked, -1: none
    bool m_probed = false;
    bool m_active = false;
};

} // namespace punchclock
