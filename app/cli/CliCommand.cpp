// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliCommand.h"

namespace punchclock {

namespace {

struct Named
{
    CliCommand::Verb verb;
    const char *name;
};

constexpr Named kVerbs[] = {
    {CliCommand::Verb::Start, "start"},   {CliCommand::Verb::Stop, "stop"},
    {CliCommand::Verb::Toggle, "toggle"}, {CliCommand::Verb::Continue, "continue"},
    {CliCommand::Verb::Status, "status"}, {CliCommand::Verb::Today, "today"},
    {CliCommand::Verb::List, "list"},
};

} // namespace

CliCommand::Verb CliCommand::verbFromName(const QString &name)
{
    for (const Named &n : kVerbs) {
        if (name == QLatin1String(n.name))
            return n.verb;
    }
    return Verb::None;
}

QString CliCommand::nameOf(Verb verb)
{
    for (const Named &n : kVerbs) {
        if (n.verb == verb)
            return QLatin1String(n.name);
    }
    return {};
}

QStringList CliCommand::verbNames()
{
    QStringList names;
    for (const Named &n : kVerbs)
        names.append(QLatin1String(n.name));
    return names;
}

} // namespace punchclock
