// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/TrackBulkEditor.h"
#include "app/session/RefreshScheduler.h"
#include "app/timer/TimerController.h"
#include "ui/main/MainWindow.h"

// A MainWindow with the timer, refresh scheduler and bulk editor that AppCore gives it in the app
// (declared first: destroyed after the window).
struct WindowFixture
{
    punchclock::TimerController timer;
    punchclock::RefreshScheduler scheduler;
    punchclock::TrackBulkEditor bulkEditor;
    punchclock::MainWindow window;

    explicit WindowFixture(punchclock::TrackSession *session)
        : timer(session), scheduler(session), bulkEditor(session),
          window(session, &timer, &scheduler, &bulkEditor)
    {
    }
};
