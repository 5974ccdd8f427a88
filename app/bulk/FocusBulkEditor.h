#pragma once

#include "app/bulk/BulkResultMetaType.h"
#include "app/bulk/FocusBulkChoices.h"
#include "app/bulk/OutboxBatchRun.h"
#include "app/focus/FocusEntryPatch.h"
#include "app/focus/FocusTimeEntry.h"

#include <QList>
#include <QObject>
#include <QString>

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
// OutboxBatchRun: cancel() drops the unsent rows; offline, the rows wait and the run ends).
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

    // Each returns false (and does nothing) while another run is going.
    bool edit(const QList<FocusTimeEntry> &entries, const FocusBulkChoices &choices);
    bool remove(const QList<qint64> &ids);
    bool restore(const QList<qint64> &ids);
    bool undo();
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool isRunning() const { return m_running; }
    void cancel();

signals:
    void progress(int requestsDone, int requestsTotal);
    void finished(const punchclock::BulkResult &result, const QString &error);
    void undoAvailableChanged(bool available);

private:
    using Batch = OutboxBatchRun::Batch;
    static QList<Batch> patchBatches(const QList<FocusEntryPatch> &patches);
    static QList<Batch> idBatches(OutboxOp::Kind kind, const QList<qint64> &ids);
    bool run(QList<Batch> batches, std::function<void(const BulkResult &)> onDone = {});
    void next();
    void done(const BulkResult &result, const QString &error);
    void setUndo(QList<FocusEntryPatch> patches);

    FocusApi *m_api;
    std::unique_ptr<FocusBulkSender> m_sender; // without a FocusSync
    QPointer<FocusSync> m_sync;
    QPointer<OutboxBatchRun> m_run;
    QList<Batch> m_batches;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    BulkResult m_result;
    std::function<void(const BulkResult &)> m_onDone;
    QList<FocusEntryPatch> m_undo;
};

} // namespace punchclock
