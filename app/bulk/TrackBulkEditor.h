// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/BulkJob.h"
#include "app/bulk/BulkEditChoices.h"
#include "app/bulk/BulkEditPlan.h"
#include "app/models/TimeEntryModel.h" // Q_DECLARE_METATYPE(TimeEntry), for editApplied()
#include "app/track/TimeEntry.h"

#include <QList>
#include <QObject>

#include <functional>

namespace punchclock {

class BulkDeleteRunner;
class BulkEditRunner;
class TrackSession;

// Bulk changes to Track entries for the dialog and the Edit menu: makes the runners, keeps what
// the last bulk edit changed so it can be undone, and refreshes the session when a run ends so
// the table shows the server's state. The runners it returns are not started yet (connect to
// them, then call start()); each deletes itself after finished() (see BulkJob).
class TrackBulkEditor : public QObject
{
    Q_OBJECT
public:
    explicit TrackBulkEditor(TrackSession *session, QObject *parent = nullptr);

    TrackSession *session() const { return m_session; }
    BulkEditRunner *edit(const QList<TimeEntry> &entries, const BulkEditChoices &choices);
    BulkDeleteRunner *remove(const QList<TimeEntry> &entries);

    bool canUndo() const { return !m_undo.isEmpty(); }
    int undoCount() const { return m_undo.entryCount(); }
    // Sends the previous values of the last bulk edit back (nullptr when there is nothing to undo).
    BulkEditRunner *undo();
    // Sends back the previous values of a bulk edit announced by editApplied() (an undo stack
    // keeps older ones); forgets the last edit's undo. Redo it with edit(entries, choices).
    BulkEditRunner *undoEdit(const QList<TimeEntry> &entries, const BulkEditChoices &choices);

signals:
    void undoAvailableChanged(bool available);
    // A bulk edit ended with `entries` (their copies before it) changed by the server.
    void editApplied(const QList<punchclock::TimeEntry> &entries, const punchclock::BulkEditChoices &choices);
    // Any run ended (after the editor kept what it undoes, before the run's other listeners).
    void runFinished(const punchclock::BulkResult &result);

private:
    // Refreshes the session when `job` ends, after `first`.
    void watch(BulkJob *job, std::function<void(const BulkResult &)> first = {});
    void setUndo(BulkEditPlan plan);

    TrackSession *m_session;
    BulkEditPlan m_undo;
    QList<qint64> m_undoRefused; // the entries the server refused in the edit m_undo undoes
};

} // namespace punchclock
