// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <algorithm>

namespace sandbox {

// The order_by of a Focus list: keys in turn, each ascending or descending; the ID breaks ties.
class SortOrder
{
public:
    QList<QPair<QString, bool>> keys; // (key, descending)

    template<typename T> static int compare(const T &a, const T &b) { return a < b ? -1 : (b < a ? 1 : 0); }

    // keyCompare(key, a, b) answers like compare(); ties go by ID, descending when `idsDescending`.
    template<typename Record, typename KeyCompare>
    void sort(QList<const Record *> &list, KeyCompare keyCompare, bool idsDescending) const
    {
        std::stable_sort(list.begin(), list.end(), [&](const Record *a, const Record *b) {
            for (const auto &[key, descending] : keys) {
                const int c = keyCompare(key, a, b);
                if (c != 0)
                    return descending ? c > 0 : c < 0;
            }
            return idsDescending ? a->id > b->id : a->id < b->id;
        });
    }
};

} // namespace sandbox
