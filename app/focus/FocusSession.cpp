#include "focus/FocusSession.h"

#include "api/FocusApi.h"
#include "focus/FocusTaskFilterModel.h"
#include "focus/FocusTaskModel.h"
#include "focus/FocusTaskTimer.h"
#include "focus/FocusTimeEntryModel.h"

#include <QCryptographicHash>
#include <QSet>

namespace punchclock {

FocusSession::FocusSession(ApiTransport *transport, QSettings *settings, const Clock *clock, QObject *parent)
    : QObject(parent), m_api(new FocusApi(transport, this)), m_tasks(new FocusTaskModel(this)),
      m_filtered(new FocusTaskFilterModel(this)), m_entries(new FocusTimeEntryModel(m_api, this)),
      m_timer(new FocusTaskTimer(m_api, settings, clock, this))
{
    m_filtered->setSourceModel(m_tasks);
    connect(m_entries, &FocusTimeEntryModel::errorOccurred, this, &FocusSession::errorOccurred);
    connect(m_timer, &FocusTaskTimer::errorOccurred, this, &FocusSession::errorOccurred);
    connect(m_timer, &FocusTaskTimer::stopped, this, &FocusSession::onTimerStopped);
}

bool FocusSession::configure(const QString &apiKey, qint64 organizationId, qint64 workspaceId,
                             const QUrl &baseUrl)
{
    const QUrl url = baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : m_api->baseUrl();
    // A hash, so the key is not kept a second time in memory.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(apiKey.toUtf8());
    hash.addData(QByteArray(QByteArray::number(organizationId) + '/' + QByteArray::number(workspaceId) + '/' +
                            url.toEncoded()));
    const QByteArray fingerprint = hash.result();
    if (fingerprint == m_configFingerprint)
        return false; // unchanged: keep the workspace found and the tasks loaded
    m_configFingerprint = fingerprint;

    m_api->setApiKey(apiKey);
    m_api->setOrganizationId(organizationId);
    m_api->setWorkspaceId(workspaceId);
    if (url != m_api->baseUrl()) {
        if (auto error = m_api->setBaseUrl(url))
            emit errorOccurred(error->toString());
    }
    ++m_configGeneration;
    ++m_entriesGeneration;
    m_selectedTask = 0;
    m_tasks->setTasks({});
    m_entries->setEntries(0, {});
    emit configurationChanged();
    return true;
}

QUrl FocusSession::baseUrl() const
{
    return m_api->baseUrl();
}

bool FocusSession::isConfigured() const
{
    return m_api->hasApiKey() && m_api->organizationId() > 0;
}

void FocusSession::setBusy(bool on)
{
    const bool was = isBusy();
    m_busy += on ? 1 : -1;
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void FocusSession::connectAndLoad()
{
    if (!isConfigured()) {
        emit errorOccurred(tr("Toggl Focus needs an API key and an organization ID"));
        return;
    }
    if (m_api->workspaceId() > 0) {
        refreshTasks();
        return;
    }
    setBusy(true);
    m_api->settings(this, [this, generation = m_configGeneration](ApiResult<FocusSettings> r) {
        setBusy(false);
        if (generation != m_configGeneration)
            return;
        if (!r.ok()) {
            emit errorOccurred(r.error->toString());
            return;
        }
        if (r.value->currentWorkspaceId <= 0) {
            emit errorOccurred(tr("Toggl Focus did not name a current workspace"));
            return;
        }
        m_api->setWorkspaceId(r.value->currentWorkspaceId);
        refreshTasks();
    });
}

void FocusSession::refreshTasks()
{
    setBusy(true);
    FocusTaskQuery query;
    query.orderBy = {QStringLiteral("position")};
    // Archived and live tasks both: the model decides what shows.
    m_api->listTasks(query, this, [this, generation = m_configGeneration](ApiResult<QList<FocusTask>> live) {
        if (generation != m_configGeneration) {
            setBusy(false);
            return;
        }
        if (!live.ok()) {
            setBusy(false);
            emit errorOccurred(live.error->toString());
            return;
        }
        FocusTaskQuery archivedQuery;
        archivedQuery.archived = true;
        m_api->listTasks(
            archivedQuery, this,
            [this, generation, tasks = *live.value](ApiResult<QList<FocusTask>> archived) mutable {
                setBusy(false);
                if (generation != m_configGeneration)
                    return;
                if (archived.ok()) {
                    QSet<qint64> known;
                    for (const FocusTask &t : tasks)
                        known.insert(t.id);
                    for (const FocusTask &t : *archived.value)
                        if (!known.contains(t.id))
                            tasks.append(t);
                }
                m_tasks->setTasks(std::move(tasks));
                emit tasksLoaded();
            });
    });
}

void FocusSession::selectTask(qint64 taskId)
{
    m_selectedTask = taskId;
    const quint64 generation = ++m_entriesGeneration;
    m_entries->setEntries(taskId, {});
    if (taskId <= 0)
        return;
    setBusy(true);
    FocusEntryQuery query;
    query.orderBy = {QStringLiteral("-start")};
    query.archived = false;
    m_api->listTaskTimeEntries(
        taskId, query, this, [this, taskId, generation, query](ApiResult<QList<FocusTimeEntry>> live) {
            if (generation != m_entriesGeneration) {
                setBusy(false);
                return;
            }
            if (!live.ok()) {
                setBusy(false);
                emit errorOccurred(live.error->toString());
                return;
            }
            m_entries->appendEntries(*live.value);
            FocusEntryQuery archivedQuery = query;
            archivedQuery.archived = true;
            m_api->listTaskTimeEntries(taskId, archivedQuery, this,
                                       [this, taskId, generation](ApiResult<QList<FocusTimeEntry>> archived) {
                                           setBusy(false);
                                           if (generation != m_entriesGeneration)
                                               return;
                                           if (archived.ok())
                                               m_entries->appendEntries(*archived.value);
                                           else
                                               emit errorOccurred(archived.error->toString());
                                           emit entriesLoaded(taskId);
                                       });
        });
}

void FocusSession::streamEntries(const FocusEntryQuery &query)
{
    const quint64 generation = ++m_entriesGeneration;
    m_selectedTask = query.taskId.value_or(0);
    m_entries->setEntries(m_selectedTask, {});
    setBusy(true);
    m_api->streamTimeEntries(
        query, this,
        [this, generation](QList<FocusTimeEntry> batch) {
            if (generation == m_entriesGeneration)
                m_entries->appendEntries(batch);
        },
        [this, generation, taskId = m_selectedTask](ApiResult<qint64> r) {
            setBusy(false);
            if (generation != m_entriesGeneration)
                return;
            if (!r.ok())
                emit errorOccurred(r.error->toString());
            emit entriesLoaded(taskId);
        });
}

void FocusSession::onTimerStopped(const FocusTimeEntry &entry)
{
    const qint64 taskId = entry.taskId.value_or(0);
    m_tasks->addTrackedSeconds(taskId, entry.duration.value_or(0));
    if (taskId == m_selectedTask && entry.id > 0)
        m_entries->appendEntries({entry});
}

} // namespace punchclock
