// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/TimerCommands.h"

#include "app/credentials/StartupSignIn.h"
#include "app/models/TimeEntryModel.h"
#include "app/remote/DBusNames.h"
#include "app/remote/ProjectMatch.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"

namespace punchclock {

TimerCommands::TimerCommands(TrackSession *session, TimerController *timer, const StartupSignIn *startup,
                             QObject *parent)
    : QObject(parent), m_session(session), m_timer(timer), m_startup(startup)
{
}

std::optional<TimerCommands::Result> TimerCommands::refusal() const
{
    if (m_startup && !m_startup->isSignedIn())
        return Result::failure(DBusNames::kErrorNotSignedIn,
                               tr("Not signed in: sign in in Punchclock's window, or set PUNCHCLOCK_TOKEN"));
    if (m_timer->isBusy())
        return Result::failure(DBusNames::kErrorFailed,
                               tr("The timer is busy with the last change: try again"));
    return std::nullopt;
}

template<class Signal>
void TimerCommands::await(Signal success, const std::function<void()> &action, const Done &done)
{
    // One answer: the first of success and failure; the context goes with it.
    auto *once = new QObject(this);
    const auto finish = [this, once, done](const Result &result) {
        disconnect(m_timer, nullptr, once, nullptr);
        once->deleteLater();
        done(result);
    };
    connect(m_timer, success, once, [finish] { finish({}); });
    connect(m_timer, &TimerController::failed, once,
            [finish](const QString &message) { finish(Result::failure(DBusNames::kErrorFailed, message)); });
    action();
}

void TimerCommands::start(const QString &description, const QString &project, const QStringList &tags,
                          const Done &done)
{
    if (const auto refused = refusal())
        return done(*refused);
    TimeEntry draft;
    draft.workspaceId = m_session->defaultWorkspaceId();
    if (!description.trimmed().isEmpty())
        draft.description = description.trimmed();
    if (!project.trimmed().isEmpty()) {
        const ProjectMatch match(m_session->related().projects, project,
                                 [this](const Project &p) { return m_session->clientNameOf(p.id); });
        if (match.outcome() != ProjectMatch::Outcome::Found)
            return done(Result::failure(match.outcome() == ProjectMatch::Outcome::Ambiguous
                                            ? DBusNames::kErrorAmbiguousProject
                                            : DBusNames::kErrorUnknownProject,
                                        match.errorMessage()));
        draft.projectId = match.project().id;
        draft.workspaceId = match.project().workspaceId;
        draft.billable = match.project().billable;
    }
    if (!tags.isEmpty())
        draft.tags = tags;
    await(
        &TimerController::started, [this, draft] { m_timer->start(draft); }, done);
}

void TimerCommands::stop(const Done &done)
{
    if (const auto refused = refusal())
        return done(*refused);
    if (!m_timer->isRunning())
        return done(Result::failure(DBusNames::kErrorNotRunning, tr("No timer is running")));
    await(
        &TimerController::stopped, [this] { m_timer->stop(); }, done);
}

void TimerCommands::toggle(const Done &done)
{
    if (m_timer->isRunning())
        return stop(done);
    if (!lastStopped())
        return start({}, {}, {}, done);
    continueLast(done);
}

void TimerCommands::continueLast(const Done &done)
{
    if (const auto refused = refusal())
        return done(*refused);
    const std::optional<TimeEntry> last = lastStopped();
    if (!last)
        return done(Result::failure(DBusNames::kErrorNothingToContinue, tr("There is no entry to continue")));
    await(
        &TimerController::started, [this, entry = *last] { m_timer->continueEntry(entry); }, done);
}

std::optional<TimeEntry> TimerCommands::lastStopped() const
{
    for (const TimeEntry &e : m_session->entries()->entries()) { // newest first
        if (!e.isRunning())
            return e;
    }
    return std::nullopt;
}

} // namespace punchclock
