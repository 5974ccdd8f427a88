// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/BulkEditJob.h"

#include "app/api/ApiTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace punchclock {

namespace {

// The IDs once each, in batches of at most `batchSize`.
QList<QList<qint64>> batchesOf(const QList<qint64> &ids, int batchSize)
{
    QList<qint64> unique;
    unique.reserve(ids.size());
    for (qint64 id : ids)
        if (!unique.contains(id))
            unique.append(id);
    QList<QList<qint64>> batches;
    for (qsizetype i = 0; i < unique.size(); i += batchSize)
        batches.append(unique.mid(i, batchSize));
    return batches;
}

} // namespace

BulkEditJob::BulkEditJob(ApiTransport *transport,
                         std::function<ApiRequest(const QList<qint64> &)> makeRequest,
                         const QList<qint64> &ids, int batchSize, QObject *context,
                         ApiCallback<BulkResult> done, QObject *parent)
    : BulkJob(batchesOf(ids, batchSize), parent), m_transport(transport),
      m_makeRequest(std::move(makeRequest)), m_context(context), m_hasContext(context != nullptr),
      m_done(std::move(done))
{
}

void BulkEditJob::run()
{
    QMetaObject::invokeMethod(this, &BulkEditJob::runNext, Qt::QueuedConnection);
}

void BulkEditJob::runNext()
{
    if (m_hasContext && !m_context) {
        deleteLater();
        return;
    }
    if (done() >= total()) {
        complete(std::nullopt);
        return;
    }
    if (cancelRequested()) {
        m_result.cancelled = true;
        complete(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Bulk edit cancelled")));
        return;
    }
    if (!m_transport) {
        complete(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Network layer gone")));
        return;
    }
    m_transport->send(m_makeRequest(requestIds(done())), this, [this](const ApiResponse &response) {
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
        advance();
        runNext();
    });
}

void BulkEditJob::complete(std::optional<ApiError> error)
{
    leaveRestUnanswered();
    ApiCallback<BulkResult> done = std::move(m_done);
    if (m_hasContext && !m_context) {
        deleteLater();
        return;
    }
    finish(error ? error->message : QString());
    if (done)
        done(ApiResult<BulkResult>{m_result, std::move(error)});
}

} // namespace punchclock
