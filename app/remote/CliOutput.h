// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace punchclock {

// What a command-line verb prints and its exit status: 0 done, 1 failed (one line on stderr), 2 a
// usage error (CommandLine), 3 saved offline (the change waits in the outbox and is sent later).
struct CliOutcome
{
    static constexpr int kDone = 0;
    static constexpr int kFailed = 1;
    static constexpr int kQueued = 3;

    int exitCode = kDone;
    QString out; // stdout, whole lines
    QString err; // stderr: one line

    static CliOutcome failure(const QString &message) { return {kFailed, {}, message}; }
};

// Text for people from TimerReport's JSON (--json prints the JSON itself).
class CliOutput
{
public:
    // "Running 0:12:03  Write report  [Docs]  #writing\nToday 3:25:10\n" (or "Stopped. Today …").
    static QString statusText(const QJsonObject &status);
    // One line an entry, a day header when the period spans days, then the total.
    static QString entriesText(const QJsonObject &entries);
    static QString json(const QJsonObject &object); // indented, with a final newline
    static QString duration(qint64 seconds);        // h:mm:ss
};

} // namespace punchclock
