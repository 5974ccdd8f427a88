#include "app/timer/TimerController.h"

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"

#include <QStringListModel>

namespace punchclock {

TimerController::TimerController(TrackSession *session, const Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock ? clock : Clock::system()),
      m_recent(new QStringListModel(this))
{
    TimeEntryModel *model = session->entries();
    // The model's tick, not a timer of our own: the timer bar, the tray and the table change
    // together, in one wakeup a second.
    connect(model, &TimeEntryModel::ticked, this, [this] {
        if (m_running)
            emit elapsedChanged(elapsedText());
    });
    connect(model, &TimeEntryModel::modelReset, this, &TimerController::sync);
    connect(model, &TimeEntryModel::rowsInserted, this, &TimerController::sync);
    connect(model, &TimeEntryModel::rowsRemoved, this, &TimerController::sync);
    connect(model, &TimeEntryModel::rowsMoved, this, &TimerController::sync);
    connect(model, &TimeEntryModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // The ticking duration cell alone changes nothing here.
                if (topLeft.column() != TimeEntryModel::Duration ||
                    bottomRight.column() != TimeEntryModel::Duration)
                    sync();
            });
    sync();
}

qint64 TimerController::elapsedSeconds() const
{
    return m_running ? std::max<qint64>(0, m_running->elapsedSeconds(m_clock->nowUtc())) : 0;
}

QString TimerController::elapsedText() const
{
    return TimeEntryModel::formatDuration(elapsedSeconds());
}

std::optional<TimeEntry> TimerController::suggestionFor(const QString &description) const
{
    const QString wanted = description.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const TimeEntry &e : m_session->entries()->entries()) { // newest first
        if (e.description.value_or(QString()).compare(wanted, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

void TimerController::start(const TimeEntry &draft)
{
    if (m_busy)
        return;
    if (!m_running) {
        post(draft);
        return;
    }
    setBusy(true);
    m_session->stopEntry(*m_running, [this, draft](ApiResult<TimeEntry> result) {
        if (!result.ok()) {
            setBusy(false);
            emit failed(tr("Could not stop the running timer: %1").arg(result.error->toString()));
            return;
        }
        emit stopped(*result.value);
        setBusy(false);
        post(draft);
    });
}

void TimerController::post(const TimeEntry &draft)
{
    setBusy(true);
    TimeEntry entry = draft;
    entry.id = 0;
    entry.start = m_clock->nowUtc();
    entry.stop.reset();
    entry.duration = -1;
    m_session->startEntry(entry, [this](ApiResult<TimeEntry> result) {
        setBusy(false);
        if (!result.ok()) {
            emit failed(tr("Could not start the timer: %1").arg(result.error->toString()));
            return;
        }
        emit started(*result.value);
    });
}

void TimerController::stop()
{
    if (m_busy || !m_running)
        return;
    setBusy(true);
    m_session->stopEntry(*m_running, [this](ApiResult<TimeEntry> result) {
        setBusy(false);
        if (!result.ok()) {
            emit failed(tr("Could not stop the timer: %1").arg(result.error->toString()));
            return;
        }
        emit stopped(*result.value);
    });
}

void TimerController::continueEntry(const TimeEntry &entry)
{
    TimeEntry draft;
    draft.workspaceId = entry.workspaceId;
    draft.description = entry.description;
    draft.projectId = entry.projectId;
    draft.projectName = entry.projectName;
    draft.projectColor = entry.projectColor;
    draft.taskId = entry.taskId;
    draft.tags = entry.tags;
    draft.billable = entry.billable;
    start(draft);
}

void TimerController::sync()
{
    const TimeEntryModel *model = m_session->entries();
    const TimeEntry *running = model->runningEntry();
    const bool wasRunning = m_running.has_value();
    m_running = running ? std::optional<TimeEntry>(*running) : std::nullopt;
    if (wasRunning != m_running.has_value())
        emit runningChanged(m_running.has_value());
    emit elapsedChanged(elapsedText());

    QStringList descriptions;
    for (const TimeEntry &e : model->entries()) {
        const QString d = e.description.value_or(QString()).trimmed();
        if (!d.isEmpty() && !descriptions.contains(d))
            descriptions.append(d);
    }
    if (descriptions != m_recent->stringList())
        m_recent->setStringList(descriptions);
}

void TimerController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace punchclock
