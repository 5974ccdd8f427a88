#include "session/TrackSession.h"

#include <QTimer>

namespace punchclock {

TrackSession::TrackSession(TrackApi *api, QObject *parent)
    : QObject(parent), m_api(api), m_entries(new TimeEntryModel(this))
{
    connect(m_entries, &TimeEntryModel::editRequested, this, &TrackSession::saveEdit);
}

qint64 TrackSession::defaultWorkspaceId() const
{
    if (m_related.me.defaultWorkspaceId)
        return *m_related.me.defaultWorkspaceId;
    return m_related.workspaces.isEmpty() ? 0 : m_related.workspaces.first().id;
}

const Project *TrackSession::project(qint64 id) const
{
    for (const Project &p : m_related.projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString TrackSession::clientNameOf(qint64 projectId) const
{
    const Project *p = project(projectId);
    if (!p || !p->clientId)
        return {};
    for (const Client &c : m_related.clients) {
        if (c.id == *p->clientId)
            return c.name;
    }
    return {};
}

void TrackSession::signIn()
{
    m_api->meWithRelatedData(this, [this](ApiResult<RelatedData> result) {
        if (!result.ok()) {
            emit errorOccurred(*result.error);
            return;
        }
        m_related = std::move(*result.value);
        m_entries->setProjects(m_related.projects);
        m_signedIn = true;
        emit relatedChanged();
        emit signedIn(m_related.me);
        refresh();
    });
}

void TrackSession::refresh()
{
    TimeEntryQuery query;
    query.meta = true;
    m_api->listTimeEntries(query, this, [this](ApiResult<QList<TimeEntry>> result) {
        if (!result.ok()) {
            emit errorOccurred(*result.error);
            return;
        }
        QList<TimeEntry> list;
        list.reserve(result.value->size());
        for (TimeEntry &e : *result.value) {
            if (m_pendingDeletes.contains(e.id))
                continue; // hidden until its DELETE is sent or undone
            enrich(e);
            list.append(std::move(e));
        }
        const int count = static_cast<int>(list.size());
        m_entries->setEntries(std::move(list));
        emit refreshed(count);
    });
}

void TrackSession::saveEdit(const TimeEntry &updated, const TimeEntry &previous)
{
    m_api->updateTimeEntry(updated, this, [this, updated, previous](ApiResult<TimeEntry> result) {
        if (!result.ok()) {
            const QString message = tr("Could not save “%1”: %2")
                                        .arg(previous.description.value_or(QString()), result.error->toString());
            m_entries->revertEdit(previous, updated, message);
            emit editFailed(message);
            emit errorOccurred(*result.error);
            return;
        }
        enrich(*result.value);
        m_entries->confirmEdit(*result.value);
    });
}

TrackSession::EntryDone TrackSession::storeAnswer(EntryDone done)
{
    return [this, done = std::move(done)](ApiResult<TimeEntry> result) {
        if (result.ok()) {
            enrich(*result.value);
            m_entries->upsert(*result.value);
        } else {
            emit errorOccurred(*result.error);
        }
        if (done)
            done(std::move(result));
    };
}

void TrackSession::startEntry(TimeEntry draft, EntryDone done)
{
    if (draft.workspaceId == 0)
        draft.workspaceId = draft.projectId && project(*draft.projectId) ? project(*draft.projectId)->workspaceId
                                                                        : defaultWorkspaceId();
    m_api->startTimeEntry(draft, this, storeAnswer(std::move(done)));
}

void TrackSession::stopEntry(const TimeEntry &running, EntryDone done)
{
    m_api->stopTimeEntry(running.workspaceId, running.id, this, storeAnswer(std::move(done)));
}

void TrackSession::createEntry(TimeEntry entry, EntryDone done)
{
    entry.id = 0;
    if (entry.workspaceId == 0)
        entry.workspaceId = defaultWorkspaceId();
    m_api->createTimeEntry(entry, this, storeAnswer(std::move(done)));
}

void TrackSession::deleteEntryLater(qint64 id)
{
    const int row = m_entries->rowOf(id);
    if (row < 0 || m_pendingDeletes.contains(id))
        return;
    PendingDelete pending{*m_entries->entry(row), new QTimer(this)};
    pending.timer->setSingleShot(true);
    pending.timer->setInterval(kUndoDeleteMs);
    connect(pending.timer, &QTimer::timeout, this, [this, id] { sendDelete(id); });
    pending.timer->start();
    const QString description = pending.entry.description.value_or(QString());
    m_pendingDeletes.insert(id, pending);
    m_entries->remove(id);
    emit entryDeleted(id, description);
}

bool TrackSession::undoDelete(qint64 id)
{
    const auto it = m_pendingDeletes.find(id);
    if (it == m_pendingDeletes.end())
        return false;
    it->timer->deleteLater();
    m_entries->upsert(it->entry);
    m_pendingDeletes.erase(it);
    return true;
}

void TrackSession::flushDeletes()
{
    const auto ids = m_pendingDeletes.keys();
    for (qint64 id : ids)
        sendDelete(id);
}

void TrackSession::sendDelete(qint64 id)
{
    const auto it = m_pendingDeletes.find(id);
    if (it == m_pendingDeletes.end())
        return;
    const TimeEntry entry = it->entry;
    it->timer->deleteLater();
    m_pendingDeletes.erase(it);
    m_api->deleteTimeEntry(entry.workspaceId, entry.id, this, [this, entry](ApiResult<NoContent> result) {
        if (result.ok() || result.error->kind == ApiError::Kind::NotFound)
            return; // gone either way
        m_entries->upsert(entry); // still on the server: show it again
        emit errorOccurred(*result.error);
    });
}

// meta=true gives names and colours, but a server may leave them out (and PUT/POST answers never
// carry them): fill them from related data.
void TrackSession::enrich(TimeEntry &e) const
{
    if (!e.projectId)
        return;
    const Project *p = project(*e.projectId);
    if (!p)
        return;
    if (!e.projectName)
        e.projectName = p->name;
    if (!e.projectColor)
        e.projectColor = p->color;
    if (!e.clientName) {
        const QString client = clientNameOf(p->id);
        if (!client.isEmpty())
            e.clientName = client;
    }
}

} // namespace punchclock
