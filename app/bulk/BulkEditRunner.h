#pragma once

#include "app/bulk/BulkEditPlan.h"
#include "app/bulk/BulkResultMetaType.h"

#include <QObject>
#include <QString>

namespace punchclock {

class OutboxBatchRun;
class SyncEngine;

// Sends a BulkEditPlan through the Track outbox: each step as bulk PATCH requests of at most 100
// IDs, one outbox row each (written before anything is sent, so a crash or the network going away
// loses nothing), merged into one BulkResult. cancel() drops the requests not yet sent from the
// outbox (the one in flight is answered and counted); their IDs end in `unconfirmed`. Emits
// finished() once, then may be deleted (deleteLater) by whoever owns it.
class BulkEditRunner : public QObject
{
    Q_OBJECT
public:
    BulkEditRunner(SyncEngine *engine, BulkEditPlan plan, QObject *parent = nullptr);

    const BulkEditPlan &plan() const { return m_plan; }
    int requestsTotal() const { return m_plan.requestCount(); }
    int requestsDone() const;
    bool isRunning() const;

public slots:
    void start();
    void cancel();

signals:
    void progress(int requestsDone, int requestsTotal);
    // `error` is empty unless a request could not be sent (the server unreachable): then the IDs
    // without an answer are in result.unconfirmed, and still queued to be sent later.
    void finished(const punchclock::BulkResult &result, const QString &error);

private:
    BulkEditPlan m_plan;
    OutboxBatchRun *m_run;
};

} // namespace punchclock
