#pragma once

#include "app/bulk/BulkResultMetaType.h"
#include "app/track/TimeEntry.h"

#include <QList>
#include <QObject>
#include <QString>

namespace punchclock {

class OutboxBatchRun;
class SyncEngine;

// Deletes Track entries through the outbox, one DELETE (and one outbox row) per entry: Track has
// no bulk DELETE. The rows are written first, then sent one after the other, so the transport's
// quota pacing sets the pace. cancel() drops the DELETEs not yet sent. A refused DELETE lands in
// `failure` with the server's message and the run goes on; IDs never sent land in `unconfirmed`.
class BulkDeleteRunner : public QObject
{
    Q_OBJECT
public:
    BulkDeleteRunner(SyncEngine *engine, QList<TimeEntry> entries, QObject *parent = nullptr);

    int total() const { return m_total; }
    bool isRunning() const;

public slots:
    void start();
    void cancel();

signals:
    void progress(int done, int total);
    void finished(const punchclock::BulkResult &result, const QString &error);

private:
    int m_total = 0;
    OutboxBatchRun *m_run;
};

} // namespace punchclock
