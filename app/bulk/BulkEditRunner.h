#pragma once

#include "bulk/BulkEditPlan.h"
#include "bulk/BulkResultMetaType.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace punchclock {

class BulkEditJob;
class TrackApi;

// Sends a BulkEditPlan: its steps one after the other, each as bulk PATCH requests of at most 100
// IDs, merged into one BulkResult. cancel() stops before the next request (the one in flight is
// answered and counted); IDs never sent end in `unconfirmed`. Emits finished() once, then may be
// deleted (deleteLater) by whoever owns it.
class BulkEditRunner : public QObject
{
    Q_OBJECT
public:
    BulkEditRunner(TrackApi *api, BulkEditPlan plan, QObject *parent = nullptr);

    const BulkEditPlan &plan() const { return m_plan; }
    int requestsTotal() const { return m_plan.requestCount(); }
    int requestsDone() const { return m_requestsBefore + m_stepRequestsDone; }
    bool isRunning() const { return m_running; }

public slots:
    void start();
    void cancel();

signals:
    void progress(int requestsDone, int requestsTotal);
    // `error` is empty unless a request failed as a whole (network, auth...): then the IDs it and
    // the later requests carried are in result.unconfirmed.
    void finished(const punchclock::BulkResult &result, const QString &error);

private:
    void runStep();
    void finish();

    TrackApi *m_api;
    BulkEditPlan m_plan;
    int m_step = 0;
    int m_requestsBefore = 0;
    int m_stepRequestsDone = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
    BulkResult m_result;
    QPointer<BulkEditJob> m_job;
};

} // namespace punchclock

