// SPDX-License-Identifier: GPL-3.0-or-later
// Start to a visible window, for tests/bench/run.sh (issue #10), the same way for every program:
//
//   bench_mapwait CLASS PIDFILE CMD [ARGS...]
//
// Listens on the X root window for windows being mapped, then starts CMD (its pid goes to PIDFILE)
// and prints the milliseconds from just before the fork to the first mapped top-level window whose
// WM_CLASS name or class is CLASS (case-insensitive). The program keeps running; the caller stops
// it. Replaces polling `xdotool search --onlyvisible` every ~10 ms, whose own start-up and search
// (tens of ms per round) were added to every figure and pulled the Punchclock / KTimeTracker ratio
// towards 1. Exit status 1 with "exited" or "timeout" when no such window shows within 30 s.
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <strings.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

bool hasClass(Display *display, Window window, const char *wanted)
{
    XClassHint hint{};
    if (!XGetClassHint(display, window, &hint))
        return false;
    const bool match = (hint.res_name && strcasecmp(hint.res_name, wanted) == 0) ||
                       (hint.res_class && strcasecmp(hint.res_class, wanted) == 0);
    XFree(hint.res_name);
    XFree(hint.res_class);
    return match;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s CLASS PIDFILE CMD [ARGS...]\n", argv[0]);
        return 2;
    }
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "bench_mapwait: no X display\n");
        return 2;
    }
    XSelectInput(display, DefaultRootWindow(display), SubstructureNotifyMask);
    XSync(display, False);

    const double start = nowMs();
    const pid_t child = fork();
    if (child == 0) {
        close(ConnectionNumber(display));
        dup2(STDERR_FILENO, STDOUT_FILENO); // our stdout is the figure (often a $(...) pipe)
        execvp(argv[3], argv + 3);
        std::perror("bench_mapwait: exec");
        _exit(127);
    }
    if (FILE *pidFile = std::fopen(argv[2], "w")) {
        std::fprintf(pidFile, "%d\n", int(child));
        std::fclose(pidFile);
    }

    const int fd = ConnectionNumber(display);
    while (nowMs() - start < 30000) {
        while (XPending(display)) {
            XEvent event;
            XNextEvent(display, &event);
            if (event.type == MapNotify && !event.xmap.override_redirect &&
                hasClass(display, event.xmap.window, argv[1])) {
                std::printf("%.0f\n", nowMs() - start);
                return 0;
            }
        }
        int status = 0;
        if (waitpid(child, &status, WNOHANG) == child) {
            std::printf("exited\n");
            return 1;
        }
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(fd, &readable);
        timeval wait{0, 20000}; // also look at the child now and then
        select(fd + 1, &readable, nullptr, nullptr, &wait);
    }
    std::printf("timeout\n");
    return 1;
}
