// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/UndoHistory.h"

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/sync/Outbox.h"
#include "app/timer/TimerController.h"
#include "ui/undo/AddEntriesCommand.h"
#include "ui/undo/DeleteEntriesCommand.h"
#include "ui/undo/EditEntryCommand.h"
#include "ui/undo/StartTimerCommand.h"
#include "ui/undo/StopTimerCommand.h"

#include <QAction>
#include <QKeySequence>
#include <QTimer>
#include <QUndoStack>

#include <utility>

namespace punchclock {

UndoHistory::UndoHistory(TrackSession *session, TimerController *timer, QObject *parent)
    : QObject(parent), m_session(session), m_timer(timer), m_stack(new QUndoStack(this)),
      m_undo(m_stack->createUndoAction(this, tr("&Undo"))),
      m_redo(m_stack->createRedoAction(this, tr("&Redo")))
{
    setObjectName(QStringLiteral("undoHistory"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redo->setShortcuts(redoKeys);

    connect(session->entries(), &TimeEntryModel::editRequested, this, &UndoHistory::onEdited);
    connect(session, &TrackSession::entryCreated, this, &UndoHistory::onCreated);
    connect(session, &TrackSession::entryDeleted, this, &UndoHistory::onDeleted);
    connect(timer, &TimerController::stopped, this, &UndoHistory::onStopped);
    connect(timer, &TimerController::started, this, &UndoHistory::onStarted);
    connect(timer, &TimerController::failed, this, [this] {
        // A start stopped the running entry, then could not start: that stop is the step.
        if (m_stoppedForStart)
            push(new StopTimerCommand(this, *std::exchange(m_stoppedForStart, std::nullopt)));
    });
}

// ~QUndoStack clears itself and so emits indexChanged/canUndoChanged: by then the window that
// listens (our parent) is half destroyed. Nobody needs to hear about a history that goes away.
UndoHistory::~UndoHistory()
{
    m_stack->blockSignals(true);
}

TimeEntryModel *UndoHistory::entries() const
{
    return m_session->entries();
}

void UndoHistory::push(QUndoCommand *command)
{
    m_stack->push(command);
}

quint64 UndoHistory::turn()
{
    if (!m_turnOpen) {
        m_turnOpen = true;
        QTimer::singleShot(0, this, [this] {
            m_turnOpen = false;
            ++m_turn;
        });
    }
    return m_turn;
}

qint64 UndoHistory::resolve(qint64 id) const
{
    // A local ID becomes its server ID once sent; a recreated entry has a new one. Both can
    // follow each other (recreated offline, then sent), so alternate; the bound is a guard.
    id = m_session->outbox()->resolve(id);
    for (int hops = 0; hops < 64; ++hops) {
        const auto next = m_recreated.constFind(id);
        if (next == m_recreated.cend())
            break;
        id = m_session->outbox()->resolve(*next);
    }
    return id;
}

void UndoHistory::recreated(qint64 from, qint64 to)
{
    if (from != to && to != 0)
        m_recreated.insert(resolve(from), to);
}

const TimeEntry *UndoHistory::current(qint64 id) const
{
    const int row = entries()->rowOf(resolve(id));
    return row >= 0 ? entries()->entry(row) : nullptr;
}

void UndoHistory::onEdited(const TimeEntry &updated, const TimeEntry &previous)
{
    if (!m_applying)
        push(new EditEntryCommand(this, previous, updated));
}

// TimerController::start() stops the running entry first and emits stopped() while still busy,
// then started(): the two are one step.
void UndoHistory::onStopped(const TimeEntry &entry)
{
    if (m_applying)
        return;
    if (m_timer->isBusy())
        m_stoppedForStart = entry;
    else
        push(new StopTimerCommand(this, entry));
}

void UndoHistory::onStarted(const TimeEntry &entry)
{
    if (!m_applying)
        push(new StartTimerCommand(this, entry, std::exchange(m_stoppedForStart, std::nullopt)));
}

void UndoHistory::onCreated(const TimeEntry &entry)
{
    if (!m_applying)
        push(new AddEntriesCommand(this, entry));
}

void UndoHistory::onDeleted(qint64 id, const QString &description)
{
    if (m_applying)
        return;
    if (const std::optional<TimeEntry> entry = m_session->pendingDelete(id)) {
        push(new DeleteEntriesCommand(this, *entry));
        emit entriesDeleted(1, description);
    }
}

} // namespace punchclock
