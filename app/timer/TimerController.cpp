// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timer/TimerController.h"

#include "app/models/EntryEdit.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/FocusTaskTimer.h"
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

void TimerController::setFocusTimer(FocusTaskTimer *focus)
{
    if (m_focus)
        disconnect(m_focus, nullptr, this, nullptr);
    m_focus = focus;
    if (focus)
        connect(focus, &FocusTaskTimer::runningChanged, this, &TimerController::onFocusRunningChanged);
}

// The Focus task timer started (its page or the tray): the Track entry stops.
void TimerController::onFocusRunningChanged(bool running)
{
    if (!running || !m_running || !m_focus || m_busy)
        return;
    const QString description = m_running->description.value_or(QString());
    stop();
    emit notice(
        tr("Stopped the Track timer “%1”: the Focus timer on “%2” started, and one timer runs at a time.")
            .arg(description, m_focus->taskName()));
}

void TimerController::start(const TimeEntry &draft)
{
    startWith(draft, {}, {});
}

void TimerController::startWith(const TimeEntry &draft, const QDateTime &stopAt, const QDateTime &startAt)
{
    if (m_busy)
        return;
    // One timer at a time: the Focus task timer stops (its time is kept as a Focus entry).
    if (m_focus && m_focus->isRunning()) {
        const QString task = m_focus->taskName();
        m_focus->stop();
        emit notice(tr("Stopped the Focus timer on “%1”: one timer runs at a time.").arg(task));
    }
    if (!m_running) {
        post(draft, startAt);
        return;
    }
    setBusy(true);
    auto next = [this, draft, startAt](ApiResult<TimeEntry> result) {
        if (!result.ok()) {
            setBusy(false);
            emit failed(tr("Could not stop the running timer: %1").arg(result.error->toString()));
            return;
        }
        emit stopped(*result.value);
        setBusy(false);
        post(draft, startAt);
    };
    if (stopAt.isValid())
        m_session->stopEntryAt(*m_running, stopAt, std::move(next));
    else
        m_session->stopEntry(*m_running, std::move(next));
}

void TimerController::post(const TimeEntry &draft, const QDateTime &startAt)
{
    setBusy(true);
    TimeEntry entry = draft;
    entry.id = 0;
    entry.start = startAt.isValid() ? startAt : m_clock->nowUtc();
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

void TimerController::startForm()
{
    if (!m_running)
        start(m_draft);
}

void TimerController::stop()
{
    stopAt({});
}

void TimerController::stopAt(const QDateTime &at)
{
    if (m_busy || !m_running)
        return;
    setBusy(true);
    auto done = [this](ApiResult<TimeEntry> result) {
        setBusy(false);
        if (!result.ok()) {
            emit failed(tr("Could not stop the timer: %1").arg(result.error->toString()));
            return;
        }
        emit stopped(*result.value);
    };
    if (at.isValid())
        m_session->stopEntryAt(*m_running, at, std::move(done));
    else
        m_session->stopEntry(*m_running, std::move(done)); // the session's "now"
}

void TimerController::continueEntry(const TimeEntry &entry)
{
    start(copyOf(entry));
}

void TimerController::restartAt(const QDateTime &stopAt, const QDateTime &startAt)
{
    if (m_running)
        startWith(copyOf(*m_running), stopAt, startAt);
}

TimeEntry TimerController::copyOf(const TimeEntry &entry)
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
    return draft;
}

// Each setter changes nothing (and sends nothing) when the form already says so: a field left
// without a change never costs a PUT.
void TimerController::setDescription(const QString &description)
{
    if (description.trimmed() != form().description.value_or(QString()))
        edit(int(EntryEdit::Field::Description), description);
}

void TimerController::setProjectId(qint64 projectId)
{
    if (projectId != form().projectId.value_or(0))
        edit(int(EntryEdit::Field::Project), projectId);
}

void TimerController::setTags(const QStringList &tags)
{
    if (tags != form().tags.value_or(QStringList()))
        edit(int(EntryEdit::Field::Tags), tags);
}

void TimerController::setBillable(bool billable)
{
    if (billable != form().billable)
        edit(int(EntryEdit::Field::Billable), billable);
}

bool TimerController::applySuggestion(const QString &description)
{
    const std::optional<TimeEntry> suggestion = suggestionFor(description);
    if (!suggestion)
        return false;
    TimeEntry next = form();
    next.description = suggestion->description;
    next.projectId = suggestion->projectId;
    next.projectName = suggestion->projectName;
    next.projectColor = suggestion->projectColor;
    next.clientName = suggestion->clientName;
    next.taskId = suggestion->taskId;
    next.tags = suggestion->tags;
    next.tagIds.reset(); // names only, as the bar's own edits
    next.billable = suggestion->billable;
    if (!m_running)
        next.workspaceId = suggestion->workspaceId; // the project's workspace
    setForm(next);
    return true;
}

// The same rules as an edit in the table (EntryEdit), for the running entry or the draft.
void TimerController::edit(int field, const QVariant &value)
{
    const TimeEntryModel *model = m_session->entries();
    const EntryEdit::Outcome outcome =
        EntryEdit::apply(form(), EntryEdit::Field(field), value, model->projects(), m_clock->nowUtc());
    if (!outcome.entry) {
        emit failed(outcome.error);
        return;
    }
    setForm(*outcome.entry);
}

// Running: one edit of the entry, shown at once and sent through the outbox as one PUT (the
// model's editRequested, like a table edit). Stopped: the draft.
void TimerController::setForm(const TimeEntry &next)
{
    if (m_running) {
        if (next != *m_running && !m_session->entries()->editEntry(next))
            emit failed(tr("The running entry is no longer in the list"));
        return; // sync() follows the model and announces the form
    }
    m_draft = next;
    announceForm();
}

void TimerController::announceForm()
{
    const TimeEntry shown = form();
    if (shown == m_announcedForm)
        return;
    m_announcedForm = shown;
    emit formChanged();
}

void TimerController::sync()
{
    const TimeEntryModel *model = m_session->entries();
    const TimeEntry *running = model->runningEntry();
    const bool wasRunning = m_running.has_value();
    m_running = running ? std::optional<TimeEntry>(*running) : std::nullopt;
    if (wasRunning != m_running.has_value()) {
        // Every stop (bar, tray, table, another client) leaves a fresh form: nothing of the last
        // entry's project, tags or billable goes into the next one.
        m_draft = TimeEntry();
        emit runningChanged(m_running.has_value());
    }
    announceForm();
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
