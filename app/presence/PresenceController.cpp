// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presence/PresenceController.h"

#include "app/models/TimeEntryModel.h"
#include "app/presence/IdleMonitor.h"
#include "app/presence/ScreenLockWatcher.h"
#include "app/presence/SleepWatcher.h"
#include "app/session/TrackSession.h"
#include "app/sync/Outbox.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"
#include "app/track/TrackTime.h"

#include <QSettings>

namespace punchclock {

namespace {
const QString kShutdownAt = QStringLiteral("presence/shutdownAt");
const QString kShutdownEntry = QStringLiteral("presence/shutdownEntry");
} // namespace

PresenceController::PresenceController(TrackSession *session, TimerController *timer, const Clock *clock,
                                       QSettings *settings, QObject *parent)
    : QObject(parent), m_session(session), m_timer(timer), m_clock(clock ? clock : Clock::system()),
      m_store(settings)
{
    connect(timer, &TimerController::runningChanged, this, &PresenceController::followTimer);
    connect(session, &TrackSession::refreshed, this, &PresenceController::checkShutdownQuestion);
}

PresenceController::~PresenceController() = default;

QDateTime PresenceController::now() const
{
    return m_clock->nowUtc();
}

void PresenceController::setIdleMonitor(IdleMonitor *idle)
{
    m_idle = idle;
    idle->setParent(this);
    connect(idle, &IdleMonitor::idleBegan, this, &PresenceController::onIdleBegan);
    connect(idle, &IdleMonitor::returned, this, &PresenceController::onIdleReturned);
    idle->setThresholdSeconds(qint64(m_settings.idleMinutes) * 60);
    followTimer();
}

void PresenceController::setSleepWatcher(SleepWatcher *sleep)
{
    m_sleep = sleep;
    sleep->setParent(this);
    connect(sleep, &SleepWatcher::aboutToSleep, this, &PresenceController::onAboutToSleep);
    connect(sleep, &SleepWatcher::resumed, this, &PresenceController::onResumed);
    connect(sleep, &SleepWatcher::aboutToShutDown, this, &PresenceController::onAboutToShutDown);
}

void PresenceController::setScreenLockWatcher(ScreenLockWatcher *lock)
{
    m_lock = lock;
    lock->setParent(this);
    connect(lock, &ScreenLockWatcher::lockedChanged, this, &PresenceController::onLockedChanged);
}

void PresenceController::setSettings(const PresenceSettings &settings)
{
    m_settings = settings;
    if (m_idle)
        m_idle->setThresholdSeconds(qint64(settings.idleMinutes) * 60);
    followTimer();
}

// Idle time is watched only while a timer runs: no polling at all otherwise.
void PresenceController::followTimer()
{
    const bool running = m_timer->isRunning();
    if (m_idle) {
        if (!m_settings.idleEnabled || !running)
            m_idle->setActive(false);
        else
            m_idle->setActive(true);
    }
    if (!running) {
        m_away.reset();
        if (m_question) {
            m_question.reset(); // stopped elsewhere: nothing left to ask
            emit returnQuestionClosed();
        }
    }
}

bool PresenceController::isRunning(qint64 entryId) const
{
    const std::optional<TimeEntry> &running = m_timer->running();
    return running && (running->id == entryId || running->id == m_session->outbox()->resolve(entryId));
}

void PresenceController::beginAway(AwayReason reason, const QDateTime &from)
{
    const std::optional<TimeEntry> &running = m_timer->running();
    if (!running || m_question)
        return; // nothing to ask about, or asking already
    if (m_away && isRunning(m_away->entryId)) {
        m_away->reason = reason; // idle, then locked: the earlier start stays
        return;
    }
    m_away = Away{reason, running->id, std::max(from, running->start)};
}

void PresenceController::ask(const QDateTime &back)
{
    if (!m_away)
        return;
    const Away away = *std::exchange(m_away, std::nullopt);
    if (!isRunning(away.entryId) || away.from.secsTo(back) < 1)
        return;
    // Whole seconds, as Track keeps them: the three entries of addAwayAsEntry() meet exactly.
    m_question =
        ReturnQuestion{away.reason, *m_timer->running(), TrackTime::utcFromSecs(away.from.toSecsSinceEpoch()),
                       TrackTime::utcFromSecs(back.toSecsSinceEpoch())};
    emit returnQuestionReady(*m_question);
}

void PresenceController::onIdleBegan(const QDateTime &since)
{
    beginAway(AwayReason::Idle, since);
}

void PresenceController::onIdleReturned(const QDateTime &, const QDateTime &back)
{
    if (m_away && m_away->reason == AwayReason::Idle)
        ask(back);
}

void PresenceController::onLockedChanged(bool locked)
{
    if (locked) {
        switch (m_settings.onLock) {
        case PresenceSettings::Action::Stop: {
            const QDateTime at = now();
            if (const std::optional<TimeEntry> stopped = stopNow(at))
                emit timerStoppedWhileAway(*stopped, AwayReason::Lock, at);
            break;
        }
        case PresenceSettings::Action::AskOnReturn:
            beginAway(AwayReason::Lock, now());
            break;
        case PresenceSettings::Action::Ignore:
            break;
        }
        return;
    }
    if (m_away && m_away->reason == AwayReason::Lock)
        ask(now());
}

// logind waits for our delay lock: whatever is written here is on disk before the machine sleeps.
void PresenceController::onAboutToSleep()
{
    switch (m_settings.onSleep) {
    case PresenceSettings::Action::Stop: {
        const QDateTime at = now();
        if (const std::optional<TimeEntry> stopped = stopNow(at))
            m_stoppedBySleep = std::make_pair(*stopped, at);
        break;
    }
    case PresenceSettings::Action::AskOnReturn:
        beginAway(AwayReason::Sleep, now());
        break;
    case PresenceSettings::Action::Ignore:
        break;
    }
    if (m_sleep)
        m_sleep->releaseLock(); // after the stop is in the outbox
}

void PresenceController::onResumed()
{
    if (m_stoppedBySleep) {
        const auto [entry, at] = *std::exchange(m_stoppedBySleep, std::nullopt);
        emit timerStoppedWhileAway(entry, AwayReason::Sleep, at);
    }
    if (m_away && m_away->reason == AwayReason::Sleep)
        ask(now());
}

void PresenceController::onAboutToShutDown()
{
    switch (m_settings.onShutdown) {
    case PresenceSettings::Action::Stop:
        stopNow(now());
        break;
    case PresenceSettings::Action::AskOnReturn:
        if (m_store && m_timer->isRunning()) {
            m_store->setValue(kShutdownAt, now());
            m_store->setValue(kShutdownEntry, m_timer->running()->id);
            m_store->sync();
        }
        break;
    case PresenceSettings::Action::Ignore:
        break;
    }
    if (m_sleep)
        m_sleep->releaseLock();
}

// After the first list of a start: the entry that ran at the last shutdown runs still, so ask.
void PresenceController::checkShutdownQuestion()
{
    if (!m_store || !m_store->contains(kShutdownAt))
        return;
    const QDateTime from = m_store->value(kShutdownAt).toDateTime();
    const qint64 entryId = m_store->value(kShutdownEntry).toLongLong();
    m_store->remove(kShutdownAt);
    m_store->remove(kShutdownEntry);
    if (isRunning(entryId) && from.isValid() && !m_question) {
        m_away =
            Away{AwayReason::Shutdown, m_timer->running()->id, std::max(from, m_timer->running()->start)};
        ask(now());
    }
}

std::optional<TimeEntry> PresenceController::stopNow(const QDateTime &at)
{
    const TimeEntry *running = m_session->entries()->runningEntry();
    if (!running)
        return std::nullopt;
    const TimeEntry entry = *running;
    if (m_timer->isBusy()) // a start on its way: the session writes the stop all the same
        m_session->stopEntryAt(entry, at);
    else
        m_timer->stopAt(at);
    TimeEntry stopped = entry;
    stopped.stop = std::max(at, entry.start);
    stopped.duration = entry.start.secsTo(*stopped.stop);
    return stopped;
}

std::optional<ReturnQuestion> PresenceController::takeQuestion()
{
    std::optional<ReturnQuestion> question = std::exchange(m_question, std::nullopt);
    if (!question)
        return std::nullopt;
    emit returnQuestionClosed();
    if (!isRunning(question->entry.id))
        return std::nullopt;
    return question;
}

void PresenceController::discardAndContinue()
{
    if (const std::optional<ReturnQuestion> q = takeQuestion())
        m_timer->restartAt(q->from, q->back);
}

void PresenceController::discardAndStop()
{
    if (const std::optional<ReturnQuestion> q = takeQuestion())
        m_timer->stopAt(q->from);
}

void PresenceController::keep()
{
    takeQuestion();
}

void PresenceController::addAwayAsEntry(const QString &description)
{
    const std::optional<ReturnQuestion> q = takeQuestion();
    if (!q)
        return;
    const TimeEntry running = *m_timer->running();
    m_timer->restartAt(q->from, q->back);
    TimeEntry away;
    away.workspaceId = running.workspaceId;
    away.description = description.trimmed();
    away.start = q->from;
    away.stop = q->back;
    away.duration = q->from.secsTo(q->back);
    m_session->createEntry(away);
}

} // namespace punchclock
