#pragma once

#include "bulk/FocusBulkChoices.h"
#include "focus/FocusEntryPatch.h"
#include "focus/FocusTimeEntry.h"
#include "bulk/BulkResultMetaType.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace punchclock {

class FocusApi;

// Bulk changes to Focus entries: PATCH .../time-entries/bulk (per-entry values in one body, so a
// time shift needs no grouping), DELETE .../time-entries/bulk?ids= and PATCH .../bulk/restore?ids=.
// Requests carry at most 100 entries and go one after the other; cancel() stops before the next.
// Focus answers a whole request (204 or an error), so a refused request marks all its entries as
// failed with the server's message. The previous values of the last edit are kept for undo().
class FocusBulkEditor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxIds = 100;

    explicit FocusBulkEditor(FocusApi *api, QObject *parent = nullptr);

    static QList<FocusEntryPatch> patchesFor(const QList<FocusTimeEntry> &entries, const FocusBulkChoices &choices);
    static QList<FocusEntryPatch> undoPatchesFor(const QList<FocusTimeEntry> &previous, const FocusBulkChoices &choices);

    // Each returns false (and does nothing) while another run is going.
    bool edit(const QList<FocusTimeEntry> &entries, const FocusBulkChoices &choices);
    bool remove(const QList<qint64> &ids);
    bool restore(const QList<qint64> &ids);
    bool undo();
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool isRunning() const { return m_running; }
    void cancel() { m_cancelled = true; }

signals:
    void progress(int requestsDone, int requestsTotal);
    void finished(const punchclock::BulkResult &result, const QString &error);
    void undoAvailableChanged(bool available);

private:
    struct Request
    {
        QList<qint64> ids;
        std::function<void(std::function<void(std::optional<QString>)>)> send;
    };
    bool run(QList<Request> requests, std::function<void(const BulkResult &)> onDone = {});
    void next();
    void setUndo(QList<FocusEntryPatch> patches);

    FocusApi *m_api;
    QList<Request> m_requests;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
    BulkResult m_result;
    std::function<void(const BulkResult &)> m_onDone;
    QList<FocusEntryPatch> m_undo;
};

} // namespace punchclock
