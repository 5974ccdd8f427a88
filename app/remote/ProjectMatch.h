// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/Project.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace punchclock {

// A project named on the command line or over D-Bus: the one whose name equals it in any case;
// failing that, the one whose name contains it. More than one: ambiguous; none: unknown. Both list
// the candidates, so the next try can name one exactly. Archived projects only match exactly.
class ProjectMatch
{
public:
    enum class Outcome
    {
        Found,
        Unknown,
        Ambiguous,
    };

    // `clientOf`: a project's client name, shown beside a candidate ("Docs (Acme)"); may be empty.
    ProjectMatch(const QList<Project> &projects, const QString &name,
                 const std::function<QString(const Project &)> &clientOf = {});

    Outcome outcome() const { return m_outcome; }
    const Project &project() const { return m_project; } // when Found
    QStringList candidates() const { return m_candidates; }
    QString errorMessage() const; // empty when Found

private:
    Outcome m_outcome = Outcome::Unknown;
    Project m_project;
    QString m_name;
    QStringList m_candidates;
};

} // namespace punchclock
