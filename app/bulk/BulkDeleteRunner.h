#pragma once

#include "bulk/BulkResultMetaType.h"
#include "track/TimeEntry.h"

#include <QList>
#include <QObject>
#include <QString>

namespace punchclock {

class TrackApi;

// Deletes Track entries one by one: Track has no bulk DELETE. Requests go one after the other,
// so the transport's quota pacing (it waits when the hourly quota is spent) sets the pace.
// cancel() stops before the next DELETE. A refused DELETE lands in `failure` with the server's
// message and the run goes on; IDs never sent land in `unconfirmed`.
class BulkDeleteRunner : public QObject
{
    Q_OBJECT
public:
    BulkDeleteRunner(TrackApi *api, QList<TimeEntry> entries, QObject *parent = nullptr);

    int total() const { return static_cast<int>(m_entries.size()); }
    bool isRunning() const { return m_running; }

public slots:
    void start();
    void cancel() { m_cancelled = true; }

signals:
    void progress(int done, int total);
    void finished(const punchclock::BulkResult &result, const QString &error);

private:
    void next();

    TrackApi *m_api;
    QList<TimeEntry> m_entries;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    BulkResult m_result;
};

} // namespace punchclock
