// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"
#include "app/api/QuotaInfo.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace punchclock {

// One HTTP request as a value. Authentication is the caller's: Track puts Basic, Focus Bearer.
struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;          // JSON; empty: none
    QByteArray authorization; // the Authorization header value; never logged
    // May be resent after a 5xx or a network error (GET, PUT, DELETE, JSON Patch, stop).
    // 429 is retried whatever this says: the server refused the request without running it.
    bool idempotent = true;
    QString quotaScope; // requests sharing a scope share quota pacing; empty: the URL's host:port
    // Streaming mode: when set, the body of a 2xx answer is handed here chunk by chunk as it
    // arrives (and ApiResponse::body stays empty). Error answers are still read whole. A request
    // that has delivered bytes is never retried. The sink may cancel() the request.
    std::function<void(const QByteArray &chunk)> onData;
};

struct ApiResponse
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray contentType;
    int attempts = 0;
    std::optional<ApiError> error;
    QList<std::pair<QByteArray, QByteArray>> headers; // as received (names in any case)

    bool ok() const { return !error.has_value(); }
    // The value of header `name` (compared case-insensitively); empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// Retries of transient failures: bounded exponential backoff with jitter.
struct RetryPolicy
{
    int maxRetries = 3;    // after the first attempt
    int baseDelayMs = 500; // delay n (0-based) is base * 2^n, capped, then jittered
    int maxDelayMs = 30000;
    double jitter = 0.3;         // each delay is scaled by a random factor in [1 - jitter, 1 + jitter]
    int maxRetryAfterMs = 60000; // a longer Retry-After is reported (RateLimited), not waited for
    bool retryTimeouts = false;  // a timeout has already cost the user a full transfer timeout
};

// Owns the one QNetworkAccessManager and runs every request: User-Agent, transfer timeout,
// https enforcement, redirect policy, quota bookkeeping and pacing, retries, cancellation.
// Callbacks run on the transport's thread and never on a destroyed context object.
class ApiTransport : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiTransport(QObject *parent = nullptr);
    ~ApiTransport() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    // While a scope's quota is used up, requests wait for the reset if it is at most this far
    // away; otherwise they fail at once with a Quota error. Nothing is sent before the reset.
    void setMaxQuotaWait(std::chrono::milliseconds wait) { m_maxQuotaWait = wait; }
    std::chrono::milliseconds maxQuotaWait() const { return m_maxQuotaWait; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }

    // nullopt when requests to `url` are allowed: https, or http to a loopback host.
    static std::optional<ApiError> checkUrl(const QUrl &url);
    static QString scopeFor(const ApiRequest &request);

    // Sends (or queues) the request. `done` is called exactly once unless `context` was given and
    // is destroyed first, or the transport is destroyed first.
    RequestId send(ApiRequest request, QObject *context, Callback done);
    // The callback gets a Cancelled error (queued, never from inside cancel()).
    void cancel(RequestId id);
    int pendingCount() const { return static_cast<int>(m_calls.size()); }

    QuotaInfo quota(const QString &scope) const { return m_quota.value(scope); }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

signals:
    void quotaChanged(const QString &scope, const punchclock::QuotaInfo &quota);

private:
    struct Call;
    void dispatch(RequestId id);
    void onFinished(RequestId id);
    void onReadyRead(RequestId id);
    void finish(RequestId id, ApiResponse response);
    void scheduleRetry(Call &call, int delayMs);
    void readQuota(const QString &scope, const QNetworkReply *reply, bool quotaAnswer);
    void releaseQuotaWaiters(const QString &scope);
    int backoffMs(int retryIndex) const;

    QNetworkAccessManager *m_nam;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_transferTimeout{30000};
    std::chrono::milliseconds m_maxQuotaWait{std::chrono::minutes(5)};
    QByteArray m_userAgent;
    RequestId m_nextId = 1;
    std::map<RequestId, std::shared_ptr<Call>> m_calls;
    QHash<QString, QuotaInfo> m_quota;
    QHash<QString, QList<RequestId>> m_quotaWaiting;
    QHash<QString, QTimer *> m_quotaTimers;
};

} // namespace punchclock
