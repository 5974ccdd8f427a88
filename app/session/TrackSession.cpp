// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/TrackSession.h"

#include "app/api/ReportsApi.h"
#include "app/session/HistoryLoader.h"
#include "app/sync/EntryCache.h"
#include "app/sync/LocalStore.h"
#include "app/sync/Outbox.h"
#include "app/sync/OutboxOutcome.h"
#include "app/sync/RelatedCache.h"
#include "app/sync/SyncEngine.h"
#include "app/sync/TrackBulkSender.h"
#include "app/time/Clock.h"
#include "app/track/TrackTime.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace punchclock {

Q_LOGGING_CATEGORY(lcTrackSession, "punchclock.session.tracksession", QtInfoMsg)

namespace {

// Track keeps whole seconds: so do we, or a restart would show a different start than before.
QDateTime wholeSeconds(const QDateTime &t)
{
    return t.isValid() ? TrackTime::utcFromSecs(t.toSecsSinceEpoch()) : t;
}

} // namespace

TrackSession::TrackSession(TrackApi *api, QObject *parent)
    : TrackSession(api, QStringLiteral(":memory:"), nullptr, parent)
{
}

TrackSession::TrackSession(TrackApi *api, const QString &storePath, const Clock *clock, QObject *parent)
    : QObject(parent), m_api(api), m_reports(new ReportsApi(api, this)),
      m_entries(new TimeEntryModel(clock, this)), m_store(std::make_unique<LocalStore>(storePath)),
      m_cacheTimer(new QTimer(this))
{
    if (!m_store->isOpen()) {
        qCWarning(lcTrackSession, "local database %s unusable (%s); unsent changes are kept in memory only",
                  qUtf8Printable(storePath), qUtf8Printable(m_store->errorString()));
        m_store = std::make_unique<LocalStore>(QStringLiteral(":memory:"));
    }
    m_cache = std::make_unique<EntryCache>(m_store.get());
    m_outbox = new Outbox(m_store.get(), this);
    m_sync = new SyncEngine(api, m_outbox, this);
    m_sync->setDefaultWorkspaceId(m_cache->defaultWorkspaceId());
    m_sync->setPaused(true); // until signIn(): the server and credentials are not set before
    m_history = new HistoryLoader(api, m_reports, m_cache.get(), &m_sentLog, clock, this);
    m_history->setApply([this](const QDateTime &from, const QDateTime &to, QList<TimeEntry> entries,
                               const QSet<qint64> &sentSinceAsked) {
        applyWeek(from, to, std::move(entries), sentSinceAsked);
    });
    connect(m_entries, &TimeEntryModel::editRequested, this, &TrackSession::saveEdit);
    connect(m_sync, &SyncEngine::remapped, this, &TrackSession::onRemapped);
    connect(m_sync, &SyncEngine::confirmed, this, &TrackSession::onConfirmed);
    connect(m_sync, &SyncEngine::dropped, this, &TrackSession::onDropped);
    connect(m_sync, &SyncEngine::sent, this, &TrackSession::noteSent);
    connect(m_sync, &SyncEngine::sent, this, &TrackSession::onBulkSent);
    connect(m_outbox, &Outbox::queuedAll, this, &TrackSession::showBulkChanges);
    connect(m_outbox, &Outbox::withdrawn, this, &TrackSession::onBulkWithdrawn);
    connect(m_outbox, &Outbox::countChanged, this,
            [this](int count) { emit syncStateChanged(count, isOnline()); });
    connect(m_outbox, &Outbox::storageFailed, this, &TrackSession::editFailed);
    connect(m_sync, &SyncEngine::onlineChanged, this, [this](bool online) {
        emit syncStateChanged(pendingChangeCount(), online);
        if (!online)
            return;
        if (m_signedIn)
            refresh(); // back online: catch up with what changed meanwhile
        else if (m_signInTried)
            signIn();
    });

    // The cache follows the model (batched); the outbox itself is written synchronously.
    m_cacheTimer->setSingleShot(true);
    m_cacheTimer->setInterval(300);
    connect(m_cacheTimer, &QTimer::timeout, this, &TrackSession::saveCache);
    const auto touched = [this] { m_cacheTimer->start(); };
    connect(m_entries, &TimeEntryModel::modelReset, this, touched);
    connect(m_entries, &TimeEntryModel::rowsInserted, this, touched);
    connect(m_entries, &TimeEntryModel::rowsRemoved, this, touched);
    connect(m_entries, &TimeEntryModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() != TimeEntryModel::Duration ||
                    bottomRight.column() != TimeEntryModel::Duration)
                    m_cacheTimer->start(); // not the running entry's ticking duration
            });
    if (auto related = RelatedCache(m_store.get()).loadTrack()) { // the pickers, before the network answers
        m_related = std::move(*related);
        m_entries->setProjects(m_related.projects);
    }
    loadLocal();
    m_since = m_cache->sinceWatermark(); // written with the cached rows, so it describes them
}

TrackSession::~TrackSession()
{
    if (m_cacheTimer->isActive())
        saveCache();
}

int TrackSession::pendingChangeCount() const
{
    return m_outbox->count();
}

bool TrackSession::isOnline() const
{
    return m_sync->isOnline();
}

QDateTime TrackSession::now() const
{
    return m_entries->clock() ? m_entries->clock()->nowUtc() : QDateTime::currentDateTimeUtc();
}

// Start-up: the cached entries, with every unsent change applied on top (the outbox is written
// before the model changes, so this is exact even after kill -9: a running timer comes back with
// its original start).
void TrackSession::loadLocal()
{
    QHash<qint64, TimeEntry> byId;
    for (TimeEntry &e : m_cache->load()) {
        e.id = m_outbox->resolve(e.id);
        if (!byId.contains(e.id))
            byId.insert(e.id, std::move(e));
    }
    for (const OutboxOp &op : m_outbox->pending()) {
        if (op.kind == OutboxOp::Kind::TrackBulkPatch) {
            const QList<JsonPatchOp> ops =
                TrackBulkSender::opsFromJson(op.payload.value(QLatin1String("ops")).toArray());
            for (qint64 id : TrackBulkSender::idsOf(op)) {
                const auto it = byId.find(id);
                if (it != byId.end()) {
                    *it = JsonPatchOp::applied(ops, *it);
                    enrich(*it);
                }
            }
        } else if (op.kind == OutboxOp::Kind::TrackBulkDelete) {
            for (qint64 id : TrackBulkSender::idsOf(op))
                byId.remove(id);
        } else if (op.kind == OutboxOp::Kind::Delete) {
            byId.remove(op.entryId);
        } else if (OutboxOp::isTrackEntryKind(op.kind)) {
            byId.insert(op.entryId, op.entry);
        }
    }
    if (byId.isEmpty())
        return;
    m_entries->setEntries(byId.values());
    m_sync->kick();
}

// The local database belongs to one account: another one neither gets its unsent changes nor
// shows its cached entries.
void TrackSession::checkAccount()
{
    const QString account = m_api->baseUrl().toString() + QLatin1Char('#') + QString::number(m_related.me.id);
    const QString stored = m_cache->account();
    if (stored.isEmpty() || stored == account || m_outbox->count() == 0) {
        if (!stored.isEmpty() && stored != account) {
            m_cache->clear(); // the (full) refresh that follows fills it for this account
            m_since = 0;
            m_history->reset();
        }
        m_cache->setAccount(account);
        m_sync->setPaused(false);
        return;
    }
    m_sync->setPaused(true);
    emit editFailed(tr("%n unsent change(s) belong to another account (%1); they are kept and sent when "
                       "you sign in to it again.",
                       nullptr, m_outbox->count())
                        .arg(stored));
}

void TrackSession::saveCache()
{
    m_cacheTimer->stop();
    if (m_pendingDeletes.isEmpty()) {
        m_cache->save(m_entries->entries(), m_since);
        return;
    }
    QList<TimeEntry> entries = m_entries->entries();
    for (const PendingDelete &pending : std::as_const(m_pendingDeletes))
        entries.append(pending.entry); // not deleted until the undo time is over
    m_cache->save(entries, m_since);
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

void TrackSession::createProject(qint64 workspaceId, const QString &name, const QString &color,
                                 ProjectDone done)
{
    if (!isOnline()) {
        const ApiError offline =
            ApiError::make(ApiError::Kind::Network, tr("Can't create a project while offline"));
        QTimer::singleShot(0, this,
                           [done = std::move(done), offline] { done(ApiResult<Project>::failure(offline)); });
        return;
    }
    m_api->createProject(
        workspaceId, name, color, this, [this, done = std::move(done)](ApiResult<Project> result) {
            if (result.ok()) {
                m_related.projects.append(*result.value); // in every picker at once, before any refresh
                RelatedCache(m_store.get()).saveTrack(m_related);
                m_entries->setProjects(m_related.projects);
                emit relatedChanged();
            }
            done(std::move(result));
        });
}

void TrackSession::signIn()
{
    m_signInTried = true;
    // The outbox is only sent to the server it was written for (the user is checked on answer).
    const QString server = m_cache->account().section(QLatin1Char('#'), 0, 0);
    if (server.isEmpty() || server == m_api->baseUrl().toString()) {
        m_sync->setPaused(false);
        m_sync->retryNow(); // the credentials are set: send what is waiting
    }
    m_api->meWithRelatedData(this, [this](ApiResult<RelatedData> result) {
        if (!result.ok()) {
            emit errorOccurred(*result.error);
            return;
        }
        m_related = std::move(*result.value);
        RelatedCache(m_store.get()).saveTrack(m_related);
        m_entries->setProjects(m_related.projects);
        m_signedIn = true;
        m_cache->setDefaultWorkspaceId(defaultWorkspaceId());
        m_cache->setUserId(m_related.me.id);
        checkAccount();
        m_sync->setDefaultWorkspaceId(defaultWorkspaceId());
        QList<qint64> workspaces;
        for (const Workspace &w : std::as_const(m_related.workspaces))
            workspaces.append(w.id);
        if (workspaces.isEmpty() && defaultWorkspaceId() != 0)
            workspaces.append(defaultWorkspaceId());
        m_history->setAccount(m_related.me.id, workspaces);
        emit relatedChanged();
        emit signedIn(m_related.me);
        refresh();
    });
}

void TrackSession::refresh()
{
    refreshEntries(false);
}

void TrackSession::fullRefresh()
{
    refreshEntries(true);
}

// One list read at a time: a refresh asked while one is on its way (a window activated during the
// sign-in's read) is answered by that one. Only a full list asked during an incremental read is
// still needed: it follows that read, once.
void TrackSession::refreshEntries(bool full)
{
    const bool continuous = m_since > 0 && now().toSecsSinceEpoch() - m_since < kMaxSinceAgeSeconds;
    const bool incremental = !full && continuous;
    if (m_reading) {
        if (!incremental && !m_readingFull)
            m_fullAfterRead = true;
        return;
    }
    m_reading = true;
    m_readingFull = !incremental;
    TimeEntryQuery query;
    query.meta = true;
    if (incremental)
        query.since = TrackTime::utcFromSecs(m_since - kSinceOverlapSeconds);
    const auto read = m_sentLog.startRead(); // open while the answer's callback lives
    m_api->listTimeEntries(
        query, this, [this, incremental, continuous, read](ApiResult<QList<TimeEntry>> result) {
            m_reading = false;
            const bool fullAfter = std::exchange(m_fullAfterRead, false);
            if (!result.ok()) {
                if (incremental && result.error->kind == ApiError::Kind::BadRequest) {
                    qCInfo(lcTrackSession,
                           "the server refused an incremental refresh (%s); reading the full list",
                           qUtf8Printable(result.error->toString()));
                    m_sinceRefused = true;
                    refreshEntries(true);
                    return;
                }
                emit refreshFailed(*result.error);
                emit errorOccurred(*result.error);
            } else {
                const QList<qint64> sent = m_sentLog.sentSince(*read);
                const QSet<qint64> sentSinceAsked(sent.cbegin(), sent.cend());
                if (incremental) {
                    applyChanges(std::move(*result.value), sentSinceAsked);
                } else {
                    const bool refused = std::exchange(m_sinceRefused, false);
                    applyFullList(std::move(*result.value), sentSinceAsked, continuous && !refused);
                }
            }
            if (fullAfter)
                refreshEntries(true);
        });
}

void TrackSession::noteSent(const OutboxOp &op, const OutboxOutcome &outcome)
{
    QList<qint64> ids;
    if (OutboxOp::isTrackEntryKind(op.kind)) {
        ids.append(op.entryId);
        if (outcome.entry.id != 0)
            ids.append(outcome.entry.id); // a create's server ID
    } else if (op.kind == OutboxOp::Kind::TrackBulkPatch || op.kind == OutboxOp::Kind::TrackBulkDelete) {
        ids = TrackBulkSender::idsOf(op);
    }
    m_sentLog.log(ids);
}

// The whole list replaces what the model shows in the range it covers (from its oldest start on:
// newest first, a window answer is cut at the old end), under the conflict rule (see the class
// comment): an entry with unsent changes keeps its local copy; one whose delete is queued stays
// hidden; entries created offline stay. So do entries whose change left the outbox after the list
// was asked for: the model already shows the server's answer to it, newer than the list. Entries
// older than the range (weeks of history) stay as they are.
void TrackSession::applyFullList(QList<TimeEntry> list, const QSet<qint64> &sentSinceAsked, bool continuous)
{
    const QSet<qint64> pending = m_outbox->pendingEntryIds();
    const QSet<qint64> deleting = m_outbox->pendingDeletes();
    advanceWatermark(list);
    QDateTime oldest;
    for (const TimeEntry &e : std::as_const(list)) {
        if (!oldest.isValid() || e.start < oldest)
            oldest = e.start;
    }
    const qsizetype answered = list.size();
    QSet<qint64> inList;
    inList.reserve(list.size());
    for (const TimeEntry &e : std::as_const(list))
        inList.insert(e.id);
    // Filtered in place: 10,000 entries are not copied into a second list on the GUI thread.
    list.removeIf([this, &pending, &sentSinceAsked](const TimeEntry &e) {
        if (m_pendingDeletes.contains(e.id))
            return true; // hidden until its DELETE is sent or undone
        if (pending.contains(e.id)) {
            noteConflict(e); // the local copy wins
            return true;
        }
        return sentSinceAsked.contains(e.id);
    });
    for (TimeEntry &e : list)
        enrich(e);
    for (const TimeEntry &local : m_entries->entries()) {
        if ((pending.contains(local.id) && !deleting.contains(local.id)) || sentSinceAsked.contains(local.id))
            list.append(local);
        else if (!inList.contains(local.id) && (!oldest.isValid() || local.start < oldest))
            list.append(local); // older than what the list covers: history, kept
    }
    // A row's error (a refused change) ends where the server's copy replaces it.
    QSet<qint64> fromServer;
    if (m_entries->hasErrors()) {
        for (const TimeEntry &e : std::as_const(list)) {
            if (inList.contains(e.id) && !pending.contains(e.id) && !sentSinceAsked.contains(e.id))
                fromServer.insert(e.id);
        }
    }
    const int count = static_cast<int>(list.size());
    m_entries->setEntries(std::move(list));
    for (qint64 id : std::as_const(fromServer))
        m_entries->clearError(id);
    if (!continuous)
        m_history->forgetAll(); // nothing kept the older weeks current meanwhile: read them again
    m_history->noteCovered(oldest, answered);
    m_cacheTimer->start(); // the watermark, even when no row changed
    emit refreshed(count);
}

// Whether a server copy of an entry must not replace the model's row: its delete is queued (an
// undo then shows this copy; a copy the server deleted ends the pending delete: nothing is left to
// delete or to bring back), it has unsent changes (the local copy wins: a conflict is noted), or
// its change left the outbox after the answer was asked for (the model shows the newer answer).
bool TrackSession::localCopyWins(TimeEntry &server, const QSet<qint64> &pending,
                                 const QSet<qint64> &sentSinceAsked)
{
    const auto pendingDelete = m_pendingDeletes.find(server.id);
    if (pendingDelete != m_pendingDeletes.end()) {
        if (server.serverDeletedAt) {
            pendingDelete->timer->deleteLater();
            m_pendingDeletes.erase(pendingDelete);
        } else {
            enrich(server);
            pendingDelete->entry = server;
        }
        return true;
    }
    if (pending.contains(server.id)) {
        noteConflict(server);
        return true;
    }
    return sentSinceAsked.contains(server.id);
}

// A `since` answer: only what changed (deleted entries included, with server_deleted_at), merged
// into the model under the same conflict rule (and skipping what is older than a confirmation).
void TrackSession::applyChanges(QList<TimeEntry> changes, const QSet<qint64> &sentSinceAsked)
{
    const QSet<qint64> pending = m_outbox->pendingEntryIds();
    advanceWatermark(changes);
    QList<TimeEntry> changed;
    QList<qint64> removed;
    for (TimeEntry &e : changes) {
        if (localCopyWins(e, pending, sentSinceAsked))
            continue;
        if (e.serverDeletedAt) {
            removed.append(e.id);
        } else {
            enrich(e);
            changed.append(std::move(e));
        }
    }
    // A row's error ends where a newer server copy replaces it (the overlap of `since` brings
    // unchanged copies again: those leave it).
    QList<qint64> newer;
    if (m_entries->hasErrors()) {
        for (const TimeEntry &e : std::as_const(changed)) {
            const int row = m_entries->rowOf(e.id);
            if (row < 0 || *m_entries->entry(row) != e)
                newer.append(e.id);
        }
    }
    m_entries->merge(changed, removed);
    for (qint64 id : std::as_const(newer))
        m_entries->clearError(id);
    m_cacheTimer->start();
    emit refreshed(m_entries->rowCount());
}

// A week of history: merged like a `since` answer (the watermark stays: these entries say nothing
// about what else changed), and what the week showed but the server no longer has is removed.
void TrackSession::applyWeek(const QDateTime &from, const QDateTime &to, QList<TimeEntry> entries,
                             const QSet<qint64> &sentSinceAsked)
{
    const QSet<qint64> pending = m_outbox->pendingEntryIds();
    QSet<qint64> inAnswer;
    QList<TimeEntry> changed;
    for (TimeEntry &e : entries) {
        inAnswer.insert(e.id);
        if (localCopyWins(e, pending, sentSinceAsked))
            continue;
        enrich(e);
        changed.append(std::move(e));
    }
    QList<qint64> removed;
    for (const TimeEntry &local : m_entries->entries()) {
        if (local.start >= from && local.start < to && local.id > 0 && !local.isRunning() &&
            !inAnswer.contains(local.id) && !pending.contains(local.id) && !sentSinceAsked.contains(local.id))
            removed.append(local.id);
    }
    m_entries->merge(changed, removed);
    m_cacheTimer->start(); // the rows, and the week as loaded with them
}

int TrackSession::ensureLoaded(const QDate &from, const QDate &to)
{
    return m_history->ensureLoaded(from, to);
}

bool TrackSession::loadEarlierWeek()
{
    if (m_history->isBusy())
        return false;
    const QDate week = m_history->nextEarlierWeek();
    return m_history->ensureLoaded(week, week) > 0;
}

// The newest server `at` seen: server time, so the client's clock never matters.
void TrackSession::advanceWatermark(const QList<TimeEntry> &list)
{
    for (const TimeEntry &e : list) {
        if (e.at && e.at->isValid())
            m_since = std::max(m_since, e.at->toSecsSinceEpoch());
        if (e.serverDeletedAt && e.serverDeletedAt->isValid())
            m_since = std::max(m_since, e.serverDeletedAt->toSecsSinceEpoch());
    }
}

// `server` arrived for an entry with a pending local change. The local change wins; if the
// server's copy is newer than the one the local edit started from, keep and log it.
void TrackSession::noteConflict(const TimeEntry &server)
{
    const int row = m_entries->rowOf(server.id);
    if (row < 0)
        return;
    const TimeEntry &local = *m_entries->entry(row);
    const bool newer = server.at && (!local.at || *server.at > *local.at);
    if (!newer)
        return;
    const auto known = m_serverCopies.constFind(server.id);
    if (known != m_serverCopies.constEnd() && known->at == server.at)
        return; // already reported
    TimeEntry copy = server;
    enrich(copy);
    m_serverCopies.insert(server.id, copy);
    qCInfo(lcTrackSession,
           "time entry %lld changed on the server (at %s) while a local change was unsent; "
           "the local change wins and overwrites it (server's copy: \"%s\"%s)",
           static_cast<long long>(server.id), qUtf8Printable(server.at->toString(Qt::ISODate)),
           qUtf8Printable(server.description.value_or(QString())), server.serverDeletedAt ? ", deleted" : "");
    emit conflictDetected(local, copy);
}

std::optional<TimeEntry> TrackSession::serverCopyOf(qint64 id) const
{
    const auto it = m_serverCopies.constFind(id);
    return it == m_serverCopies.constEnd() ? std::nullopt : std::optional<TimeEntry>(*it);
}

// The model already shows the edit; the outbox keeps it until the server confirms it.
void TrackSession::saveEdit(const TimeEntry &updated, const TimeEntry &previous)
{
    const qint64 seq = m_outbox->enqueue(OutboxOp::Kind::Update, updated);
    if (seq == 0) {
        const QString message = tr("Could not save “%1”: the local database refused it")
                                    .arg(previous.description.value_or(QString()));
        m_entries->revertEdit(previous, updated, message);
        emit editFailed(message);
        return;
    }
    m_editPrevious.insert(seq, previous);
    m_sync->kick();
}

// Writes the change to the outbox, then shows it (optimistic UI), then lets the engine send it.
// `done` gets the local entry, never from inside this call.
bool TrackSession::queueChange(OutboxOp::Kind kind, const TimeEntry &entry, EntryDone done)
{
    const qint64 seq = m_outbox->enqueue(kind, entry);
    ApiResult<TimeEntry> result = ApiResult<TimeEntry>::failure(
        ApiError::make(ApiError::Kind::BadRequest, tr("The change could not be saved locally")));
    if (seq != 0) {
        TimeEntry shown = entry;
        shown.id = m_outbox->resolve(entry.id);
        enrich(shown);
        m_entries->upsert(shown);
        m_sync->kick();
        result = ApiResult<TimeEntry>::success(shown);
    } else {
        emit errorOccurred(*result.error);
    }
    if (done)
        QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
    return seq != 0;
}

qint64 TrackSession::startEntry(TimeEntry draft, EntryDone done)
{
    if (draft.workspaceId == 0)
        draft.workspaceId = draft.projectId && project(*draft.projectId)
                                ? project(*draft.projectId)->workspaceId
                                : defaultWorkspaceId();
    if (draft.workspaceId == 0)
        draft.workspaceId = m_cache->defaultWorkspaceId();
    draft.id = m_outbox->allocateLocalId();
    draft.start = wholeSeconds(draft.start.isValid() ? draft.start : now());
    draft.stop.reset();
    draft.duration = -1;
    return queueChange(OutboxOp::Kind::Create, draft, std::move(done)) ? draft.id : 0;
}

// Stopped at the moment of the click: the stop goes out as a PUT with this exact stop time, so a
// stop queued offline never books the time spent offline.
void TrackSession::stopEntry(const TimeEntry &running, EntryDone done)
{
    TimeEntry stopped = running;
    const QDateTime at = std::max(wholeSeconds(now()), running.start);
    stopped.stop = at;
    stopped.duration = running.start.secsTo(at);
    queueChange(OutboxOp::Kind::Stop, stopped, std::move(done));
}

qint64 TrackSession::createEntry(TimeEntry entry, EntryDone done)
{
    if (entry.workspaceId == 0)
        entry.workspaceId = defaultWorkspaceId();
    if (entry.workspaceId == 0)
        entry.workspaceId = m_cache->defaultWorkspaceId();
    entry.id = m_outbox->allocateLocalId();
    entry.start = wholeSeconds(entry.start);
    if (entry.stop)
        entry.stop = wholeSeconds(*entry.stop);
    if (!queueChange(OutboxOp::Kind::Create, entry, std::move(done)))
        return 0;
    const int row = m_entries->rowOf(entry.id);
    emit entryCreated(row >= 0 ? *m_entries->entry(row) : entry);
    return entry.id;
}

void TrackSession::onRemapped(qint64 localId, const TimeEntry &answer)
{
    const auto pendingDelete = m_pendingDeletes.find(localId);
    if (pendingDelete != m_pendingDeletes.end()) {
        PendingDelete moved = *pendingDelete;
        moved.entry.id = answer.id;
        m_pendingDeletes.erase(pendingDelete);
        m_pendingDeletes.insert(answer.id, moved);
        disconnect(moved.timer, nullptr, this, nullptr);
        connect(moved.timer, &QTimer::timeout, this, [this, id = answer.id] { sendDelete(id); });
        return;
    }
    const int row = m_entries->rowOf(localId);
    if (row < 0)
        return; // deleted meanwhile (its delete is queued)
    TimeEntry shown = *m_entries->entry(row);
    shown.id = answer.id;
    if (!m_outbox->hasPendingFor(answer.id)) {
        shown = answer;
        enrich(shown);
    }
    m_entries->upsert(shown); // first: the timer never sees "nothing running" in between
    m_entries->remove(localId);
}

void TrackSession::onConfirmed(const OutboxOp &op, const TimeEntry &answer)
{
    m_editPrevious.remove(op.seq);
    if (!m_outbox->hasPendingFor(op.entryId))
        m_serverCopies.remove(op.entryId); // the local change reached the server: no conflict left
    if (op.kind == OutboxOp::Kind::Create || op.kind == OutboxOp::Kind::Delete)
        return; // onRemapped showed it / it is gone
    TimeEntry saved = answer;
    enrich(saved);
    const auto pendingDelete = m_pendingDeletes.find(saved.id);
    if (pendingDelete != m_pendingDeletes.end()) {
        pendingDelete->entry = saved;
        return;
    }
    if (!m_outbox->hasPendingFor(saved.id) && m_entries->rowOf(saved.id) >= 0)
        m_entries->confirmEdit(saved); // a later local change would win (see the class comment)
}

void TrackSession::onDropped(const OutboxOp &op, const ApiError &error)
{
    const QString what = op.entry.description.value_or(QString());
    QString message;
    switch (op.kind) {
    case OutboxOp::Kind::Create:
        message = tr("The server refused the new entry “%1”: %2").arg(what, error.toString());
        m_entries->remove(op.entryId);
        break;
    case OutboxOp::Kind::Update:
        message = tr("Could not save “%1”: %2").arg(what, error.toString());
        break;
    case OutboxOp::Kind::Stop:
        message = tr("Could not stop “%1”: %2").arg(what, error.toString());
        break;
    case OutboxOp::Kind::Delete:
        message = tr("Could not delete “%1”: %2").arg(what, error.toString());
        break;
    default: // bulk kinds: reported by their runner (SyncEngine::sent), never dropped() here
        return;
    }
    const auto previous = m_editPrevious.constFind(op.seq);
    const bool conflicted = m_serverCopies.contains(op.entryId) && !m_outbox->hasPendingFor(op.entryId);
    if (conflicted) {
        // The server's copy that this change would have overwritten is the truth again (deleted
        // on the server: the refused change was an edit of a deleted entry).
        const TimeEntry server = m_serverCopies.take(op.entryId);
        m_editPrevious.remove(op.seq);
        if (server.serverDeletedAt)
            m_entries->remove(server.id);
        else
            m_entries->upsert(server);
    } else if (previous != m_editPrevious.constEnd()) {
        m_entries->revertEdit(*previous, op.entry, message);
        m_editPrevious.erase(previous);
    } else if (op.kind != OutboxOp::Kind::Create && m_signedIn) {
        fullRefresh(); // the server's copy is the truth again (a `since` refresh may not bring it)
    }
    emit editFailed(message);
    emit errorOccurred(error);
    emit changeRefused(message);
}

// A bulk change is in the outbox (OutboxBatchRun): show it now, as single edits are, and keep
// each entry's previous copy in case the server refuses it.
void TrackSession::showBulkChanges(const QList<qint64> &seqs)
{
    QList<TimeEntry> changed;
    QList<qint64> removed;
    for (qint64 seq : seqs) {
        const std::optional<OutboxOp> op = m_outbox->op(seq);
        if (!op ||
            (op->kind != OutboxOp::Kind::TrackBulkPatch && op->kind != OutboxOp::Kind::TrackBulkDelete))
            continue;
        const QList<JsonPatchOp> ops =
            TrackBulkSender::opsFromJson(op->payload.value(QLatin1String("ops")).toArray());
        QHash<qint64, TimeEntry> &previous = m_bulkPrevious[seq];
        for (qint64 id : TrackBulkSender::idsOf(*op)) {
            const int row = m_entries->rowOf(id);
            if (row < 0)
                continue;
            const TimeEntry &before = *m_entries->entry(row);
            previous.insert(id, before);
            if (op->kind == OutboxOp::Kind::TrackBulkDelete) {
                removed.append(id);
                continue;
            }
            TimeEntry after = JsonPatchOp::applied(ops, before);
            enrich(after);
            changed.append(std::move(after));
        }
    }
    m_entries->merge(changed, removed); // one reset for a large edit
}

// Per-ID refusals (or the whole request refused): those entries get their previous copy back.
// The runner, if still open, reports them; the row keeps the message too.
void TrackSession::onBulkSent(const OutboxOp &op, const OutboxOutcome &outcome)
{
    if (op.kind != OutboxOp::Kind::TrackBulkPatch && op.kind != OutboxOp::Kind::TrackBulkDelete)
        return;
    const bool known = m_bulkPrevious.contains(op.seq);
    const QHash<qint64, TimeEntry> previous = m_bulkPrevious.take(op.seq);
    if (!outcome.error) {
        const QSet<qint64> pending = m_outbox->pendingEntryIds();
        for (qint64 id : outcome.bulk.success) {
            if (!pending.contains(id))
                m_entries->clearError(id); // a later change of the entry went through
        }
    }
    QList<BulkFailure> failed = outcome.bulk.failure;
    if (outcome.error) {
        failed.clear();
        for (qint64 id : TrackBulkSender::idsOf(op))
            failed.append(BulkFailure{id, outcome.error->toString()});
    }
    if (failed.isEmpty())
        return;
    if (!known) { // queued before a restart: the server's copy is the truth again
        if (m_signedIn)
            fullRefresh(); // a `since` refresh may not bring it; pending entries stay as shown
        return;
    }
    const QSet<qint64> pending = m_outbox->pendingEntryIds();
    for (const BulkFailure &f : std::as_const(failed)) {
        const auto it = previous.constFind(f.id);
        if (it != previous.constEnd() && !pending.contains(f.id)) // a later local change wins
            restoreBulkEntry(*it, f.message);
    }
}

// A cancelled bulk run took its unsent rows out of the outbox: undo what they showed.
void TrackSession::onBulkWithdrawn(const QList<qint64> &seqs)
{
    QSet<qint64> pending;
    bool pendingRead = false;
    for (qint64 seq : seqs) {
        const QHash<qint64, TimeEntry> previous = m_bulkPrevious.take(seq);
        if (!previous.isEmpty() && !pendingRead) {
            pending = m_outbox->pendingEntryIds();
            pendingRead = true;
        }
        for (const TimeEntry &e : previous) {
            if (!pending.contains(e.id))
                restoreBulkEntry(e, {});
        }
    }
}

void TrackSession::restoreBulkEntry(const TimeEntry &previous, const QString &error)
{
    if (m_entries->rowOf(previous.id) < 0)
        m_entries->upsert(previous); // a refused or cancelled delete: shown again
    const TimeEntry shown = *m_entries->entry(m_entries->rowOf(previous.id));
    m_entries->revertEdit(previous, shown, error); // the message stays on the row
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
    if (m_outbox->enqueue(OutboxOp::Kind::Delete, entry) == 0) {
        m_entries->upsert(entry); // could not even queue it: show it again
        return;
    }
    m_cacheTimer->start();
    m_sync->kick();
}

// meta=true gives names and colours, but a server may leave them out (and PUT/POST answers never
// carry them): fill them from related data.
void TrackSession::enrich(TimeEntry &e) const
{
    if (!e.tags && e.tagIds) { // the Reports API names tags by ID only: named when all are known
        QStringList names;
        for (qint64 id : std::as_const(*e.tagIds)) {
            const auto tag = std::find_if(m_related.tags.cbegin(), m_related.tags.cend(),
                                          [id](const Tag &t) { return t.id == id; });
            if (tag == m_related.tags.cend())
                break;
            names.append(tag->name);
        }
        if (names.size() == e.tagIds->size())
            e.tags = names;
    }
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
