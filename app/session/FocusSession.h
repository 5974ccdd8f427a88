// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/focus/FocusEntryQuery.h"
#include "app/focus/FocusTask.h"
#include "app/focus/FocusTimeEntry.h"
#include "app/sync/SentSinceRead.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QSettings;

namespace punchclock {

class ApiTransport;
class Clock;
class FocusApi;
class FocusSync;
class FocusTaskFilterModel;
class FocusTaskModel;
class FocusTaskTimer;
class FocusTimeEntryModel;
struct OutboxOp;
struct OutboxOutcome;

// Everything the Focus view binds to: the API, the tasks (with a filter proxy), the selected task's
// entries and the task timer. connectAndLoad() finds the workspace (users/me/settings) when none
// is set, then loads the tasks.
class FocusSession : public QObject
{
    Q_OBJECT
public:
    // `settings` (not owned) keeps the running task timer; `clock` null: the wall clock.
    FocusSession(ApiTransport *transport, QSettings *settings, const Clock *clock = nullptr,
                 QObject *parent = nullptr);

    FocusApi *api() const { return m_api; }
    FocusTaskModel *tasks() const { return m_tasks; }
    FocusTaskFilterModel *filteredTasks() const { return m_filtered; }
    FocusTimeEntryModel *entries() const { return m_entries; }
    FocusTaskTimer *timer() const { return m_timer; }

    // Sets the key, organization and (0: ask the server) workspace; an invalid URL keeps the default.
    // A change empties the tasks and entries (they belonged to the old account) and drops answers
    // still on their way; call connectAndLoad() to fill them again. An empty key disables Focus.
    // Returns whether anything changed.
    bool configure(const QString &apiKey, qint64 organizationId, qint64 workspaceId = 0,
                   const QUrl &baseUrl = {});
    bool isConfigured() const;
    // A SHA-256 of the server, organization and key (never the key itself); empty while Focus is
    // not set up. Changes in the outbox belong to it (FocusSync::setAccount).
    QByteArray accountDigest() const { return m_accountDigest; }
    QUrl baseUrl() const;
    void connectAndLoad();
    void refreshTasks();
    void selectTask(qint64 taskId); // loads its entries (archived too; the model hides them)
    qint64 selectedTaskId() const { return m_selectedTask; }
    // Streams the workspace's entries matching `query` into the entry model as they arrive.
    void streamEntries(const FocusEntryQuery &query);
    bool isBusy() const { return m_busy > 0; }
    // Puts this session on the outbox (nullptr: off it): its task timer and entry model send
    // through it, entries queued for a task (a stopped timer) count in its tracked time at once, a
    // task list older than a confirmed stop does not undo it, the task list is filled from the
    // cache now (start-up, offline) and cached after every load, and a load sends what waits.
    // Call once per sync.
    void setSync(FocusSync *sync);
    // The user's answer to otherAccountChangesChanged(): changes made in this organization with
    // another key are sent with the current one. The number given.
    int sendWaitingWithThisKey();

signals:
    void configurationChanged(); // configure() changed the key, organization, workspace or server
    void busyChanged(bool busy);
    void tasksLoaded();
    void entriesLoaded(qint64 taskId);
    void errorOccurred(const QString &message);
    // From the FocusSync: `count` unsent changes belong to another key or organization and wait
    // for it; `message` says so (empty when count is 0). For a notice that stays.
    void otherAccountChangesChanged(int count, const QString &message, int sameOrganization);

private:
    void setBusy(bool on);
    void onTimerStopped(const FocusTimeEntry &entry);
    void onSent(const OutboxOp &op, const OutboxOutcome &outcome);
    void updatePendingSeconds();
    void applyTasks(QList<FocusTask> tasks, const QList<qint64> &sentSinceAsked);

    FocusApi *m_api;
    FocusTaskModel *m_tasks;
    FocusTaskFilterModel *m_filtered;
    FocusTimeEntryModel *m_entries;
    FocusTaskTimer *m_timer;
    qint64 m_selectedTask = 0;
    quint64 m_entriesGeneration = 0; // a newer selection drops older answers
    quint64 m_configGeneration = 0;  // a newer configuration drops older task answers
    QByteArray m_configFingerprint;  // a hash of key, organization, workspace and server
    QByteArray m_accountDigest;      // a hash of key, organization and server
    int m_busy = 0;
    QPointer<FocusSync> m_sync;
    // A task list may have left the server before a stop it does not count was confirmed (or may
    // count one still in flight): such tasks keep the tracked time shown. The task of each
    // confirmed create, logged for the lists asked before it.
    SentSinceRead<qint64> m_tasksSent;
};

} // namespace punchclock
