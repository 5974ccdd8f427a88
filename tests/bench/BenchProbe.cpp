// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/BenchProbe.h"

#include "app/session/TrackSession.h"
#include "tests/support/Child.h"
#include "ui/entries/EntriesView.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <algorithm>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace punchclock {

namespace {
constexpr int kProbeMs = 5;

qint64 clockNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Milliseconds since the process started.
double processAgeMs()
{
    bool ok = false;
    const qint64 t0 = qEnvironmentVariable("PUNCHCLOCK_BENCH_T0_NS").toLongLong(&ok);
    if (ok && t0 > 0)
        return double(clockNs(CLOCK_REALTIME) - t0) / 1e6;
    // Field 22 of /proc/self/stat: start time in clock ticks since boot (10 ms resolution).
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSec = double(fields.at(19).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    return (double(clockNs(CLOCK_BOOTTIME)) / 1e9 - startSec) * 1000;
}

QByteArray statusField(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "0";
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0);
    }
    return "0";
}
} // namespace

BenchProbe *BenchProbe::installIfRequested(MainWindow *window, TrackSession *session)
{
    if (qEnvironmentVariable("PUNCHCLOCK_BENCH") != QLatin1String("1"))
        return nullptr;
    return new BenchProbe(window, session);
}

BenchProbe::BenchProbe(MainWindow *window, TrackSession *session)
    : QObject(window), m_window(window), m_session(session)
{
    child<EntriesView>(window, "entriesView")->viewport()->installEventFilter(this);
    m_probe.setTimerType(Qt::PreciseTimer);
    m_probe.setInterval(kProbeMs);
    connect(&m_probe, &QTimer::timeout, this, &BenchProbe::tick);
    m_probe.start();
    m_sinceTick.start();
    // The sign-in answer starts the entries sync (TrackSession::signIn -> refresh).
    connect(session, &TrackSession::signedIn, this, [this] { m_syncing = true; });
    m_settle.setSingleShot(true);
    m_settle.setInterval(qEnvironmentVariableIntValue("PUNCHCLOCK_BENCH_SETTLE_MS") > 0
                             ? qEnvironmentVariableIntValue("PUNCHCLOCK_BENCH_SETTLE_MS")
                             : 1000);
    connect(&m_settle, &QTimer::timeout, this, &BenchProbe::report);
}

void BenchProbe::tick()
{
    const qint64 late = m_sinceTick.nsecsElapsed() - qint64(kProbeMs) * 1000000;
    m_sinceTick.restart();
    m_maxStallNs = std::max(m_maxStallNs, late);
    if (m_syncing)
        m_maxSyncStallNs = std::max(m_maxSyncStallNs, late);
}

bool BenchProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && m_session->entries()->rowCount() > 0 &&
        child<EntriesView>(m_window, "entriesView")->model()->rowCount() > 0) {
        m_painted = true;
        // Queued: runs once this paint and the flush of the window that follows it are done.
        QMetaObject::invokeMethod(this, &BenchProbe::painted, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void BenchProbe::painted()
{
    m_firstPaintMs = processAgeMs();
    std::fprintf(stderr, "first-filled-paint-ms %.1f\n", m_firstPaintMs);
    std::fflush(stderr);
    child<EntriesView>(m_window, "entriesView")->viewport()->removeEventFilter(this);
    m_settle.start();
}

void BenchProbe::report()
{
    m_probe.stop();
    std::fprintf(stderr, "max-stall-ms %.1f\n", double(m_maxSyncStallNs) / 1e6);
    std::fprintf(stderr, "startup-max-stall-ms %.1f\n", double(m_maxStallNs) / 1e6);
    std::fprintf(stderr, "rows %d\n", m_session->entries()->rowCount());
    std::fprintf(stderr, "vmhwm-kb %s\n", statusField("VmHWM").constData());
    std::fprintf(stderr, "vmrss-kb %s\n", statusField("VmRSS").constData());
    std::fprintf(stderr, "bench-ready\n");
    std::fflush(stderr);
    if (qEnvironmentVariable("PUNCHCLOCK_BENCH_EXIT") == QLatin1String("1"))
        QApplication::quit();
}

} // namespace punchclock
