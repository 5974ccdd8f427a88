#include "app/api/BulkEditJob.h"

#include "app/api/ApiTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace punchclock {

BulkEditJob::BulkEditJob(ApiTransport *transport,
                         std::function<ApiRequest(const QList<qint64> &)> makeRequest,
                         const QList<qint64> &ids, int batchSize, QObject *context,
                         ApiCallback<BulkResult> done, QObject *parent)
    : QObject(parent), m_transport(transport), m_makeRequest(std::move(makeRequest)), m_context(context),
      m_hasContext(context != nullptr), m_done(std::move(done))
{
    QList<qint64> unique;
    unique.reserve(ids.size());
    for (qint64 id : ids)
        if (!unique.contains(id))
            unique.append(id);
    for (qsizetype i = 0; i < unique.size(); i += batchSize)
        m_batches.append(unique.mid(i, batchSize));
    m_result.batchesTotal = static_cast<int>(m_batches.size());
}

void BulkEditJob::start()
{
    QMetaObject::invokeMethod(this, &BulkEditJob::runNext, Qt::QueuedConnection);
}

void BulkEditJob::runNext()
{
    if (m_hasContext && !m_context) {
        deleteLater();
        return;
    }
    const int index = m_result.batchesDone;
    if (index >= m_batches.size()) {
        complete(std::nullopt);
        return;
    }
    if (m_cancelRequested) {
        m_result.cancelled = true;
        complete(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Bulk edit cancelled")));
        return;
    }
    if (!m_transport) {
        complete(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Network layer gone")));
        return;
    }
    const QList<qint64> batch = m_batches.at(index);
    m_transport->send(m_makeRequest(batch), this, [this](const ApiResponse &response) {
        if (!response.ok()) {
            complete(response.error);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            complete(ApiError::make(
                ApiError::Kind::BadResponse,
                QStringLiteral("Bulk edit answer is not a JSON object: %1").arg(parseError.errorString()),
                response.status));
            return;
        }
        m_result.merge(doc.object());
        ++m_result.batchesDone;
        emit progress(m_result.batchesDone, m_result.batchesTotal);
        runNext();
    });
}

void BulkEditJob::complete(std::optional<ApiError> error)
{
    for (qsizetype i = m_result.batchesDone; i < m_batches.size(); ++i)
        m_result.unconfirmed.append(m_batches.at(i));
    ApiCallback<BulkResult> done = std::move(m_done);
    const bool deliver = !m_hasContext || m_context;
    ApiResult<BulkResult> result{m_result, std::move(error)};
    deleteLater();
    if (deliver && done)
        done(std::move(result));
}

} // namespace punchclock
