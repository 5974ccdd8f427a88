// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/ProjectMatch.h"

#include <QCoreApplication>

namespace punchclock {

namespace {

constexpr qsizetype kMaxListed = 10;

QString label(const Project &p, const std::function<QString(const Project &)> &clientOf)
{
    const QString client = clientOf ? clientOf(p) : QString();
    return client.isEmpty() ? p.name : p.name + QLatin1String(" (") + client + QLatin1Char(')');
}

} // namespace

ProjectMatch::ProjectMatch(const QList<Project> &projects, const QString &name,
                           const std::function<QString(const Project &)> &clientOf)
    : m_name(name.trimmed())
{
    QList<Project> exact;
    QList<Project> partial;
    for (const Project &p : projects) {
        if (p.name.compare(m_name, Qt::CaseInsensitive) == 0)
            exact.append(p);
        else if (p.active && !m_name.isEmpty() && p.name.contains(m_name, Qt::CaseInsensitive))
            partial.append(p);
    }
    const QList<Project> &found = exact.isEmpty() ? partial : exact;
    if (found.size() == 1) {
        m_outcome = Outcome::Found;
        m_project = found.first();
        return;
    }
    m_outcome = found.isEmpty() ? Outcome::Unknown : Outcome::Ambiguous;
    for (const Project &p : found.isEmpty() ? projects : found) {
        if (found.isEmpty() && !p.active)
            continue; // an unknown name lists what can be picked
        m_candidates.append(label(p, clientOf));
    }
    m_candidates.sort(Qt::CaseInsensitive);
}

QString ProjectMatch::errorMessage() const
{
    if (m_outcome == Outcome::Found)
        return {};
    QStringList listed = m_candidates.mid(0, kMaxListed);
    if (m_candidates.size() > kMaxListed)
        listed.append(QCoreApplication::translate("ProjectMatch", "%n more", nullptr,
                                                  int(m_candidates.size() - kMaxListed)));
    const QString list = listed.join(QLatin1String(", "));
    if (m_outcome == Outcome::Ambiguous)
        return QCoreApplication::translate("ProjectMatch", "Project “%1” is ambiguous: %2").arg(m_name, list);
    if (m_candidates.isEmpty())
        return QCoreApplication::translate("ProjectMatch", "Unknown project “%1”: there are no projects")
            .arg(m_name);
    return QCoreApplication::translate("ProjectMatch", "Unknown project “%1”; projects: %2")
        .arg(m_name, list);
}

} // namespace punchclock
