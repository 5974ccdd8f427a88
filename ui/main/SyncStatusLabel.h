// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/LiveLabel.h"

namespace punchclock {

class TrackSession;

// The status bar's sync state: "Offline · 3 changes not sent", "2 changes sending…", or hidden
// when everything is on the server. Screen readers hear the state (LiveLabel).
class SyncStatusLabel : public LiveLabel
{
    Q_OBJECT
public:
    explicit SyncStatusLabel(TrackSession *session, QWidget *parent = nullptr);

    static QString textFor(int pendingChanges, bool online);

private:
    void showState(int pendingChanges, bool online);
};

} // namespace punchclock
