// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace punchclock {

// Every failure of an API call, classified so callers can decide without parsing text.
struct ApiError
{
    enum class Kind
    {
        Auth,            // 401 / 403: missing or wrong credentials
        NotFound,        // 404
        Conflict,        // 409 (a stop of a stopped entry is reconciled, never reported)
        Quota,           // 402 with X-Toggl-Quota-* headers: hourly quota used up; see retryAt
        PaymentRequired, // 402 without quota headers: a premium-only feature
        RateLimited,     // 429 after the retries
        Server,          // 5xx after the retries
        BadRequest,      // any other 4xx (400, 405, 422, ...)
        Network,         // no HTTP answer: refused, reset, DNS, TLS...
        Timeout,         // no progress within the transfer timeout
        BadResponse,     // a 2xx whose body is not the JSON expected
        Cancelled,       // cancelled by the caller
        InsecureUrl,     // refused before sending: not https and not loopback
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;               // 0 when no HTTP answer was received
    QString message;                  // readable: the server's own words when it gave any
    std::optional<QDateTime> retryAt; // Quota: quota reset; RateLimited: Retry-After

    static ApiError make(Kind kind, const QString &message, int httpStatus = 0);
    // Classifies an HTTP error answer and decodes its body.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                             bool hasQuotaHeaders);
    // Error bodies: a JSON string literal, a JSON object with a message (Focus: error_description
    // before the error code), plain text, HTML
    // (reduced to a short text) or empty (a message from the status).
    static QString decodeBody(int status, const QByteArray &body, const QByteArray &contentType = {});
    static Kind kindForStatus(int status, bool hasQuotaHeaders);
    static QString kindName(Kind kind);

    bool isTransient() const; // worth retrying later: Network, Timeout, Server, RateLimited, Quota
    QString toString() const; // "Not found (404): Time entry not found"
};

} // namespace punchclock
