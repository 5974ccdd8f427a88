#include "bulk/BulkEditRunner.h"

#include "api/TrackApi.h"

namespace punchclock {

BulkEditRunner::BulkEditRunner(TrackApi *api, BulkEditPlan plan, QObject *parent)
    : QObject(parent), m_api(api), m_plan(std::move(plan))
{
    qRegisterMetaType<punchclock::BulkResult>();
}

void BulkEditRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result.batchesTotal = requestsTotal();
    emit progress(0, requestsTotal());
    runStep();
}

void BulkEditRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void BulkEditRunner::runStep()
{
    if (m_step >= m_plan.steps().size() || m_cancelled || !m_error.isEmpty()) {
        finish();
        return;
    }
    const BulkEditStep &step = m_plan.steps().at(m_step);
    m_stepRequestsDone = 0;
    m_job = m_api->bulkEditTimeEntries(step.workspaceId, step.ids, step.ops, this,
                                       [this](ApiResult<BulkResult> answer) {
        const int stepRequests = static_cast<int>((m_plan.steps().at(m_step).ids.size() + TrackApi::kMaxBulkIds - 1) /
                                                  TrackApi::kMaxBulkIds);
        if (answer.value) {
            m_result.success += answer.value->success;
            m_result.failure += answer.value->failure;
            m_result.unconfirmed += answer.value->unconfirmed;
            m_result.batchesDone += answer.value->batchesDone;
            m_stepRequestsDone = answer.value->batchesDone;
            if (answer.value->cancelled)
                m_cancelled = true;
        } else {
            m_result.unconfirmed += m_plan.steps().at(m_step).ids;
        }
        if (answer.error)
            m_error = answer.error->message;
        m_requestsBefore += stepRequests;
        m_stepRequestsDone = 0;
        ++m_step;
        emit progress(requestsDone(), requestsTotal());
        runStep();
    });
    if (m_job) {
        connect(m_job, &BulkEditJob::progress, this, [this](int done, int) {
            m_stepRequestsDone = done;
            emit progress(requestsDone(), requestsTotal());
        });
        if (m_cancelled)
            m_job->cancel();
    }
}

void BulkEditRunner::finish()
{
    // Steps never started: their IDs had no answer.
    for (qsizetype i = m_step; i < m_plan.steps().size(); ++i)
        m_result.unconfirmed += m_plan.steps().at(i).ids;
    m_result.cancelled = m_cancelled;
    m_running = false;
    emit finished(m_result, m_error);
}

} // namespace punchclock
