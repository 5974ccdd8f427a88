// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/StringInterner.h"

namespace punchclock {

QString StringInterner::intern(const QString &s)
{
    if (s.isEmpty())
        return s;
    const auto it = m_strings.constFind(s);
    if (it != m_strings.constEnd())
        return *it;
    QString kept = s;
    kept.squeeze(); // a string read from JSON may carry spare capacity
    m_strings.insert(kept, kept);
    return kept;
}

QStringList StringInterner::intern(const QStringList &list)
{
    const auto it = m_lists.constFind(list);
    if (it != m_lists.constEnd())
        return *it;
    QStringList kept;
    kept.reserve(list.size());
    for (const QString &s : list)
        kept.append(intern(s));
    m_lists.insert(kept, kept);
    return kept;
}

} // namespace punchclock
