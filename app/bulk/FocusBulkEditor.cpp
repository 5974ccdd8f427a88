#include "bulk/FocusBulkEditor.h"

#include "api/FocusApi.h"

#include <QSet>

namespace punchclock {

namespace {
template<class T> QList<QList<T>> chunks(const QList<T> &all, int size)
{
    QList<QList<T>> out;
    for (qsizetype i = 0; i < all.size(); i += size)
        out.append(all.mid(i, size));
    return out;
}
} // namespace

FocusBulkEditor::FocusBulkEditor(FocusApi *api, QObject *parent) : QObject(parent), m_api(api)
{
    qRegisterMetaType<punchclock::BulkResult>();
}

QList<FocusEntryPatch> FocusBulkEditor::patchesFor(const QList<FocusTimeEntry> &entries, const FocusBulkChoices &choices)
{
    QList<FocusEntryPatch> patches;
    for (const FocusTimeEntry &e : entries) {
        FocusEntryPatch p;
        p.id = e.id;
        p.type = choices.type;
        p.taskId = choices.taskId;
        if (choices.shiftSeconds != 0 && e.start.isValid())
            p.start = e.start.addSecs(choices.shiftSeconds);
        if (!p.isEmpty())
            patches.append(p);
    }
    return patches;
}

QList<FocusEntryPatch> FocusBulkEditor::undoPatchesFor(const QList<FocusTimeEntry> &previous, const FocusBulkChoices &choices)
{
    QList<FocusEntryPatch> patches;
    for (const FocusTimeEntry &e : previous) {
        FocusEntryPatch p;
        p.id = e.id;
        if (choices.type)
            p.type = e.type;
        if (choices.taskId && e.taskId)
            p.taskId = e.taskId;
        if (choices.shiftSeconds != 0 && e.start.isValid())
            p.start = e.start;
        if (!p.isEmpty())
            patches.append(p);
    }
    return patches;
}

bool FocusBulkEditor::edit(const QList<FocusTimeEntry> &entries, const FocusBulkChoices &choices)
{
    if (m_running)
        return false;
    QList<Request> requests;
    for (const QList<FocusEntryPatch> &chunk : chunks(patchesFor(entries, choices), kMaxIds)) {
        QList<qint64> ids;
        for (const FocusEntryPatch &p : chunk)
            ids.append(p.id);
        requests.append({ids, [this, chunk](auto reply) {
                             m_api->bulkPatchTimeEntries(chunk, this, [reply](ApiResult<NoContent> r) {
                                 reply(r.ok() ? std::nullopt : std::optional<QString>(r.error->message));
                             });
                         }});
    }
    return run(requests, [this, entries, choices](const BulkResult &result) {
        const QSet<qint64> done(result.success.cbegin(), result.success.cend());
        QList<FocusTimeEntry> changed;
        for (const FocusTimeEntry &e : entries) {
            if (done.contains(e.id))
                changed.append(e);
        }
        if (!changed.isEmpty())
            setUndo(undoPatchesFor(changed, choices));
    });
}

bool FocusBulkEditor::remove(const QList<qint64> &ids)
{
    if (m_running)
        return false;
    QList<Request> requests;
    for (const QList<qint64> &chunk : chunks(ids, kMaxIds)) {
        requests.append({chunk, [this, chunk](auto reply) {
                             m_api->bulkDeleteTimeEntries(chunk, this, [reply](ApiResult<NoContent> r) {
                                 reply(r.ok() ? std::nullopt : std::optional<QString>(r.error->message));
                             });
                         }});
    }
    return run(requests);
}

bool FocusBulkEditor::restore(const QList<qint64> &ids)
{
    if (m_running)
        return false;
    QList<Request> requests;
    for (const QList<qint64> &chunk : chunks(ids, kMaxIds)) {
        requests.append({chunk, [this, chunk](auto reply) {
                             m_api->bulkRestoreTimeEntries(chunk, this, [reply](ApiResult<NoContent> r) {
                                 reply(r.ok() ? std::nullopt : std::optional<QString>(r.error->message));
                             });
                         }});
    }
    return run(requests);
}

bool FocusBulkEditor::undo()
{
    if (m_running || m_undo.isEmpty())
        return false;
    const QList<FocusEntryPatch> patches = m_undo;
    setUndo({});
    QList<Request> requests;
    for (const QList<FocusEntryPatch> &chunk : chunks(patches, kMaxIds)) {
        QList<qint64> ids;
        for (const FocusEntryPatch &p : chunk)
            ids.append(p.id);
        requests.append({ids, [this, chunk](auto reply) {
                             m_api->bulkPatchTimeEntries(chunk, this, [reply](ApiResult<NoContent> r) {
                                 reply(r.ok() ? std::nullopt : std::optional<QString>(r.error->message));
                             });
                         }});
    }
    return run(requests);
}

bool FocusBulkEditor::run(QList<Request> requests, std::function<void(const BulkResult &)> onDone)
{
    m_requests = std::move(requests);
    m_onDone = std::move(onDone);
    m_next = 0;
    m_running = true;
    m_cancelled = false;
    m_error.clear();
    m_result = BulkResult{};
    m_result.batchesTotal = static_cast<int>(m_requests.size());
    emit progress(0, m_result.batchesTotal);
    next();
    return true;
}

void FocusBulkEditor::next()
{
    if (m_next >= m_requests.size() || m_cancelled) {
        for (qsizetype i = m_next; i < m_requests.size(); ++i)
            m_result.unconfirmed += m_requests.at(i).ids;
        m_result.cancelled = m_cancelled && m_next < m_requests.size();
        m_running = false;
        if (m_onDone)
            m_onDone(m_result);
        emit finished(m_result, m_error);
        return;
    }
    m_requests.at(m_next).send([this](std::optional<QString> error) {
        const QList<qint64> &ids = m_requests.at(m_next).ids;
        if (error) {
            for (qint64 id : ids)
                m_result.failure.append(BulkFailure{id, *error});
        } else {
            m_result.success += ids;
        }
        ++m_next;
        ++m_result.batchesDone;
        emit progress(m_next, static_cast<int>(m_requests.size()));
        next();
    });
}

void FocusBulkEditor::setUndo(QList<FocusEntryPatch> patches)
{
    m_undo = std::move(patches);
    emit undoAvailableChanged(!m_undo.isEmpty());
}

} // namespace punchclock
