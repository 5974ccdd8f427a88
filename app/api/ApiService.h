// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiReplies.h"
#include "app/api/ApiResult.h"
#include "app/api/ApiTransport.h"
#include "app/api/QuotaInfo.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace punchclock {

// What every typed client of one Toggl API shares (TrackApi, FocusApi, FocusConnectionTest): the
// transport, a base URL, a quota scope of its own ("track@host:port", "focus@host:port") whose
// changes it re-emits, and the building of requests and typed answers.
class ApiService : public QObject
{
    Q_OBJECT
public:
    // Refuses (and keeps the previous one) a URL that is neither https nor http to loopback.
    std::optional<ApiError> setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    ApiTransport *transport() const { return m_transport; }
    QString quotaScope() const; // the transport scope this service's requests are paced in
    QuotaInfo quota() const;

signals:
    void quotaChanged(const punchclock::QuotaInfo &quota); // of quotaScope() only

protected:
    // `service` names the quota scope ("track"); `apiPath` goes between the base URL's path and
    // each call's path ("/api/v9").
    ApiService(ApiTransport *transport, const QString &service, const QString &apiPath, const QUrl &baseUrl,
               QObject *parent);

    // The Authorization header value of every request; empty: none.
    virtual QByteArray authorization() const = 0;

    // `path` under the base URL and apiPath, with this service's authorization and quota scope.
    // Only a POST is marked not to be resent after a 5xx or a network error.
    ApiRequest request(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                       const QByteArray &body = {}) const;

    // Sends `req`; a 2xx answer goes through `parse`, any other is the transport's error.
    template<class T>
    void call(const ApiRequest &req, QObject *context, ApiCallback<T> done,
              std::function<ApiResult<T>(const ApiResponse &)> parse);

    // False, and `done` gets a Network error later, when the transport is gone.
    template<class T> bool hasTransport(QObject *context, ApiCallback<T> &done);
    static ApiError noTransportError();

private:
    QPointer<ApiTransport> m_transport;
    QString m_service;
    QString m_apiPath;
    QUrl m_baseUrl;
};

template<class T> bool ApiService::hasTransport(QObject *context, ApiCallback<T> &done)
{
    if (m_transport)
        return true;
    failLater<T>(this, context, std::move(done), noTransportError());
    return false;
}

template<class T>
void ApiService::call(const ApiRequest &req, QObject *context, ApiCallback<T> done,
                      std::function<ApiResult<T>(const ApiResponse &)> parse)
{
    if (!hasTransport(context, done))
        return;
    m_transport->send(req, context, [done = std::move(done), parse = std::move(parse)](const ApiResponse &r) {
        if (!r.ok()) {
            done(ApiResult<T>::failure(*r.error));
            return;
        }
        done(parse(r));
    });
}

} // namespace punchclock
