#pragma once

#include "api/ApiError.h"
#include "api/TrackApi.h"
#include "models/TimeEntryModel.h"
#include "track/RelatedData.h"

#include <QObject>

namespace punchclock {

// One signed-in Track account: the API service, what the pickers need, and the entries model.
// Widgets talk to this, never to the network directly.
class TrackSession : public QObject
{
    Q_OBJECT
public:
    explicit TrackSession(TrackApi *api, QObject *parent = nullptr);

    TrackApi *api() const { return m_api; }
    TimeEntryModel *entries() const { return m_entries; }
    const RelatedData &related() const { return m_related; }
    bool isSignedIn() const { return m_signedIn; }

public slots:
    // Verifies the credentials (GET /me with related data), then loads the entries.
    void signIn();
    void refresh();

signals:
    void signedIn(const punchclock::Me &me);
    void refreshed(int entryCount);
    void errorOccurred(const punchclock::ApiError &error);

private:
    void enrich(QList<TimeEntry> &entries) const;

    TrackApi *m_api;
    TimeEntryModel *m_entries;
    RelatedData m_related;
    bool m_signedIn = false;
};

} // namespace punchclock
