// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace punchclock {

class StartupSignIn;
class TimerController;
class TrackSession;
struct TimeEntry;

// The verbs that change the timer (start, stop, toggle, continue) for the D-Bus interface and the
// headless command line, through the same TimerController as the timer bar, so every change goes
// through the session's durable outbox. Each answers once, through `done`, when the change is queued
// (shown in the model and written to the outbox) or refused; sending is the outbox's business.
class TimerCommands : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = true;
        QString errorName; // a DBusNames::kError… when !ok
        QString message;   // one line, for the user

        static Result failure(const char *name, const QString &message)
        {
            return {false, QLatin1String(name), message};
        }
    };
    using Done = std::function<void(const Result &)>;

    // `startup`: whether there is an account at all (nullptr: assume there is).
    TimerCommands(TrackSession *session, TimerController *timer, const StartupSignIn *startup,
                  QObject *parent = nullptr);

    void start(const QString &description, const QString &project, const QStringList &tags, const Done &done);
    void stop(const Done &done);
    // Running: stop. Stopped: continue the last entry (an empty one when there is none).
    void toggle(const Done &done);
    // Starts a copy of the newest stopped entry (stopping a running one first).
    void continueLast(const Done &done);

    // The newest entry that is not running.
    std::optional<TimeEntry> lastStopped() const;

private:
    std::optional<Result> refusal() const; // not signed in, or the timer is between two changes
    // Runs `action`, then answers with the first of `success` or TimerController::failed.
    template<class Signal> void await(Signal success, const std::function<void()> &action, const Done &done);

    TrackSession *m_session;
    TimerController *m_timer;
    const StartupSignIn *m_startup;
};

} // namespace punchclock
