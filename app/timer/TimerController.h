#pragma once

#include "app/track/TimeEntry.h"

#include <QObject>
#include <QString>

#include <optional>

class QStringListModel;

namespace punchclock {

class Clock;
class TrackSession;
struct ApiError;

// The timer's behaviour, with no widgets: what runs, for how long, and start/stop/continue.
// Follows the session's entries model, so a timer started or stopped elsewhere (another client,
// seen on refresh) shows up here too.
class TimerController : public QObject
{
    Q_OBJECT
public:
    explicit TimerController(TrackSession *session, const Clock *clock = nullptr, QObject *parent = nullptr);

    bool isRunning() const { return m_running.has_value(); }
    const std::optional<TimeEntry> &running() const { return m_running; }
    bool isBusy() const { return m_busy; }
    qint64 elapsedSeconds() const;
    QString elapsedText() const; // h:mm:ss, 0:00:00 when idle

    // Unique descriptions, most recent first, for completion.
    QStringListModel *recentDescriptions() const { return m_recent; }
    // The newest entry with this description: its project, tags and billable fill the draft.
    std::optional<TimeEntry> suggestionFor(const QString &description) const;

public slots:
    // Stops the running entry first (stop endpoint), then POSTs `draft` as a running entry.
    void start(const punchclock::TimeEntry &draft);
    void stop();
    // Starts a new entry like `entry`: same description, project, tags and billable.
    void continueEntry(const punchclock::TimeEntry &entry);

signals:
    void runningChanged(bool running);
    void busyChanged(bool busy);
    void elapsedChanged(const QString &text);
    void started(const punchclock::TimeEntry &entry);
    void stopped(const punchclock::TimeEntry &entry);
    void failed(const QString &message);

private:
    void sync(); // re-read the running entry and the descriptions from the model
    void setBusy(bool busy);
    void post(const TimeEntry &draft);

    TrackSession *m_session;
    const Clock *m_clock;
    QStringListModel *m_recent;
    std::optional<TimeEntry> m_running;
    bool m_busy = false;
};

} // namespace punchclock
