// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/ApiService.h"

namespace punchclock {

ApiService::ApiService(ApiTransport *transport, const QString &service, const QString &apiPath,
                       const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_transport(transport), m_service(service), m_apiPath(apiPath), m_baseUrl(baseUrl)
{
    Q_ASSERT(transport);
    connect(transport, &ApiTransport::quotaChanged, this,
            [this](const QString &scope, const QuotaInfo &info) {
                if (scope == quotaScope())
                    emit quotaChanged(info);
            });
}

std::optional<ApiError> ApiService::setBaseUrl(const QUrl &url)
{
    if (auto error = ApiTransport::checkUrl(url))
        return error;
    m_baseUrl = url;
    return std::nullopt;
}

QString ApiService::quotaScope() const
{
    return m_service + QLatin1Char('@') + m_baseUrl.host() + QLatin1Char(':') +
           QString::number(m_baseUrl.port(443));
}

QuotaInfo ApiService::quota() const
{
    return m_transport ? m_transport->quota(quotaScope()) : QuotaInfo{};
}

ApiRequest ApiService::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                               const QByteArray &body) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + m_apiPath + path);
    if (!query.isEmpty())
        url.setQuery(query);
    ApiRequest req;
    req.method = method;
    req.url = url;
    req.body = body;
    req.authorization = authorization();
    req.idempotent = method != "POST";
    req.quotaScope = quotaScope();
    return req;
}

ApiError ApiService::noTransportError()
{
    return ApiError::make(ApiError::Kind::Network, QStringLiteral("No network layer"));
}

} // namespace punchclock
