#include "session/TrackSession.h"

namespace punchclock {

TrackSession::TrackSession(TrackApi *api, QObject *parent)
    : QObject(parent), m_api(api), m_entries(new TimeEntryModel(this))
{
}

void TrackSession::signIn()
{
    m_api->meWithRelatedData(this, [this](ApiResult<RelatedData> result) {
        if (!result.ok()) {
            emit errorOccurred(*result.error);
            return;
        }
        m_related = std::move(*result.value);
        m_signedIn = true;
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
        enrich(*result.value);
        const int count = static_cast<int>(result.value->size());
        m_entries->setEntries(std::move(*result.value));
        emit refreshed(count);
    });
}

// meta=true gives names and colours, but a server may leave them out: fill them from related data.
void TrackSession::enrich(QList<TimeEntry> &entries) const
{
    for (TimeEntry &e : entries) {
        if (!e.projectId || (e.projectName && e.projectColor))
            continue;
        for (const Project &p : m_related.projects) {
            if (p.id == *e.projectId) {
                e.projectName = p.name;
                e.projectColor = p.color;
                break;
            }
        }
    }
}

} // namespace punchclock
