#pragma once

#include "app/api/ApiResult.h"
#include "app/track/BulkResult.h"
#include "app/track/JsonPatchOp.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace punchclock {

class ApiTransport;
struct ApiRequest;

// A bulk edit running as sequential PATCH batches of at most 100 IDs. Made by
// TrackApi::bulkEditTimeEntries; deletes itself after calling back.
class BulkEditJob : public QObject
{
    Q_OBJECT
public:
    int batchesTotal() const { return static_cast<int>(m_batches.size()); }
    int batchesDone() const { return m_result.batchesDone; }
    // Stops before the next batch (the batch in flight completes and is merged).
    void cancel() { m_cancelRequested = true; }

signals:
    void progress(int batchesDone, int batchesTotal);

private:
    friend class TrackApi;
    // `makeRequest` builds the PATCH request for one batch of IDs.
    BulkEditJob(ApiTransport *transport, std::function<ApiRequest(const QList<qint64> &)> makeRequest,
                const QList<qint64> &ids, int batchSize, QObject *context, ApiCallback<BulkResult> done,
                QObject *parent);
    void start();
    void runNext();
    void complete(std::optional<ApiError> error);

    QPointer<ApiTransport> m_transport;
    std::function<ApiRequest(const QList<qint64> &)> m_makeRequest;
    QList<QList<qint64>> m_batches;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    ApiCallback<BulkResult> m_done;
    BulkResult m_result;
    bool m_cancelRequested = false;
};

} // namespace punchclock
