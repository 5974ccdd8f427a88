#include "bulk/BulkDeleteRunner.h"

#include "api/TrackApi.h"

namespace punchclock {

BulkDeleteRunner::BulkDeleteRunner(TrackApi *api, QList<TimeEntry> entries, QObject *parent)
    : QObject(parent), m_api(api), m_entries(std::move(entries))
{
    qRegisterMetaType<punchclock::BulkResult>();
    m_result.batchesTotal = total();
}

void BulkDeleteRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    emit progress(0, total());
    next();
}

void BulkDeleteRunner::next()
{
    if (m_next >= total() || m_cancelled) {
        for (int i = m_next; i < total(); ++i)
            m_result.unconfirmed.append(m_entries.at(i).id);
        m_result.cancelled = m_cancelled && m_next < total();
        m_running = false;
        emit finished(m_result, QString());
        return;
    }
    const TimeEntry &e = m_entries.at(m_next);
    m_api->deleteTimeEntry(e.workspaceId, e.id, this, [this, id = e.id](ApiResult<NoContent> answer) {
        if (answer.ok())
            m_result.success.append(id);
        else
            m_result.failure.append(BulkFailure{id, answer.error->message});
        ++m_next;
        ++m_result.batchesDone;
        emit progress(m_next, total());
        next();
    });
}

} // namespace punchclock
