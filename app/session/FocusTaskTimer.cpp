// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/FocusTaskTimer.h"

#include "app/api/FocusApi.h"
#include "app/sync/FocusEntrySender.h"
#include "app/sync/FocusSync.h"
#include "app/sync/Outbox.h"
#include "app/sync/SyncEngine.h"
#include "app/time/Clock.h"
#include "app/track/TrackTime.h"

#include <QSettings>

namespace punchclock {

namespace {
const QString kTaskId = QStringLiteral("taskId");
const QString kTaskName = QStringLiteral("taskName");
const QString kStart = QStringLiteral("start");
const QString kOrigin = QStringLiteral("timer"); // marks the outbox creates this class queued
} // namespace

FocusTaskTimer::FocusTaskTimer(FocusApi *api, QSettings *settings, const Clock *clock, QObject *parent)
    : QObject(parent), m_api(api), m_settings(settings), m_clock(clock ? clock : Clock::system())
{
    Q_ASSERT(settings);
    load();
}

void FocusTaskTimer::load()
{
    m_settings->beginGroup(settingsGroup());
    const qint64 taskId = m_settings->value(kTaskId).toLongLong();
    const auto start = TrackTime::parse(m_settings->value(kStart).toString());
    const QString name = m_settings->value(kTaskName).toString();
    m_settings->endGroup();
    if (taskId > 0 && start) {
        m_taskId = taskId;
        m_taskName = name;
        m_start = *start;
    }
}

void FocusTaskTimer::save()
{
    m_settings->beginGroup(settingsGroup());
    m_settings->setValue(kTaskId, m_taskId);
    m_settings->setValue(kTaskName, m_taskName);
    m_settings->setValue(kStart, TrackTime::format(m_start));
    m_settings->endGroup();
    m_settings->sync(); // on disk now: a crash a second later still has it
}

void FocusTaskTimer::forget()
{
    m_settings->remove(settingsGroup());
    m_settings->sync();
    m_taskId = 0;
    m_taskName.clear();
    m_start = {};
}

qint64 FocusTaskTimer::elapsedSeconds() const
{
    return isRunning() ? std::max<qint64>(0, m_start.secsTo(m_clock->nowUtc())) : 0;
}

bool FocusTaskTimer::start(qint64 taskId, const QString &taskName)
{
    if (isRunning() || taskId <= 0)
        return false;
    m_taskId = taskId;
    m_taskName = taskName;
    const QDateTime now = m_clock->nowUtc();
    m_start = now.addMSecs(-now.time().msec()); // whole seconds, as the wire carries it
    save();
    emit runningChanged(true);
    return true;
}

void FocusTaskTimer::setSync(FocusSync *sync)
{
    if (m_sync)
        disconnect(m_sync->engine(), nullptr, this, nullptr);
    m_sync = sync;
    if (!sync)
        return;
    connect(sync->engine(), &SyncEngine::sent, this, &FocusTaskTimer::onSent);
    if (!isRunning())
        return;
    for (const OutboxOp &op : sync->outbox()->pending()) {
        const FocusTimeEntry queued = FocusEntrySender::entryOf(op);
        if (op.kind == OutboxOp::Kind::FocusCreate && queued.taskId == m_taskId && queued.start == m_start) {
            forget(); // its stop is queued already: resuming would book the time twice
            emit runningChanged(false);
            return;
        }
    }
}

void FocusTaskTimer::stop()
{
    if (!isRunning() || m_stopping)
        return;
    FocusTimeEntry entry;
    entry.taskId = m_taskId;
    entry.start = m_start;
    entry.duration = elapsedSeconds();
    entry.type = QStringLiteral("activity");
    if (m_sync)
        stopThroughOutbox(entry);
    else
        stopDirectly(entry);
}

// The outbox row is committed before the saved timer is forgotten: a crash between the two is
// resolved by setSync() at the next start, never by losing the time.
void FocusTaskTimer::stopThroughOutbox(const FocusTimeEntry &entry)
{
    FocusTimeEntry local = entry;
    local.id = m_sync->allocateLocalId();
    if (m_sync->enqueue(OutboxOp::Kind::FocusCreate, local.id,
                        FocusEntrySender::createPayload(local, kOrigin)) == 0) {
        emit errorOccurred(tr("Could not save the Focus entry locally (the timer keeps running)"));
        return;
    }
    forget();
    emit runningChanged(false);
    emit queued(local);
}

void FocusTaskTimer::onSent(const OutboxOp &op, const OutboxOutcome &outcome)
{
    if (op.kind != OutboxOp::Kind::FocusCreate ||
        op.payload.value(QLatin1String("origin")).toString() != kOrigin)
        return;
    if (outcome.error) {
        emit errorOccurred(tr("Toggl Focus refused the timed entry: %1").arg(outcome.error->toString()));
        return;
    }
    emit stopped(outcome.focusEntry);
}

void FocusTaskTimer::stopDirectly(const FocusTimeEntry &entry)
{
    if (!m_api) {
        emit errorOccurred(tr("Not connected to Toggl Focus: the timer keeps running"));
        return;
    }
    m_stopping = true;
    const qint64 taskId = m_taskId;
    m_api->createTimeEntry(taskId, entry, this, [this, entry, taskId](ApiResult<FocusTimeEntry> r) {
        m_stopping = false;
        if (!r.ok()) {
            emit errorOccurred(
                tr("Could not save the Focus entry (the timer keeps running): %1").arg(r.error->toString()));
            return;
        }
        if (m_taskId != taskId)
            return; // discarded meanwhile
        FocusTimeEntry created = *r.value;
        if (!created.taskId)
            created.taskId = taskId;
        forget();
        emit runningChanged(false);
        emit stopped(created);
    });
}

} // namespace punchclock
