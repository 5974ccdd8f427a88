// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace punchclock {

// Hands out one shared copy of equal strings (and tag lists). Ten thousand entries name the same
// few projects, colours, clients, tags and descriptions again and again: kept once each, they cost
// a fraction of the memory. Not thread-safe; use one per parse.
class StringInterner
{
public:
    QString intern(const QString &s);
    QStringList intern(const QStringList &list); // the list and each of its strings

private:
    QHash<QString, QString> m_strings;
    QHash<QStringList, QStringList> m_lists;
};

} // namespace punchclock
