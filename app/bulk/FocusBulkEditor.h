// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/BulkJob.h"
#include "app/bulk/BulkBatch.h"
#include "app/bulk/FocusBulkChoices.h"
#include "app/focus/FocusEntryPatch.h"
#include "app/focus/FocusTimeEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace punchclock {

class FocusApi;
class FocusBulkSender;
class FocusSync;

// Bulk changes to Focus entries: PATCH .../time-entries/bulk (per-entry values in one body, so a
// time shift needs no grouping), DELETE .../time-entries/bulk?ids= and PATCH .../bulk/restore?ids=.
// Requests carry at most 100 entries and go one after the other; cancel() stops before the next.
// Focus answers a whole request (204 or an error), so a refused request marks all its entries as
// failed with the server's message. The previous values of the last edit are kept for undo().
// With a FocusSync (the app) each request is an outbox row, written before anything is sent (see
// OutboxBatchRun: cancel() drops the unsent rows; offline, the rows wait and the run ends);
// without one, a DirectBatchRun sends them straight to the API.
class FocusBulkEditor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxIds = 100;

    explicit FocusBulkEditor(FocusApi *api, QObject *parent = nullptr);
    ~FocusBulkEditor() override;
    void setSync(FocusSync *sync); // not owned; null: straight to the API

    static QList<FocusEntryPatch> patchesFor(const QList<FocusTimeEntry> &entries,
                                             const FocusBulkChoices &choices);
    static QList<FocusEntryPatch> undoPatchesFor(const QList<FocusTimeEntry> &previous,
                                                 const FocusBulkChoices &choices);

    // Each makes a run, not started yet (connect to it, then start() it; it deletes itself after
    // finished()). nullptr, and nothing done, while another run is not finished.
    BulkJob *edit(const QList<FocusTimeEntry> &entries, const FocusBulkChoices &choices);
    BulkJob *remove(const QList<qint64> &ids);
    BulkJob *restore(const QList<qint64> &ids);
    BulkJob *undo();
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool isRunning() const { return m_run != nullptr; }

signals:
    void undoAvailableChanged(bool available);
    // Any run ended (after the editor kept what it undoes, before the run's other listeners).
    void runFinished(const punchclock::BulkResult &result);

private:
    static QList<BulkBatch> patchBatches(const QList<FocusEntryPatch> &patches);
    static QList<BulkBatch> idBatches(OutboxOp::Kind kind, const QList<qint64> &ids);
    BulkJob *run(QList<BulkBatch> batches, std::function<void(const BulkResult &)> onDone = {});
    void setUndo(QList<FocusEntryPatch> patches);

    std::unique_ptr<FocusBulkSender> m_sender; // without a FocusSync
    QPointer<FocusSync> m_sync;
    QPointer<BulkJob> m_run;
    QList<FocusEntryPatch> m_undo;
};

} // namespace punchclock
