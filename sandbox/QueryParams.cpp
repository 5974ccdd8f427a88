// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/QueryParams.h"

#include "sandbox/ApiRequest.h"
#include "sandbox/TimeFormat.h"

using namespace Qt::StringLiterals;

namespace sandbox {

bool QueryParams::has(const QString &name) const
{
    return m_query.hasQueryItem(name);
}

QString QueryParams::text(const QString &name) const
{
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

QStringList QueryParams::csv(const QString &name) const
{
    QStringList out;
    for (const QString &value : m_query.allQueryItemValues(name, QUrl::FullyDecoded)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            out.append(part.trimmed());
    }
    return out;
}

std::optional<bool> QueryParams::boolean(const QString &name)
{
    if (!has(name) || m_query.queryItemValue(name).isEmpty())
        return std::nullopt;
    const QString v = m_query.queryItemValue(name).toLower();
    if (v == u"true"_s || v == u"1"_s)
        return true;
    if (v == u"false"_s || v == u"0"_s)
        return false;
    m_error = name + u" must be true or false"_s;
    return std::nullopt;
}

std::optional<qint64> QueryParams::id(const QString &name)
{
    if (!has(name) || m_query.queryItemValue(name).isEmpty())
        return std::nullopt;
    const auto id = ApiRequest::parseId(m_query.queryItemValue(name).trimmed());
    if (!id)
        m_error = name + u" must be a positive integer"_s;
    return id;
}

std::optional<QDateTime> QueryParams::time(const QString &name)
{
    const QString value = text(name);
    if (value.isEmpty()) {
        m_error = name + u" is required (RFC 3339, like 2006-01-02T15:04:05Z)"_s;
        return std::nullopt;
    }
    auto t = TimeFormat::parseDateOrTimestamp(value);
    if (!t)
        m_error = name + u" must be an RFC 3339 timestamp, like 2006-01-02T15:04:05Z"_s;
    return t;
}

std::optional<QString> QueryParams::oneOf(const QString &name, const QStringList &allowed,
                                          const QString &complaint)
{
    if (!has(name) || m_query.queryItemValue(name).isEmpty())
        return std::nullopt;
    const QString value = m_query.queryItemValue(name);
    if (!allowed.contains(value))
        m_error = complaint;
    return value;
}

std::optional<QList<qint64>> QueryParams::idFilter(const QString &name)
{
    if (!has(name))
        return std::nullopt;
    const QStringList parts = csv(name);
    const auto ids = ApiRequest::parseIds(parts);
    if (!ids)
        m_error = name + u" must be a comma-separated list of integers"_s;
    if (parts.isEmpty())
        return QList<qint64>{0};
    return ids.value_or(QList<qint64>());
}

std::optional<SortOrder> QueryParams::order(const QStringList &allowed, const QString &fallback)
{
    QStringList keys = csv(u"order_by"_s);
    if (keys.isEmpty())
        keys = {fallback};
    SortOrder out;
    for (const QString &key : keys) {
        const bool descending = key.startsWith(u'-');
        const QString name = descending ? key.mid(1) : key;
        if (!allowed.contains(name)) {
            m_error = u"order_by: unsupported value "_s + key;
            return std::nullopt;
        }
        out.keys.append({name, descending});
    }
    return out;
}

std::optional<Paging> QueryParams::page()
{
    Paging p;
    for (const auto &[name, target] : {std::pair{u"page"_s, &p.page}, std::pair{u"per_page"_s, &p.perPage}}) {
        if (!has(name) || m_query.queryItemValue(name).isEmpty())
            continue;
        bool ok = false;
        const int value = m_query.queryItemValue(name).toInt(&ok);
        if (!ok || value < 1) {
            m_error = name + u" must be a positive integer"_s;
            return std::nullopt;
        }
        *target = value;
    }
    p.perPage = std::min(p.perPage, Paging::maxPerPage);
    return p;
}

} // namespace sandbox
