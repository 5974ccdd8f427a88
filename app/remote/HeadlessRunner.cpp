// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/HeadlessRunner.h"

#include "app/api/ApiError.h"
#include "app/cli/CommandLine.h"
#include "app/core/AppCore.h"
#include "app/credentials/StartupSignIn.h"
#include "app/remote/TimerCommands.h"
#include "app/remote/TimerReport.h"
#include "app/session/TrackSession.h"
#include "app/sync/Outbox.h"
#include "app/sync/SyncEngine.h"

#include <QCoreApplication>

namespace punchclock {

HeadlessRunner::HeadlessRunner(const CommandLine &commandLine, const QString &instance, QObject *parent)
    : QObject(parent), m_command(commandLine.command()),
      m_core(std::make_unique<AppCore>(commandLine, instance))
{
    TrackSession *session = m_core->session();
    m_report = std::make_unique<TimerReport>(session, m_core->timer());
    m_commands = std::make_unique<TimerCommands>(session, m_core->timer(), m_core->startup());
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_ran) {
            runCommand(); // no answer: the cached entries and the outbox are all there is
            if (!m_done)
                m_timeout.start(); // once more for the outbox, then settle
            return;
        }
        finish({m_changed ? CliOutcome::kQueued : CliOutcome::kDone, {}, {}});
    });

    StartupSignIn *startup = m_core->startup();
    connect(startup, &StartupSignIn::signInNeeded, this, [this] {
        finish(
            CliOutcome::failure(tr("Not signed in: start Punchclock and sign in, or set PUNCHCLOCK_TOKEN")));
    });
    connect(startup, &StartupSignIn::signedIn, session, &TrackSession::signIn);
    connect(session, &TrackSession::refreshed, this, &HeadlessRunner::runCommand);
    connect(session, &TrackSession::refreshFailed, this, &HeadlessRunner::runCommand);
    connect(session, &TrackSession::errorOccurred, this, &HeadlessRunner::onSignInError);
    connect(session, &TrackSession::changeRefused, this,
            [this](const QString &message) { finish(CliOutcome::failure(message)); });
    connect(session, &TrackSession::editFailed, this,
            [this](const QString &message) { finish(CliOutcome::failure(message)); });
}

HeadlessRunner::~HeadlessRunner() = default;

void HeadlessRunner::start()
{
    QTimer::singleShot(0, this, [this] {
        m_timeout.start();
        if (const auto error = m_core->startSignIn())
            finish(CliOutcome::failure(error->message));
    });
}

void HeadlessRunner::onSignInError(const ApiError &error)
{
    if (m_ran)
        return;
    if (error.kind == ApiError::Kind::Auth) {
        finish(CliOutcome::failure(tr("The server refused the credentials: %1").arg(error.toString())));
        return;
    }
    if (!m_core->session()->isSignedIn())
        runCommand(); // offline (or the server failed): work on the cached entries
}

void HeadlessRunner::runCommand()
{
    if (m_ran || m_done)
        return;
    m_ran = true;
    using Verb = CliCommand::Verb;
    const auto answered = [this](const TimerCommands::Result &result) {
        if (!result.ok) {
            finish(CliOutcome::failure(result.message));
            return;
        }
        m_changed = true;
        waitForOutbox();
    };
    switch (m_command.verb) {
    case Verb::Start:
        m_commands->start(m_command.description, m_command.project, m_command.tags, answered);
        return;
    case Verb::Stop:
        m_commands->stop(answered);
        return;
    case Verb::Toggle:
        m_commands->toggle(answered);
        return;
    case Verb::Continue:
        m_commands->continueLast(answered);
        return;
    case Verb::Status:
    case Verb::None:
    case Verb::Today:
    case Verb::List:
        break; // printed when done: after the outbox was sent (or could not be)
    }
    waitForOutbox(); // changes queued by an earlier offline run go out now, if they can
}

void HeadlessRunner::waitForOutbox()
{
    TrackSession *session = m_core->session();
    const int queued = m_changed ? CliOutcome::kQueued : CliOutcome::kDone;
    if (session->pendingChangeCount() == 0) {
        finish({CliOutcome::kDone, {}, {}});
        return;
    }
    if (!session->isOnline() || session->sync()->isPaused()) {
        finish({queued, {}, {}});
        return;
    }
    connect(session->outbox(), &Outbox::countChanged, this, [this](int count) {
        if (count == 0)
            finish({CliOutcome::kDone, {}, {}});
    });
    connect(session->sync(), &SyncEngine::deferred, this, [this, queued] { finish({queued, {}, {}}); });
    connect(session->sync(), &SyncEngine::onlineChanged, this, [this, queued](bool online) {
        if (!online)
            finish({queued, {}, {}});
    });
}

void HeadlessRunner::finish(const CliOutcome &outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    CliOutcome result = outcome;
    if (result.exitCode != CliOutcome::kFailed && m_ran)
        result.out = render(); // after the change, and after the outbox was sent or could not be
    if (result.exitCode == CliOutcome::kQueued)
        result.err = queuedMessage();
    // Answered after this call returns: the caller may quit the event loop and destroy us.
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

QString HeadlessRunner::render() const
{
    using Verb = CliCommand::Verb;
    switch (m_command.verb) {
    case Verb::Today:
    case Verb::List: {
        const QJsonObject list = m_command.verb == Verb::Today ? m_report->today() : m_report->week();
        return m_command.json ? CliOutput::json(list) : CliOutput::entriesText(list);
    }
    default:
        return m_command.json ? CliOutput::json(m_report->status())
                              : CliOutput::statusText(m_report->status());
    }
}

QString HeadlessRunner::queuedMessage() const
{
    return tr("Offline: saved, %n change(s) waiting; they are sent by the next command or by Punchclock",
              nullptr, m_core->session()->pendingChangeCount());
}

} // namespace punchclock
