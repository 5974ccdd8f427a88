#pragma once

#include <QLabel>

namespace punchclock {

class TrackSession;

// The status bar's sync state: "Offline · 3 changes not sent", "2 changes sending…", or hidden
// when everything is on the server.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusLabel(TrackSession *session, QWidget *parent = nullptr);

    static QString textFor(int pendingChanges, bool online);

private:
    void showState(int pendingChanges, bool online);
};

} // namespace punchclock
