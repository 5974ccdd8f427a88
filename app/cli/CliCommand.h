// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace punchclock {

// One verb of the command line (`punchclock start "Write report" -p Docs -t writing`), as parsed:
// what the running app is asked over D-Bus, or what a headless run does.
struct CliCommand
{
    enum class Verb
    {
        None, // no verb: start the app
        Start,
        Stop,
        Toggle,
        Continue,
        Status,
        Today,
        List,
    };

    Verb verb = Verb::None;
    QString description; // start
    QString project;     // start -p (matched case-insensitively)
    QStringList tags;    // start -t, repeatable
    bool json = false;   // status, today, list
    bool week = true;    // list: the current week (the only period so far)

    // Whether the verb changes the timer (and so may wait for the outbox).
    bool changesTimer() const
    {
        return verb == Verb::Start || verb == Verb::Stop || verb == Verb::Toggle || verb == Verb::Continue;
    }

    static Verb verbFromName(const QString &name); // None for an unknown name
    static QString nameOf(Verb verb);
    static QStringList verbNames();
};

} // namespace punchclock
