#include "sync/FocusSync.h"

#include "api/FocusApi.h"
#include "bulk/FocusBulkEditor.h"
#include "focus/FocusSession.h"
#include "focus/FocusTaskModel.h"
#include "focus/FocusTaskTimer.h"
#include "focus/FocusTimeEntryModel.h"
#include "sync/FocusBulkSender.h"
#include "sync/FocusEntrySender.h"
#include "sync/Outbox.h"
#include "sync/RelatedCache.h"
#include "sync/SyncEngine.h"

namespace punchclock {

FocusSync::FocusSync(FocusApi *api, LocalStore *store, QObject *parent)
    : QObject(parent), m_api(api), m_outbox(new Outbox(store, OutboxOp::Product::Focus, this)),
      m_engine(new SyncEngine(m_outbox, this))
{
    using Kind = OutboxOp::Kind;
    auto entries = std::make_shared<FocusEntrySender>(api, m_outbox);
    for (Kind kind : {Kind::FocusCreate, Kind::FocusPatch, Kind::FocusArchive, Kind::FocusUnarchive,
                      Kind::FocusRestore, Kind::FocusDelete})
        m_engine->addSender(kind, entries);
    auto bulk = std::make_shared<FocusBulkSender>(api);
    for (Kind kind : {Kind::FocusBulkPatch, Kind::FocusBulkDelete, Kind::FocusBulkRestore})
        m_engine->addSender(kind, bulk);
    m_engine->kick(); // what an earlier run left
}

qint64 FocusSync::enqueue(OutboxOp::Kind kind, qint64 entryId, const QJsonObject &payload)
{
    const qint64 seq = m_outbox->enqueue(kind, entryId, payload);
    if (seq != 0)
        m_engine->kick();
    return seq;
}

qint64 FocusSync::allocateLocalId()
{
    return m_outbox->allocateLocalId();
}

int FocusSync::pendingCount() const
{
    return m_outbox->count();
}

void FocusSync::attach(FocusSession *session)
{
    session->timer()->setSync(this);
    session->entries()->setSync(this);
    RelatedCache cache(m_outbox->store());
    if (session->tasks()->tasks().isEmpty()) {
        if (const auto cached = cache.loadFocusTasks(m_api->organizationId()))
            session->tasks()->setTasks(*cached);
    }
    connect(session, &FocusSession::tasksLoaded, this, [this, session] {
        RelatedCache(m_outbox->store()).saveFocusTasks(m_api->organizationId(), session->tasks()->tasks());
        retryNow();
    });
}

void FocusSync::attach(FocusBulkEditor *editor)
{
    editor->setSync(this);
}

void FocusSync::cacheTasks(FocusTaskModel *model, qint64 organizationId)
{
    if (model->tasks().isEmpty()) {
        if (const auto cached = RelatedCache(m_outbox->store()).loadFocusTasks(organizationId))
            model->setTasks(*cached);
    }
    connect(model, &FocusTaskModel::modelReset, this, [this, model, organizationId] {
        RelatedCache(m_outbox->store()).saveFocusTasks(organizationId, model->tasks());
    });
}

void FocusSync::retryNow()
{
    m_engine->retryNow();
}

} // namespace punchclock
