// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace sandbox {

// One page of a Focus list (`page` counts from 1).
class Paging
{
public:
    static constexpr int maxPerPage = 200;

    int page = 1;
    int perPage = 50;

    // {"data": this page of `all` as JSON, "page", "per_page"}, with "total" (of all) when asked.
    template<typename T, typename ToJson>
    QJsonObject answer(const QList<T> &all, ToJson toJson, bool withTotal) const
    {
        QJsonArray data;
        const qsizetype first = qsizetype(page - 1) * perPage;
        for (qsizetype i = first; i < all.size() && i < first + perPage; ++i)
            data.append(toJson(all.at(i)));
        QJsonObject out{{QStringLiteral("data"), data},
                        {QStringLiteral("page"), page},
                        {QStringLiteral("per_page"), perPage}};
        if (withTotal)
            out[QStringLiteral("total")] = all.size();
        return out;
    }
};

} // namespace sandbox
