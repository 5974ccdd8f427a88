// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"
#include "app/remote/CliOutput.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace punchclock {

class AppCore;
class CommandLine;
class TimerCommands;
class TimerReport;
struct ApiError;

// A command-line verb with no app running: the same core (AppCore: TrackSession, its durable
// outbox and local store, the keychain or PUNCHCLOCK_TOKEN, --server) on a QCoreApplication, no
// window. Online, it signs in, reads the entries, runs the verb and waits until the outbox is sent
// (changes queued by earlier offline runs go too). Offline, it runs the verb on the cached entries
// and leaves the change in the outbox for the next run or the app (CliOutcome::kQueued).
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    // How long a run waits for the server before it settles for the outbox.
    static constexpr int kTimeoutMs = 30000;

    HeadlessRunner(const CommandLine &commandLine, const QString &instance, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    void start(); // finished() follows, never from inside this call

signals:
    void finished(const punchclock::CliOutcome &outcome);

private:
    void onSignInError(const ApiError &error);
    void runCommand(); // the entries are as current as they will get
    void waitForOutbox();
    void finish(const CliOutcome &outcome);
    QString render() const; // what the verb prints, from the entries as they are now
    QString queuedMessage() const;

    CliCommand m_command;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<TimerReport> m_report;
    std::unique_ptr<TimerCommands> m_commands;
    QTimer m_timeout;
    bool m_ran = false;
    bool m_changed = false; // the verb queued a change
    bool m_done = false;
};

} // namespace punchclock
