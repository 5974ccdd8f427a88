#pragma once

#include "focus/FocusEntryQuery.h"
#include "focus/FocusTimeEntry.h"

#include <QObject>
#include <QUrl>

class QSettings;

namespace punchclock {

class ApiTransport;
class Clock;
class FocusApi;
class FocusTaskFilterModel;
class FocusTaskModel;
class FocusTaskTimer;
class FocusTimeEntryModel;

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
    QUrl baseUrl() const;
    void connectAndLoad();
    void refreshTasks();
    void selectTask(qint64 taskId); // loads its entries (archived too; the model hides them)
    qint64 selectedTaskId() const { return m_selectedTask; }
    // Streams the workspace's entries matching `query` into the entry model as they arrive.
    void streamEntries(const FocusEntryQuery &query);
    bool isBusy() const { return m_busy > 0; }

signals:
    void configurationChanged(); // configure() changed the key, organization, workspace or server
    void busyChanged(bool busy);
    void tasksLoaded();
    void entriesLoaded(qint64 taskId);
    void errorOccurred(const QString &message);

private:
    void setBusy(bool on);
    void onTimerStopped(const FocusTimeEntry &entry);

    FocusApi *m_api;
    FocusTaskModel *m_tasks;
    FocusTaskFilterModel *m_filtered;
    FocusTimeEntryModel *m_entries;
    FocusTaskTimer *m_timer;
    qint64 m_selectedTask = 0;
    quint64 m_entriesGeneration = 0; // a newer selection drops older answers
    quint64 m_configGeneration = 0;  // a newer configuration drops older task answers
    QByteArray m_configFingerprint;  // a hash of key, organization, workspace and server
    int m_busy = 0;
};

} // namespace punchclock
