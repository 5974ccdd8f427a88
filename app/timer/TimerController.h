// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QStringListModel;

namespace punchclock {

class Clock;
class FocusTaskTimer;
class TrackSession;
struct ApiError;

// The timer's behaviour, with no widgets: what runs, for how long, and start/stop/continue.
// Follows the session's entries model, so a timer started or stopped elsewhere (another client,
// seen on refresh) shows up here too.
//
// The timer bar shows form(): while an entry runs, that entry, and a change of the form
// (description, project, tags, billable, a picked suggestion) edits it in place, as one PUT
// through the outbox: it never stops or splits it. Stopped, the form is the next entry's fields,
// fresh and empty (workspace defaults) after every stop, so nothing of the last entry is carried.
//
// One timer runs at a time: starting a Track entry stops the Focus task timer, and the Focus task
// timer starting stops the Track entry; notice() says so each time.
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

    // The running entry, or the next entry's fields when stopped.
    TimeEntry form() const { return m_running ? *m_running : m_draft; }

    // The Focus task timer that must not run beside the Track timer (not owned; null: none).
    void setFocusTimer(FocusTaskTimer *focus);

public slots:
    // Stops the running entry first (stop endpoint), then POSTs `draft` as a running entry.
    void start(const punchclock::TimeEntry &draft);
    void startForm(); // start(form()) when stopped
    void stop();
    // Starts a new entry like `entry`: same description, project, tags and billable.
    void continueEntry(const punchclock::TimeEntry &entry);
    // Stops the running entry at `at` (in the past: idle time or sleep is cut off); announced
    // with stopped() like stop().
    void stopAt(const QDateTime &at);
    // Stops the running entry at `stopAt` and starts a copy of it (continueEntry()'s fields) at
    // `startAt`: one stopped() and one started(), one undo step like start().
    void restartAt(const QDateTime &stopAt, const QDateTime &startAt);

    // Change the form: the running entry (one PUT each), or the next entry's fields.
    void setDescription(const QString &description);
    void setProjectId(qint64 projectId); // 0: no project
    void setTags(const QStringList &tags);
    void setBillable(bool billable);
    // Fills description, project, tags and billable from suggestionFor(description); never
    // starts. False when there is no such suggestion.
    bool applySuggestion(const QString &description);

signals:
    void runningChanged(bool running);
    void busyChanged(bool busy);
    void elapsedChanged(const QString &text);
    void started(const punchclock::TimeEntry &entry);
    void stopped(const punchclock::TimeEntry &entry);
    void failed(const QString &message);
    void formChanged();                  // form() shows something else
    void notice(const QString &message); // e.g. the other timer was stopped

private:
    void sync(); // re-read the running entry and the descriptions from the model
    void setBusy(bool busy);
    void post(const TimeEntry &draft, const QDateTime &startAt = {}); // invalid: now
    // start(), with the running entry stopped at `stopAt` and the new one started at `startAt`
    // (invalid: now).
    void startWith(const TimeEntry &draft, const QDateTime &stopAt, const QDateTime &startAt);
    static TimeEntry copyOf(const TimeEntry &entry);
    void edit(int field, const QVariant &value); // an EntryEdit::Field of the form
    void setForm(const TimeEntry &next);
    void announceForm();
    void onFocusRunningChanged(bool running);

    TrackSession *m_session;
    const Clock *m_clock;
    QStringListModel *m_recent;
    std::optional<TimeEntry> m_running;
    TimeEntry m_draft;         // the next entry's fields while stopped
    TimeEntry m_announcedForm; // what formChanged() last announced
    QPointer<FocusTaskTimer> m_focus;
    bool m_busy = false;
};

} // namespace punchclock
