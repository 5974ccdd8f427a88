// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/FocusSession.h"

#include "app/api/FocusApi.h"
#include "app/models/FocusTaskFilterModel.h"
#include "app/models/FocusTaskModel.h"
#include "app/models/FocusTimeEntryModel.h"
#include "app/session/FocusTaskTimer.h"
#include "app/sync/FocusEntrySender.h"
#include "app/sync/FocusSync.h"
#include "app/sync/LocalStore.h"
#include "app/sync/Outbox.h"
#include "app/sync/RelatedCache.h"
#include "app/sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QHash>
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
    m_accountDigest.clear();
    if (!apiKey.isEmpty() && organizationId > 0) { // the workspace is found, not chosen: not part of it
        QCryptographicHash account(QCryptographicHash::Sha256);
        account.addData(QByteArray(url.toEncoded() + '\n' + QByteArray::number(organizationId) + '\n'));
        account.addData(apiKey.toUtf8());
        m_accountDigest = account.result();
    }

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

int FocusSession::sendWaitingWithThisKey()
{
    return m_sync ? m_sync->sendWaitingWithThisKey() : 0;
}

void FocusSession::setSync(FocusSync *sync)
{
    if (m_sync) {
        disconnect(m_sync->engine(), nullptr, this, nullptr);
        disconnect(m_sync->outbox(), nullptr, this, nullptr);
    }
    m_sync = sync;
    m_timer->setSync(sync);
    m_entries->setSync(sync);
    if (sync) {
        connect(sync->engine(), &SyncEngine::sent, this, &FocusSession::onSent);
        connect(sync->outbox(), &Outbox::countChanged, this, &FocusSession::updatePendingSeconds);
        const auto useAccount = [this, sync] { sync->setAccount(accountDigest(), m_api->organizationId()); };
        useAccount();
        connect(this, &FocusSession::configurationChanged, sync, useAccount);
        connect(sync, &FocusSync::otherAccountChangesChanged, this,
                &FocusSession::otherAccountChangesChanged);
        // The task list is cached per organization: shown at once at start-up and offline.
        LocalStore *store = sync->outbox()->store();
        if (m_tasks->tasks().isEmpty()) {
            if (const auto cached = RelatedCache(store).loadFocusTasks(m_api->organizationId()))
                m_tasks->setTasks(*cached);
        }
        connect(this, &FocusSession::tasksLoaded, sync, [this, sync, store] {
            RelatedCache(store).saveFocusTasks(m_api->organizationId(), m_tasks->tasks());
            sync->retryNow();
        });
    }
    updatePendingSeconds();
}

// Queued timer stops count in their task's tracked time until the server has them.
void FocusSession::updatePendingSeconds()
{
    QHash<qint64, qint64> pending;
    if (m_sync) {
        for (const OutboxOp &op : m_sync->outbox()->pending()) {
            if (op.kind != OutboxOp::Kind::FocusCreate)
                continue;
            const FocusTimeEntry e = FocusEntrySender::entryOf(op);
            if (e.taskId && e.duration)
                pending[*e.taskId] += *e.duration;
        }
    }
    m_tasks->setPendingSeconds(pending);
}

void FocusSession::onSent(const OutboxOp &op, const OutboxOutcome &outcome)
{
    if (op.kind != OutboxOp::Kind::FocusCreate || outcome.error)
        return; // a refused stop already left the pending seconds (updatePendingSeconds)
    const FocusTimeEntry sent = FocusEntrySender::entryOf(op);
    const qint64 taskId = sent.taskId.value_or(0);
    m_tasksSent.log(taskId);
    // From pending to the server's total: the shown time does not change.
    m_tasks->addTrackedSeconds(taskId, sent.duration.value_or(0));
}

// A task list from the server replaces the tasks, except the tracked time of tasks it may count
// wrongly: a stop confirmed after the list was asked for (the list may not have it), or one sent
// but not confirmed yet (it may have it, and it is also pending). Those keep the time shown.
void FocusSession::applyTasks(QList<FocusTask> tasks, const QList<qint64> &sentSinceAsked)
{
    QSet<qint64> unsure(sentSinceAsked.cbegin(), sentSinceAsked.cend());
    if (m_sync) {
        for (const OutboxOp &op : m_sync->outbox()->pending()) {
            if (op.kind == OutboxOp::Kind::FocusCreate && op.attempts > 0)
                unsure.insert(FocusEntrySender::entryOf(op).taskId.value_or(0));
        }
    }
    for (FocusTask &t : tasks) {
        if (!unsure.contains(t.id))
            continue;
        if (const auto shown = m_tasks->task(t.id))
            t.trackedSeconds = shown->trackedSeconds;
    }
    m_tasks->setTasks(std::move(tasks));
}

void FocusSession::refreshTasks()
{
    setBusy(true);
    FocusTaskQuery query;
    query.orderBy = {QStringLiteral("position")};
    const auto read = m_tasksSent.startRead(); // open while the answer's callbacks live
    // Archived and live tasks both: the model decides what shows.
    m_api->listTasks(
        query, this, [this, read, generation = m_configGeneration](ApiResult<QList<FocusTask>> live) {
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
                [this, generation, read, tasks = *live.value](ApiResult<QList<FocusTask>> archived) mutable {
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
                    applyTasks(std::move(tasks), m_tasksSent.sentSince(*read));
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
    const auto read = m_entries->startRead();
    m_api->listTaskTimeEntries(
        taskId, query, this, [this, taskId, generation, query, read](ApiResult<QList<FocusTimeEntry>> live) {
            if (generation != m_entriesGeneration) {
                setBusy(false);
                return;
            }
            if (!live.ok()) {
                setBusy(false);
                emit errorOccurred(live.error->toString());
                return;
            }
            m_entries->appendEntries(*live.value, read);
            FocusEntryQuery archivedQuery = query;
            archivedQuery.archived = true;
            m_api->listTaskTimeEntries(
                taskId, archivedQuery, this,
                [this, taskId, generation, read](ApiResult<QList<FocusTimeEntry>> archived) {
                    setBusy(false);
                    if (generation != m_entriesGeneration)
                        return;
                    if (archived.ok())
                        m_entries->appendEntries(*archived.value, read);
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
    const auto read = m_entries->startRead();
    m_api->streamTimeEntries(
        query, this,
        [this, generation, read](QList<FocusTimeEntry> batch) {
            if (generation == m_entriesGeneration)
                m_entries->appendEntries(batch, read);
        },
        [this, generation, read, taskId = m_selectedTask](ApiResult<qint64> r) {
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
    if (!m_sync) // through the outbox it counted from the moment it was queued (onSent)
        m_tasks->addTrackedSeconds(taskId, entry.duration.value_or(0));
    if (taskId == m_selectedTask && entry.id > 0)
        m_entries->appendEntries({entry});
}

} // namespace punchclock
