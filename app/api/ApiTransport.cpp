// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/ApiTransport.h"

#include "app/Version.h"
#include "app/api/OneShotBody.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcApi, "punchclock.api", QtInfoMsg)

namespace punchclock {

namespace {
constexpr char kQuotaRemaining[] = "X-Toggl-Quota-Remaining";
constexpr char kQuotaResetsIn[] = "X-Toggl-Quota-Resets-In";

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Retry-After: delta seconds or an HTTP date. nullopt when absent or unreadable.
std::optional<qint64> retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray raw = reply->rawHeader("Retry-After").trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = raw.toDouble(&ok);
    if (ok && seconds >= 0)
        return static_cast<qint64>(std::ceil(seconds * 1000));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(raw), Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    return std::nullopt;
}

// The URL without its query, for logs (queries carry no secrets, but keep logs short).
QString logUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}
} // namespace

struct ApiTransport::Call
{
    RequestId id = 0;
    ApiRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    int attempts = 0;
    QNetworkReply *reply = nullptr;
    QTimer *retryTimer = nullptr;
    qint64 streamedBytes = 0; // handed to request.onData
};

ApiTransport::ApiTransport(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_userAgent(punchclock::kCreatedWith)
{
    // Never follow a redirect to another origin: it would carry our Authorization header there.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiTransport::~ApiTransport()
{
    // No callback may run while we are half destroyed.
    for (auto &[id, call] : m_calls) {
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
            call->reply->deleteLater();
        }
    }
    m_calls.clear();
}

std::optional<ApiError> ApiTransport::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::make(ApiError::Kind::InsecureUrl,
                              tr("Not a usable server address: %1").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    return ApiError::make(
        ApiError::Kind::InsecureUrl,
        tr("Refusing to send credentials to %1: only https is allowed "
           "(plain http only to this computer)")
            .arg(url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
}

QString ApiTransport::scopeFor(const ApiRequest &request)
{
    if (!request.quotaScope.isEmpty())
        return request.quotaScope;
    return request.url.host() + QLatin1Char(':') + QString::number(request.url.port(443));
}

ApiTransport::RequestId ApiTransport::send(ApiRequest request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->id = m_nextId++;
    call->request = std::move(request);
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    m_calls.emplace(call->id, call);

    if (auto refused = checkUrl(call->request.url)) {
        qCWarning(lcApi).noquote() << "refused:" << refused->message;
        const RequestId id = call->id;
        QMetaObject::invokeMethod(
            this,
            [this, id, error = *refused] {
                ApiResponse response;
                response.error = error;
                finish(id, response);
            },
            Qt::QueuedConnection);
        return call->id;
    }
    dispatch(call->id);
    return call->id;
}

void ApiTransport::dispatch(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    call.retryTimer = nullptr;
    if (call.hasContext && !call.context) { // nobody left to tell
        m_calls.erase(it);
        return;
    }

    const QString scope = scopeFor(call.request);
    const QuotaInfo quota = m_quota.value(scope);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (quota.isExhausted(now)) {
        const qint64 wait = now.msecsTo(quota.resetsAt);
        if (wait > m_maxQuotaWait.count()) {
            ApiError error =
                ApiError::make(ApiError::Kind::Quota,
                               tr("The hourly request quota is used up; it resets at %1")
                                   .arg(quota.resetsAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
            error.retryAt = quota.resetsAt;
            ApiResponse response;
            response.attempts = call.attempts;
            response.error = error;
            finish(id, response);
            return;
        }
        qCInfo(lcApi).noquote() << "quota used up; holding" << call.request.method << logUrl(call.request.url)
                                << "for" << wait << "ms";
        m_quotaWaiting[scope].append(id);
        QTimer *&timer = m_quotaTimers[scope];
        if (!timer) {
            timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, scope] { releaseQuotaWaiters(scope); });
        }
        if (!timer->isActive())
            timer->start(static_cast<int>(std::min<qint64>(wait + 50, std::numeric_limits<int>::max())));
        return;
    }

    QNetworkRequest req(call.request.url);
    req.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    req.setRawHeader("Accept", "application/json");
    if (!call.request.body.isEmpty() || call.request.method == "POST" || call.request.method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!call.request.authorization.isEmpty())
        req.setRawHeader("Authorization", call.request.authorization);
    req.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);

    ++call.attempts;
    qCDebug(lcApi).nospace().noquote()
        << call.request.method << ' ' << logUrl(call.request.url) << " (attempt " << call.attempts
        << ')'; // never the Authorization header
    QNetworkReply *reply = nullptr;
    if (!call.request.idempotent && !call.request.body.isEmpty()) {
        // Never resent by Qt on a new connection: only the caller may decide that (see OneShotBody).
        auto *body = new OneShotBody(call.request.body);
        req.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        reply = m_nam->sendCustomRequest(req, call.request.method, body);
        body->setParent(reply); // read until the reply finishes, deleted with it
    } else {
        reply = m_nam->sendCustomRequest(req, call.request.method, call.request.body);
    }
    call.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    if (call.request.onData)
        connect(reply, &QIODevice::readyRead, this, [this, id] { onReadyRead(id); });
}

void ApiTransport::onReadyRead(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const std::shared_ptr<Call> call = it->second; // the sink may cancel
    QNetworkReply *reply = call->reply;
    if (!reply || (call->hasContext && !call->context))
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // an error body is read whole when the reply finishes
    const QByteArray chunk = reply->readAll();
    if (chunk.isEmpty())
        return;
    call->streamedBytes += chunk.size();
    call->request.onData(chunk);
}

void ApiTransport::onFinished(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const std::shared_ptr<Call> keep = it->second; // a streaming sink may cancel
    Call &call = *keep;
    QNetworkReply *reply = call.reply;
    call.reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    ApiResponse response;
    response.attempts = call.attempts;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool streaming = call.request.onData && response.status >= 200 && response.status < 300;
    if (streaming && reply->isOpen() && !(call.hasContext && !call.context)) {
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty()) {
            call.streamedBytes += rest.size();
            call.request.onData(rest);
            if (m_calls.find(id) == m_calls.end())
                return; // cancelled by the sink
        }
    } else if (reply->isOpen()) {
        response.body = reply->readAll();
    }
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    const bool quotaHeaders = reply->hasRawHeader(kQuotaRemaining) || reply->hasRawHeader(kQuotaResetsIn);
    const QString scope = scopeFor(call.request);
    readQuota(scope, reply, response.status == 402 && quotaHeaders);

    std::optional<qint64> retryAfter;
    if (response.status == 0) {
        const auto netError = reply->error();
        const bool timedOut = netError == QNetworkReply::TimeoutError ||
                              netError == QNetworkReply::OperationCanceledError; // transfer timeout
        // Closed after the request left: the server may have carried it out (ambiguous).
        const bool closedUnanswered =
            netError == QNetworkReply::ContentReSendError || netError == QNetworkReply::RemoteHostClosedError;
        response.error =
            ApiError::make(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                           timedOut ? tr("No answer within %1 s").arg(m_transferTimeout.count() / 1000.0)
                           : closedUnanswered && !call.request.idempotent
                               ? tr("The connection closed before the answer arrived; the server may have it")
                               : reply->errorString());
        if (closedUnanswered && !call.request.idempotent)
            qCInfo(lcApi).nospace().noquote() << call.request.method << ' ' << logUrl(call.request.url)
                                              << ": the connection closed before an answer; not resent";
    } else if (response.status < 200 || response.status >= 300) {
        ApiError error =
            ApiError::fromHttp(response.status, response.body, response.contentType, quotaHeaders);
        if (error.kind == ApiError::Kind::Quota)
            error.retryAt = m_quota.value(scope).resetsAt;
        if (error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Server) {
            retryAfter = retryAfterMs(reply);
            if (retryAfter)
                error.retryAt = QDateTime::currentDateTimeUtc().addMSecs(*retryAfter);
        }
        response.error = error;
    } else if (streaming && reply->error() != QNetworkReply::NoError) {
        // The connection broke in the middle of a streamed body.
        response.error = ApiError::make(ApiError::Kind::Network,
                                        QStringLiteral("The stream broke after %1 bytes: %2")
                                            .arg(call.streamedBytes)
                                            .arg(reply->errorString()),
                                        response.status);
    }
    qCDebug(lcApi).nospace().noquote()
        << call.request.method << ' ' << logUrl(call.request.url) << " -> " << response.status;

    if (response.error) {
        const ApiError::Kind kind = response.error->kind;
        const bool idempotent = call.request.idempotent;
        const bool retriable =
            kind == ApiError::Kind::RateLimited ||
            (idempotent && (kind == ApiError::Kind::Server || kind == ApiError::Kind::Network)) ||
            (idempotent && kind == ApiError::Kind::Timeout && m_retry.retryTimeouts);
        const int retryIndex = call.attempts - 1;
        if (retriable && call.streamedBytes == 0 && retryIndex < m_retry.maxRetries &&
            (!retryAfter || *retryAfter <= m_retry.maxRetryAfterMs)) {
            const int delay = retryAfter ? static_cast<int>(*retryAfter) : backoffMs(retryIndex);
            qCInfo(lcApi).nospace().noquote()
                << call.request.method << ' ' << logUrl(call.request.url) << ": "
                << response.error->toString() << "; retry in " << delay << " ms";
            scheduleRetry(call, delay);
            return;
        }
    }
    finish(id, response);
}

int ApiTransport::backoffMs(int retryIndex) const
{
    const double base = std::min<double>(m_retry.maxDelayMs, m_retry.baseDelayMs * std::pow(2.0, retryIndex));
    const double jitter = std::clamp(m_retry.jitter, 0.0, 1.0);
    const double factor = 1.0 - jitter + 2.0 * jitter * QRandomGenerator::global()->generateDouble();
    return std::max(0, static_cast<int>(base * factor));
}

void ApiTransport::scheduleRetry(Call &call, int delayMs)
{
    const RequestId id = call.id;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, timer] {
        timer->deleteLater();
        dispatch(id);
    });
    call.retryTimer = timer;
    timer->start(delayMs);
}

void ApiTransport::readQuota(const QString &scope, const QNetworkReply *reply, bool quotaAnswer)
{
    const QByteArray remainingRaw = reply->rawHeader(kQuotaRemaining).trimmed();
    const QByteArray resetsRaw = reply->rawHeader(kQuotaResetsIn).trimmed();
    if (remainingRaw.isEmpty() && resetsRaw.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QuotaInfo info = m_quota.value(scope);
    bool ok = false;
    if (const int remaining = remainingRaw.toInt(&ok); ok)
        info.remaining = remaining;
    if (const double resetsIn = resetsRaw.toDouble(&ok); ok && resetsIn >= 0)
        info.resetsAt = now.addMSecs(static_cast<qint64>(std::ceil(resetsIn * 1000)));
    else if (info.resetsAt.isValid() && info.resetsAt <= now)
        info.resetsAt = {};
    if (quotaAnswer) // a quota 402 means nothing is left, whatever the count header says
        info.remaining = 0;
    info.updatedAt = now;
    const bool changed =
        info.remaining != m_quota.value(scope).remaining || info.resetsAt != m_quota.value(scope).resetsAt;
    m_quota.insert(scope, info);
    if (changed)
        emit quotaChanged(scope, info);
}

void ApiTransport::releaseQuotaWaiters(const QString &scope)
{
    QuotaInfo info = m_quota.value(scope);
    if (info.isExhausted()) { // the server moved the reset: wait again
        if (QTimer *timer = m_quotaTimers.value(scope))
            timer->start(static_cast<int>(
                std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(info.resetsAt) + 50, 0,
                                   std::numeric_limits<int>::max())));
        return;
    }
    info.remaining.reset(); // unknown until the next answer says
    m_quota.insert(scope, info);
    emit quotaChanged(scope, info);
    const QList<RequestId> waiting = m_quotaWaiting.take(scope);
    for (RequestId id : waiting)
        dispatch(id);
}

void ApiTransport::cancel(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::shared_ptr<Call> call = it->second;
    m_calls.erase(it);
    if (call->reply) {
        call->reply->disconnect(this);
        call->reply->abort();
        call->reply->deleteLater();
        call->reply = nullptr;
    }
    if (call->retryTimer) {
        call->retryTimer->stop();
        call->retryTimer->deleteLater();
        call->retryTimer = nullptr;
    }
    for (auto &waiting : m_quotaWaiting)
        waiting.removeAll(id);
    QMetaObject::invokeMethod(
        this,
        [call] {
            if (call->hasContext && !call->context)
                return;
            ApiResponse response;
            response.attempts = call->attempts;
            response.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"));
            call->done(response);
        },
        Qt::QueuedConnection);
}

void ApiTransport::finish(RequestId id, ApiResponse response)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const std::shared_ptr<Call> call = it->second;
    m_calls.erase(it);
    if (call->hasContext && !call->context)
        return;
    if (response.error)
        qCDebug(lcApi).nospace().noquote() << call->request.method << ' ' << logUrl(call->request.url)
                                           << " failed: " << response.error->toString();
    if (call->done)
        call->done(response);
}

} // namespace punchclock
