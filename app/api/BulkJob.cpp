// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/BulkJob.h"

namespace punchclock {

BulkJob::BulkJob(QList<QList<qint64>> requests, QObject *parent)
    : QObject(parent), m_requests(std::move(requests))
{
    qRegisterMetaType<punchclock::BulkResult>();
    m_result.batchesTotal = static_cast<int>(m_requests.size());
}

void BulkJob::start()
{
    if (m_running)
        return;
    m_running = true;
    run();
}

void BulkJob::advance()
{
    ++m_result.batchesDone;
    emit progress(done(), total());
}

void BulkJob::refuse(int request, const QString &message)
{
    for (qint64 id : m_requests.at(request))
        m_result.failure.append(BulkFailure{id, message});
}

void BulkJob::leaveUnanswered(int request)
{
    m_result.unconfirmed += m_requests.at(request);
}

void BulkJob::leaveRestUnanswered()
{
    for (int i = done(); i < total(); ++i)
        leaveUnanswered(i);
}

void BulkJob::finish(const QString &error)
{
    m_running = false;
    m_error = error;
    deleteLater();
    emit finished(m_result);
}

} // namespace punchclock
