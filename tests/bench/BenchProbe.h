// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace punchclock {

class MainWindow;
class TrackSession;

// Opt-in instrumentation for tests/bench/run.sh, off unless PUNCHCLOCK_BENCH=1. Prints to stderr:
//   first-filled-paint-ms N  process start -> first paint of the entries view with rows (measured
//                            from PUNCHCLOCK_BENCH_T0_NS, wall-clock ns set by the launcher, else
//                            from the kernel's start time of the process)
//   max-stall-ms N           longest GUI-thread stall (lateness of a 5 ms timer) from the sign-in
//                            answer, which starts the entries sync, to 1 s after that paint
//   startup-max-stall-ms N   the same from the start of the event loop (window creation included)
//   rows N, vmhwm-kb N, vmrss-kb N
// then stops measuring, and quits when PUNCHCLOCK_BENCH_EXIT=1.
class BenchProbe : public QObject
{
    Q_OBJECT
public:
    static BenchProbe *installIfRequested(MainWindow *window, TrackSession *session);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BenchProbe(MainWindow *window, TrackSession *session);
    void tick();
    void painted();
    void report();

    MainWindow *m_window;
    TrackSession *m_session;
    QTimer m_probe;
    QTimer m_settle;
    QElapsedTimer m_sinceTick;
    qint64 m_maxStallNs = 0;
    qint64 m_maxSyncStallNs = 0;
    bool m_syncing = false;
    bool m_painted = false;
    double m_firstPaintMs = 0;
};

} // namespace punchclock
