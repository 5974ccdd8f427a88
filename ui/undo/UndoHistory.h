// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QHash>
#include <QObject>

#include <optional>

class QAction;
class QUndoCommand;
class QUndoStack;

namespace punchclock {

class TimeEntryModel;
class TimerController;
class TrackSession;

// The main window's one undo stack. It records every change a person makes (a cell or the bar
// editing an entry, start, stop, continue, add and duplicate, delete; bulk edits are pushed by
// BulkEditController) by following the session's, the model's and the timer's signals, and the
// commands undo and redo through the same session API, so everything goes through the outbox
// (offline too). What a command does while it undoes or redoes is not recorded again.
class UndoHistory : public QObject
{
    Q_OBJECT
public:
    UndoHistory(TrackSession *session, TimerController *timer, QObject *parent = nullptr);
    ~UndoHistory() override;

    QUndoStack *stack() const { return m_stack; }
    // "Undo Change Project" / "Redo Stop Timer", disabled when there is nothing to undo or redo;
    // Ctrl+Z and Ctrl+Shift+Z.
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    TrackSession *session() const { return m_session; }
    TimeEntryModel *entries() const;

    // Pushes a command whose change is already made: its first redo() does nothing.
    void push(QUndoCommand *command);
    // Changes made now are one step (e.g. the rows of one Delete): a number that moves on once
    // control returns to the event loop.
    quint64 turn();

    // The entry with this ID (a local ID is followed to its server ID) as the model shows it;
    // nullptr when it is gone, here or elsewhere.
    const TimeEntry *current(qint64 id) const;
    qint64 resolve(qint64 id) const;
    // An undo or redo made the entry `from` anew as `to` (Track cannot bring a deleted entry back):
    // every other step that names `from` now finds `to`.
    void recreated(qint64 from, qint64 to);
    // An undo or redo could not be done (the entry is gone, another timer runs): says why.
    void fail(const QString &message) { emit failed(message); }

    // While alive, the session's changes are the history's own (not recorded).
    class Applying
    {
    public:
        explicit Applying(UndoHistory *history) : m_history(history), m_was(history->m_applying)
        {
            history->m_applying = true;
        }
        ~Applying() { m_history->m_applying = m_was; }
        Applying(const Applying &) = delete;
        Applying &operator=(const Applying &) = delete;

    private:
        UndoHistory *m_history;
        bool m_was;
    };

signals:
    void failed(const QString &message);
    // A person deleted entries (recorded; the window offers its quick Undo button).
    void entriesDeleted(int count, const QString &description);

private:
    void onEdited(const TimeEntry &updated, const TimeEntry &previous);
    void onStopped(const TimeEntry &entry);
    void onStarted(const TimeEntry &entry);
    void onCreated(const TimeEntry &entry);
    void onDeleted(qint64 id, const QString &description);

    TrackSession *m_session;
    TimerController *m_timer;
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
    std::optional<TimeEntry> m_stoppedForStart; // a start stops the running entry first
    quint64 m_turn = 0;
    bool m_turnOpen = false;
    bool m_applying = false;
    QHash<qint64, qint64> m_recreated; // recreated(): old ID -> new ID
};

} // namespace punchclock
