#pragma once

#include "app/session/RefreshScheduler.h"
#include "app/timer/TimerController.h"
#include "ui/main/MainWindow.h"

// A MainWindow with the timer and refresh scheduler that AppCore gives it in the app (declared
// first: destroyed after the window).
struct WindowFixture
{
    punchclock::TimerController timer;
    punchclock::RefreshScheduler scheduler;
    punchclock::MainWindow window;

    explicit WindowFixture(punchclock::TrackSession *session)
        : timer(session), scheduler(session), window(session, &timer, &scheduler)
    {
    }
};
