// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiResult.h"
#include "app/api/BulkJob.h"
#include "app/track/JsonPatchOp.h"

#include <QList>
#include <QPointer>

namespace punchclock {

class ApiTransport;
struct ApiRequest;

// A bulk edit running as sequential PATCH batches of at most 100 IDs. Made (and started) by
// TrackApi::bulkEditTimeEntries; calls back, emits finished() and deletes itself. A failed batch
// ends the run. Once its context is gone it ends without a word.
class BulkEditJob : public BulkJob
{
    Q_OBJECT
private:
    void run() override;
    friend class TrackApi;
    // `makeRequest` builds the PATCH request for one batch of IDs.
    BulkEditJob(ApiTransport *transport, std::function<ApiRequest(const QList<qint64> &)> makeRequest,
                const QList<qint64> &ids, int batchSize, QObject *context, ApiCallback<BulkResult> done,
                QObject *parent);
    void runNext();
    void complete(std::optional<ApiError> error);

    QPointer<ApiTransport> m_transport;
    std::function<ApiRequest(const QList<qint64> &)> m_makeRequest;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    ApiCallback<BulkResult> m_done;
};

} // namespace punchclock
