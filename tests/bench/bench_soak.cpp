// SPDX-License-Identifier: GPL-3.0-or-later
// bench_soak [--hours H] [--step-ms N] [--quiet]: "steady over a working day" (issue #22).
//
// The real app, built by buildApp() below through the composition roots app/main.cpp uses
// (AppCore: TrackSession on its SQLite store, TimerController, RefreshScheduler, sign-in, Focus;
// Shell: MainWindow, tray, sign-in flow), signed in to the in-process sandbox (demo data) with
// PUNCHCLOCK_TOKEN's path, lives through a simulated working day on a ManualClock that AppCore
// gives the entries, the timer and the refresh schedule: one clock tick per simulated second
// (28,800 for 8 h).
// The app's own QTimers (the running entry's ticker, the refresh scheduler, the sync backoff,
// the transport's retries, undo) are fired in simulated time; the network (QNetworkAccessManager
// and its timeouts) stays in real time. Over the day: 100 edits, 20 starts and 20 stops, 5 bulk
// edits, a change by "another device" every 2 minutes (over HTTP with the same token, or straight
// into the sandbox's store), and two offline spells (every request answered 500, then every
// connection dropped) after which the outbox must drain. Counts scale with --hours (the spells
// stay two). Prints "soak-NAME value" lines: VmRSS and VmHWM after a warm-up (sign-in, the first
// list and 15 simulated minutes doing each of the above once) and at the end, and the growth.
// Exits 1 when the day did not go as planned (a change not sent, an outbox not drained); the
// memory target is for run.sh to judge.
#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/TrackBulkEditor.h"
#include "app/cli/CommandLine.h"
#include "app/core/AppCore.h"
#include "app/credentials/CredentialStore.h"
#include "app/credentials/StartupSignIn.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusSetup.h"
#include "app/session/RefreshScheduler.h"
#include "app/session/TrackSession.h"
#include "app/sync/FocusSync.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/Child.h"
#include "ui/bulk/BulkEditController.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/Shell.h"
#include "ui/signin/SignInFlow.h"
#include "ui/timer/TimerBar.h"
#include "ui/tray/DesktopIntegration.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFrame>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QTimerEvent>

#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

using namespace punchclock;
using namespace Qt::StringLiterals;

namespace {

// What app/main.cpp builds: the core services (AppCore) and the widgets around them (Shell),
// destroyed in the reverse order of these members (main's stack order). The single-instance lock
// is left out; the command line names the sandbox and the token comes in PUNCHCLOCK_TOKEN, as a
// script would run the app.
struct AppObjects
{
    std::unique_ptr<AppCore> core;
    std::unique_ptr<Shell> shell; // destroyed first: the widgets go before the services they show

    TrackSession *session() const { return core->session(); }
    TimerController *timer() const { return core->timer(); }
    MainWindow *window() const { return shell->window(); }

    // Where the app's timers live (for SimulatedTimers), each searched with its children; the
    // transport is searched alone (its own timers, not its QNAM's).
    QList<QObject *> timerOwners() const
    {
        return {core->trackApi(),  core->session(),     core->timer(),    core->scheduler(),
                core->startup(),   core->credentials(), core->focus(),    core->focusSetup(),
                core->focusSync(), shell->window(),     shell->desktop(), shell->signIn()};
    }
};

// As app/main.cpp, with `clock` for "now" everywhere (the entries, the timer, the refresh schedule).
std::unique_ptr<AppObjects> buildApp(const QUrl &server, const QString &token, const Clock *clock)
{
    CommandLine commandLine;
    if (!commandLine.parse({u"bench_soak"_s, u"--server"_s, server.toString()}))
        return nullptr;
    auto app = std::make_unique<AppObjects>();
    app->core = std::make_unique<AppCore>(commandLine, u"soak"_s, clock);
    app->shell = std::make_unique<Shell>(app->core.get());

    qputenv("PUNCHCLOCK_TOKEN", token.toUtf8()); // read (and unset) by startSignIn()
    if (const auto error = app->core->startSignIn()) {
        std::fprintf(stderr, "bench_soak: %s\n", qPrintable(error->message));
        return nullptr;
    }
    app->shell->show();
    return app;
}

// VmRSS and VmHWM of this process, in kB.
struct Memory
{
    long rssKb = 0;
    long hwmKb = 0;
};

Memory readMemory()
{
    Memory m;
    if (FILE *f = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, f)) {
            std::sscanf(line, "VmRSS: %ld kB", &m.rssKb);
            std::sscanf(line, "VmHWM: %ld kB", &m.hwmKb);
        }
        std::fclose(f);
    }
    return m;
}

// Fires the app's QTimers in simulated time: a timer is due its remaining time (in simulated ms)
// after it was first seen started. Timers inside a QNetworkAccessManager or reply (transfer
// timeouts) are left to real time, like the requests themselves.
class SimulatedTimers
{
public:
    void watch(QObject *root) { m_roots.append(root); }
    void watchDirect(QObject *owner) { m_directOwners.append(owner); }

    int fireDue(qint64 nowMs)
    {
        QList<QPointer<QTimer>> timers;
        for (QObject *owner : std::as_const(m_directOwners))
            for (QTimer *t : owner->findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
                timers.append(t);
        for (QObject *root : std::as_const(m_roots))
            for (QTimer *t : root->findChildren<QTimer *>())
                if (!insideNetwork(t))
                    timers.append(t);
        QHash<QTimer *, Seen> seen;
        QSet<QTimer *> visited; // an owner may be another's child: fire each timer once
        int fired = 0;
        for (const QPointer<QTimer> &t : std::as_const(timers)) {
            if (!t || !t->isActive() || visited.contains(t.data()))
                continue;
            visited.insert(t.data());
            const int remaining = t->remainingTime();
            Seen s = m_seen.value(t.data(), Seen{});
            if (s.id != t->timerId() || remaining > s.remaining) // new, or started again
                s = Seen{t->timerId(), remaining, nowMs + remaining};
            s.remaining = remaining;
            if (nowMs >= s.dueMs) {
                QTimerEvent event(t->timerId());
                QCoreApplication::sendEvent(t.data(), &event);
                ++fired;
                if (!t || !t->isActive())
                    continue;
                s = Seen{t->timerId(), t->remainingTime(), nowMs + t->interval()}; // repeating
            }
            seen.insert(t.data(), s);
        }
        m_seen = std::move(seen);
        return fired;
    }

private:
    struct Seen
    {
        int id = -1;
        int remaining = 0;
        qint64 dueMs = 0;
    };
    static bool insideNetwork(const QObject *o)
    {
        for (; o; o = o->parent())
            if (qobject_cast<const QNetworkAccessManager *>(o) || qobject_cast<const QNetworkReply *>(o))
                return true;
        return false;
    }

    QList<QObject *> m_roots;
    QList<QObject *> m_directOwners;
    QHash<QTimer *, Seen> m_seen;
};

// One stretch of simulated time and what happens in it.
struct Plan
{
    QString name;
    qint64 seconds = 0;
    int edits = 0;
    int startStops = 0;
    int bulkEdits = 0;
    struct Spell
    {
        qint64 begin = 0;
        qint64 length = 0;
        bool unreachable = false; // false: every request answered 500; true: every connection dropped
    };
    QList<Spell> spells;
};

class WorkingDay : public QObject
{
public:
    WorkingDay(AppObjects *app, sandbox::SandboxServer *server, ManualClock *clock, int stepMs)
        : m_app(app), m_server(server), m_clock(clock), m_stepMs(stepMs)
    {
        for (QObject *owner : app->timerOwners())
            m_timers.watch(owner);
        m_timers.watchDirect(app->core->transport());
        m_phoneApi.setBaseUrl(server->baseUrl());
        m_phoneApi.setCredentials(Credentials::apiToken(server->token())); // the same token
        TrackSession *session = app->session();
        connect(session, &TrackSession::refreshed, this, [this] {
            ++m_refreshes;
            m_lastRefreshed = m_second;
        });
        connect(session, &TrackSession::errorOccurred, this, [this] { ++m_errors; });
        connect(session, &TrackSession::editFailed, this, [this] { ++m_editFailures; });
        connect(session->entries(), &TimeEntryModel::ticked, this, [this] { ++m_modelTicks; });
        connect(app->timer(), &TimerController::failed, this, [this] { ++m_timerFailures; });
        m_scheduler = app->core->scheduler();
    }

    // Runs the plan in simulated time, then until the outbox is drained and nothing is in flight
    // (at most 15 simulated minutes more). False when something did not go as planned.
    bool run(const Plan &plan)
    {
        m_plan = plan;
        m_schedule.clear();
        m_second = 0;
        m_done = false;
        const qint64 t = plan.seconds;
        // One edit in the middle of each offline spell (so each has something to send), the rest
        // spread over the day.
        const int spread = std::max(0, plan.edits - int(plan.spells.size()));
        for (int i = 0; i < spread; ++i)
            at(qint64((i + 0.5) * t / spread), [this] { edit(); });
        for (int i = 0; i < plan.spells.size() && i < plan.edits; ++i)
            at(plan.spells.at(i).begin + plan.spells.at(i).length / 2, [this] { edit(); });
        for (int i = 0; i < plan.startStops; ++i) {
            at(qint64((i + 0.2) * t / plan.startStops), [this] { start(); });
            at(qint64((i + 0.7) * t / plan.startStops), [this] { stop(); });
        }
        for (int i = 0; i < plan.bulkEdits; ++i)
            at(qint64((i + 0.4) * t / plan.bulkEdits), [this] { bulkEdit(); });
        for (qint64 s = 60; s < t; s += 120)
            at(s, [this] { phoneChange(); });
        for (qint64 s = 120; s < t; s += 120)
            at(s, [this] { checkRefreshes(); });
        for (int i = 0; i < plan.spells.size(); ++i) {
            const Plan::Spell spell = plan.spells.at(i);
            at(spell.begin, [this, spell, i] { beginSpell(spell, i); });
            at(spell.begin + spell.length, [this, i] { endSpell(i); });
        }
        m_drained.fill(-1, plan.spells.size());
        m_queuedInSpell.fill(0, plan.spells.size());

        QEventLoop loop;
        QTimer stepper;
        stepper.setTimerType(Qt::PreciseTimer);
        connect(&stepper, &QTimer::timeout, this, [&] {
            step();
            if (m_done)
                loop.quit();
        });
        stepper.start(m_stepMs);
        loop.exec();
        return report();
    }

    void print(const char *name, qint64 value) const
    {
        std::printf("soak-%s-%s %lld\n", qPrintable(m_plan.name), name, static_cast<long long>(value));
    }

private:
    void at(qint64 second, std::function<void()> action)
    {
        m_schedule.emplace(std::max<qint64>(1, second), action);
    }

    TrackSession *session() const { return m_app->session(); }
    TimeEntryModel *model() const { return m_app->session()->entries(); }

    void step()
    {
        ++m_second;
        m_clock->advance(1);
        ++m_clockTicks;
        m_timers.fireDue(m_second * 1000);
        const auto [first, last] = m_schedule.equal_range(m_second);
        for (auto it = first; it != last; ++it)
            it->second();
        const int pending = session()->pendingChangeCount();
        if (m_spell >= 0)
            m_queuedInSpell[m_spell] = std::max(m_queuedInSpell[m_spell], pending);
        if (m_drainingSpell >= 0 && pending == 0) {
            m_drained[m_drainingSpell] = m_second - m_spellEnd;
            m_drainingSpell = -1;
        }
        if (m_second >= m_plan.seconds) {
            const bool idle = pending == 0 && m_app->core->transport()->pendingCount() == 0 &&
                              m_phoneBusy == 0 && m_bulkRunning == 0 && !m_app->timer()->isBusy();
            if ((idle && m_second > m_plan.seconds + 5) || m_second >= m_plan.seconds + 900)
                m_done = true;
            if (m_done && !idle)
                std::fprintf(stderr,
                             "bench_soak: not idle: %d pending, %d requests, %d phone, %d bulk, busy %d\n",
                             pending, m_app->core->transport()->pendingCount(), m_phoneBusy, m_bulkRunning,
                             int(m_app->timer()->isBusy()));
        }
        if (m_second % 60 == 0)
            m_server->clearRequests(); // the in-process sandbox keeps every request otherwise
    }

    // A stopped entry the server knows, not waiting to be deleted, near the top of the list.
    const TimeEntry *pick(int salt, int skip = 0) const
    {
        const int rows = std::min<int>(model()->rowCount(), 60);
        for (int k = 0; k < rows; ++k) {
            const TimeEntry *e = model()->entry((salt * 7 + k) % rows);
            if (e && !e->isRunning() && e->id > 0 && !session()->hasPendingDelete(e->id) && skip-- <= 0)
                return e;
        }
        return nullptr;
    }

    // Inline edits, as the entries view's delegate makes them: description, tags, billable.
    void edit()
    {
        const int n = m_edits++;
        const TimeEntry *e = pick(n);
        if (!e) {
            ++m_skipped;
            return;
        }
        const int row = model()->rowOf(e->id);
        bool ok = false;
        switch (n % 3) {
        case 0: // the descriptions come back: a day's work has a handful of them
            ok = model()->setData(model()->index(row, TimeEntryModel::Description),
                                  u"Soak task %1"_s.arg(n % 10));
            break;
        case 1:
            ok = model()->setData(model()->index(row, TimeEntryModel::Tags), u"soak, round %1"_s.arg(n % 4));
            break;
        default:
            ok = model()->setData(model()->index(row, TimeEntryModel::Billable),
                                  e->billable ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        }
        if (!ok)
            ++m_skipped;
    }

    // Start from the timer bar's fields (stopping what runs), stop with the timer.
    void start()
    {
        const int n = m_starts++;
        TimerBar *bar = child<TimerBar>(m_app->window(), "timerBar");
        bar->descriptionEdit()->setText(u"Soak timer %1"_s.arg(n % 5));
        bar->startFromFields();
    }

    void stop()
    {
        ++m_stops;
        if (!m_app->timer()->isRunning()) {
            ++m_skipped;
            return;
        }
        m_app->timer()->stop();
    }

    // Through the bulk editor the Edit menu's dialog uses: 20 entries, a tag added, billable set.
    void bulkEdit()
    {
        const int n = m_bulkEdits++;
        QList<TimeEntry> entries;
        for (int k = 0; k < 20; ++k)
            if (const TimeEntry *e = pick(n * 3 + 1, k); e && !entries.contains(*e))
                entries.append(*e);
        BulkEditChoices choices;
        choices.tagMode = BulkEditChoices::TagMode::Add;
        choices.tags = {u"soak-bulk"_s};
        choices.billable = n % 2 == 0;
        BulkEditRunner *runner = m_app->window()->bulkEdit()->editor()->edit(entries, choices);
        ++m_bulkRunning;
        connect(runner, &BulkEditRunner::finished, this, [this, runner](const BulkResult &result) {
            --m_bulkRunning;
            if (!result.failure.isEmpty() ||
                (!result.unconfirmed.isEmpty() && runner->errorString().isEmpty()))
                ++m_bulkFailures;
        });
        runner->start();
    }

    // Another device, with the same token: new entries, edits of its own and of the app's entries,
    // deletions; straight into the store while the sandbox is "offline" (the phone got through).
    void phoneChange()
    {
        const int n = m_phoneChanges++;
        const QDateTime now = m_clock->nowUtc();
        const qint64 ws = m_server->defaultWorkspaceId();
        TimeEntry fresh;
        fresh.workspaceId = ws;
        fresh.description = u"Phone call %1"_s.arg(n % 6);
        fresh.start = now.addSecs(-40 * 60);
        fresh.stop = now.addSecs(-10 * 60);
        fresh.duration = 30 * 60;
        const auto answered = [this](bool ok) {
            --m_phoneBusy;
            if (!ok)
                ++m_phoneFailures;
        };
        const int kind = m_spell >= 0 ? 2 : n % 6;
        switch (kind) {
        case 0: // a new entry over HTTP
            ++m_phoneBusy;
            m_phoneApi.createTimeEntry(fresh, this, [this, answered](ApiResult<TimeEntry> r) {
                if (r.ok())
                    m_phoneIds.append(r.value->id);
                answered(r.ok());
            });
            break;
        case 1: // an edit of an entry the app shows
            if (const TimeEntry *e = pick(n + 11)) {
                ++m_phoneBusy;
                m_phoneApi.timeEntry(e->id, this, [this, answered](ApiResult<TimeEntry> r) {
                    if (!r.ok())
                        return answered(false);
                    TimeEntry changed = *r.value;
                    changed.description = changed.description.value_or(QString()) + u" (phone)"_s;
                    if (changed.description->size() > 60)
                        changed.description = u"Phone edit"_s;
                    m_phoneApi.updateTimeEntry(changed, this,
                                               [answered](ApiResult<TimeEntry> u) { answered(u.ok()); });
                });
            }
            break;
        case 2: // straight into the sandbox's store
            m_phoneIds.append(m_server->insertTimeEntry({{u"start"_s, fresh.start.toString(Qt::ISODate)},
                                                         {u"stop"_s, fresh.stop->toString(Qt::ISODate)},
                                                         {u"description"_s, *fresh.description}}));
            break;
        case 4: // an edit of its own entry
            if (!m_phoneIds.isEmpty()) {
                ++m_phoneBusy;
                m_phoneApi.timeEntry(m_phoneIds.last(), this, [this, answered](ApiResult<TimeEntry> r) {
                    if (!r.ok())
                        return answered(false);
                    TimeEntry changed = *r.value;
                    changed.billable = !changed.billable;
                    m_phoneApi.updateTimeEntry(changed, this,
                                               [answered](ApiResult<TimeEntry> u) { answered(u.ok()); });
                });
            }
            break;
        default: // 3, 5: the oldest of its entries deleted, so the day's data stays the same size
            if (!m_phoneIds.isEmpty()) {
                ++m_phoneBusy;
                m_phoneApi.deleteTimeEntry(ws, m_phoneIds.takeFirst(), this,
                                           [answered](ApiResult<NoContent> r) { answered(r.ok()); });
            }
        }
    }

    // The scheduler should have refreshed in the last 2 minutes. When its timer has stopped (a
    // failed refresh is not rescheduled), the user does what the window offers: Retry.
    void checkRefreshes()
    {
        QTimer *timer = m_scheduler ? m_scheduler->findChild<QTimer *>() : nullptr;
        if (m_spell >= 0 || !timer || timer->isActive() || m_second - m_lastRefreshed < 150)
            return; // on schedule, or a refresh on its way
        ++m_refreshNudges;
        if (child<QFrame>(m_app->window(), "errorBanner")->isVisible())
            child<QPushButton>(m_app->window(), "retryButton")->click();
        else
            session()->refresh();
    }

    void beginSpell(const Plan::Spell &spell, int index)
    {
        m_spell = index;
        if (spell.unreachable)
            m_server->faults().dropConnections = 1 << 30;
        else
            m_server->faults().failureRate = 1.0;
    }

    void endSpell(int index)
    {
        m_server->faults() = sandbox::Faults{};
        m_spell = -1;
        m_spellEnd = m_second;
        m_drainingSpell = index;
    }

    bool report()
    {
        const Plan &p = m_plan;
        print("seconds", m_second);
        print("clock-ticks", m_clockTicks);
        print("model-ticks", m_modelTicks);
        print("refreshes", m_refreshes);
        print("refresh-nudges", m_refreshNudges);
        print("edits", m_edits);
        print("starts", m_starts);
        print("stops", m_stops);
        print("bulk-edits", m_bulkEdits);
        print("phone-changes", m_phoneChanges);
        print("skipped", m_skipped);
        print("errors-shown", m_errors);
        print("entries", model()->rowCount());
        bool ok = true;
        for (int i = 0; i < m_drained.size(); ++i) {
            print(qPrintable(u"spell-%1-queued"_s.arg(i + 1)), m_queuedInSpell.at(i));
            print(qPrintable(u"spell-%1-drained-s"_s.arg(i + 1)), m_drained.at(i));
            ok = ok && m_drained.at(i) >= 0 && m_queuedInSpell.at(i) > 0;
        }
        const int pending = session()->pendingChangeCount();
        print("pending-at-end", pending);
        const auto fail = [&](bool bad, const char *what) {
            if (bad)
                std::fprintf(stderr, "bench_soak: %s: %s\n", qPrintable(p.name), what);
            ok = ok && !bad;
        };
        fail(pending != 0, "changes left in the outbox");
        fail(m_edits != p.edits || m_starts != p.startStops || m_stops != p.startStops ||
                 m_bulkEdits != p.bulkEdits,
             "not every planned action ran");
        fail(m_skipped > 0, "an action found nothing to act on");
        fail(m_editFailures > 0 || m_timerFailures > 0, "an edit or a timer action failed");
        fail(m_bulkFailures > 0 || m_bulkRunning > 0, "a bulk edit did not finish cleanly");
        fail(m_phoneFailures > 0, "another device's change failed");
        fail(!session()->isOnline(), "the session is not online at the end");
        qint64 online = p.seconds;
        for (const Plan::Spell &spell : p.spells)
            online -= spell.length;
        print("refreshes-expected", online / 120);
        // The scheduler waits 2 minutes after each answer, so a refresh's own time is added to each.
        fail(m_refreshes < online / 120 * 9 / 10, "fewer refreshes than one every 2 minutes");
        for (int i = 0; i < m_drained.size(); ++i)
            fail(m_drained.at(i) < 0 || m_queuedInSpell.at(i) == 0,
                 "an offline spell queued nothing or never drained");
        return ok;
    }

    AppObjects *m_app;
    sandbox::SandboxServer *m_server;
    ManualClock *m_clock;
    int m_stepMs;
    SimulatedTimers m_timers;
    ApiTransport m_phoneTransport;
    TrackApi m_phoneApi{&m_phoneTransport};
    RefreshScheduler *m_scheduler = nullptr;
    Plan m_plan;
    std::multimap<qint64, std::function<void()>> m_schedule;
    qint64 m_second = 0;
    qint64 m_lastRefreshed = 0;
    bool m_done = false;
    int m_spell = -1; // the index of the spell going on
    qint64 m_spellEnd = 0;
    int m_drainingSpell = -1;
    QList<qint64> m_drained;
    QList<int> m_queuedInSpell;
    QList<qint64> m_phoneIds;
    int m_phoneBusy = 0;
    int m_bulkRunning = 0;
    qint64 m_clockTicks = 0, m_modelTicks = 0;
    int m_refreshes = 0, m_refreshNudges = 0, m_errors = 0;
    int m_edits = 0, m_starts = 0, m_stops = 0, m_bulkEdits = 0, m_phoneChanges = 0, m_skipped = 0;
    int m_editFailures = 0, m_timerFailures = 0, m_bulkFailures = 0, m_phoneFailures = 0;
};

Plan dayPlan(double hours)
{
    Plan p;
    p.name = u"day"_s;
    p.seconds = qint64(std::llround(hours * 3600));
    const auto scaled = [hours](int perDay) { return std::max(1, int(std::lround(perDay * hours / 8))); };
    p.edits = scaled(100);
    p.startStops = scaled(20);
    p.bulkEdits = scaled(5);
    const qint64 length = std::min<qint64>(15 * 60, p.seconds / 8);
    p.spells = {{qint64(p.seconds * 0.3), length, false}, {qint64(p.seconds * 0.75), length, true}};
    return p;
}

Plan warmUpPlan()
{
    Plan p;
    p.name = u"warmup"_s;
    p.seconds = 15 * 60;
    p.edits = 4;
    p.startStops = 1;
    p.bulkEdits = 1;
    p.spells = {{120, 120, false}, {480, 120, true}};
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    double hours = 8;
    int stepMs = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--hours" && i + 1 < argc)
            hours = std::max(0.25, QByteArray(argv[++i]).toDouble());
        else if (arg == "--step-ms" && i + 1 < argc)
            stepMs = std::max(0, QByteArray(argv[++i]).toInt());
        else {
            std::fprintf(stderr, "usage: bench_soak [--hours H] [--step-ms N]\n");
            return 2;
        }
    }
    // A private home: no settings, database or keychain entry of the user's is read or written.
    QTemporaryDir home;
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(var, (home.path() + u'/' + QString::fromLatin1(var)).toLocal8Bit());
    QCoreApplication::setApplicationName(u"Punchclock"_s);
    QCoreApplication::setOrganizationName(u"Punchclock"_s);
    QApplication qapp(argc, argv);
    QElapsedTimer wall;
    wall.start();

    sandbox::SandboxServer::Options options;
    options.token = u"soak-token"_s;
    options.seedDemo = true; // ~200 entries over 30 days, one running
    sandbox::SandboxServer server(options);
    if (!server.listen(0)) {
        std::fprintf(stderr, "bench_soak: the sandbox cannot listen\n");
        return 1;
    }
    // Half a second past a whole one: entries start on whole seconds, so the running entry's
    // ticker (due just after its next whole second) is due once per simulated second.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    ManualClock clock(now.addMSecs((nowMs / 1000 + 1) * 1000 + 500 - nowMs));

    std::unique_ptr<AppObjects> app = buildApp(server.baseUrl(), server.token(), &clock);
    if (!app)
        return 1;
    {
        QEventLoop loop;
        QObject::connect(app->session(), &TrackSession::refreshed, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        if (app->session()->entries()->rowCount() == 0) {
            std::fprintf(stderr, "bench_soak: the first list never came\n");
            return 1;
        }
    }

    bool ok = true;
    {
        WorkingDay warmUp(app.get(), &server, &clock, stepMs);
        ok = warmUp.run(warmUpPlan()) && ok;
    }
    const Memory warm = readMemory();
    const qint64 warmWallMs = wall.elapsed();
    {
        WorkingDay day(app.get(), &server, &clock, stepMs);
        ok = day.run(dayPlan(hours)) && ok;
    }
    const Memory end = readMemory();
    std::printf("soak-hours %g\n", hours);
    std::printf("soak-rss-warm-kb %ld\n", warm.rssKb);
    std::printf("soak-hwm-warm-kb %ld\n", warm.hwmKb);
    std::printf("soak-rss-end-kb %ld\n", end.rssKb);
    std::printf("soak-hwm-end-kb %ld\n", end.hwmKb);
    std::printf("soak-rss-growth-kb %ld\n", end.rssKb - warm.rssKb);
    std::printf("soak-hwm-growth-kb %ld\n", end.hwmKb - warm.hwmKb);
    std::printf("soak-warmup-wall-ms %lld\n", static_cast<long long>(warmWallMs));
    std::printf("soak-day-wall-ms %lld\n", static_cast<long long>(wall.elapsed() - warmWallMs));
    std::printf("soak-result %s\n", ok ? "ok" : "FAILED");
    std::fflush(stdout);
    app.reset(); // before the sandbox, as the app would lose its server
    return ok ? 0 : 1;
}
