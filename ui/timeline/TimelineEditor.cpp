// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineEditor.h"

#include "app/models/EntryEdit.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"

namespace punchclock {

namespace {
QDateTime utc(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc());
}
} // namespace

TimelineEditor::TimelineEditor(TrackSession *session, TimerController *timer, QObject *parent)
    : QObject(parent), m_session(session), m_timer(timer)
{
}

const TimeEntry *TimelineEditor::entry(qint64 id) const
{
    const TimeEntryModel *model = m_session->entries();
    return id != 0 ? model->entry(model->rowOf(id)) : nullptr;
}

void TimelineEditor::setTimes(const TimeEntry &entry, TimelineDrag::Kind kind, TimelineDrag::Span span)
{
    TimeEntryModel *model = m_session->entries();
    const QList<Project> &projects = model->projects();
    const QDateTime now = model->clock()->nowUtc();
    EntryEdit::Outcome outcome;
    if (entry.isRunning() || kind == TimelineDrag::Kind::Move) {
        // A new start keeps the duration: a stopped entry's stop moves with it, a running one runs on.
        outcome = EntryEdit::apply(entry, EntryEdit::Field::Start, utc(span.start), projects, now);
    } else if (kind == TimelineDrag::Kind::Start) {
        outcome = EntryEdit::apply(entry, EntryEdit::Field::Start, utc(span.start), projects, now);
        if (outcome.entry)
            outcome = EntryEdit::apply(*outcome.entry, EntryEdit::Field::Stop, utc(span.end), projects, now);
    } else {
        outcome = EntryEdit::apply(entry, EntryEdit::Field::Stop, utc(span.end), projects, now);
    }
    if (!outcome.entry) {
        emit refused(outcome.error);
        return;
    }
    if (*outcome.entry != entry)
        model->editEntry(*outcome.entry); // as an edit in the table: shown, sent, recorded for undo
}

void TimelineEditor::nudge(qint64 id, TimelineDrag::Kind kind, int steps)
{
    const TimeEntry *shown = entry(id);
    if (!shown)
        return;
    const qint64 start = shown->start.toSecsSinceEpoch();
    if (shown->isRunning()) {
        if (kind == TimelineDrag::Kind::End) {
            emit refused(tr("A running entry stops when you stop its timer."));
            return;
        }
        const qint64 now = m_session->entries()->clock()->nowUtc().toSecsSinceEpoch();
        const TimelineDrag::Span span = TimelineDrag::nudged(TimelineDrag::Kind::Start, {start, now}, steps);
        if (span.start != start)
            setTimes(*shown, TimelineDrag::Kind::Start, span);
        return;
    }
    const qint64 end = shown->stop ? shown->stop->toSecsSinceEpoch() : start + shown->duration;
    const TimelineDrag::Span span = TimelineDrag::nudged(kind, {start, end}, steps);
    if (span != TimelineDrag::Span{start, end})
        setTimes(*shown, kind, span);
}

void TimelineEditor::duplicate(qint64 id)
{
    if (const TimeEntry *shown = entry(id))
        m_session->createEntry(EntryEdit::duplicateOf(*shown, m_session->entries()->clock()->nowUtc()));
}

void TimelineEditor::remove(qint64 id)
{
    if (entry(id))
        m_session->deleteEntryLater(id); // hidden at once, with the window's Undo
}

void TimelineEditor::continueEntry(qint64 id)
{
    if (const TimeEntry *shown = entry(id))
        m_timer->continueEntry(*shown);
}

} // namespace punchclock
