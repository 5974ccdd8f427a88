// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/BulkResult.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace punchclock {

// A bulk change run as a sequence of requests, each over some entry IDs: the one shape of every
// bulk run (the Track API's PATCH batches, the outbox runs, Focus's requests), so callers start,
// stop and follow any of them the same way. progress() comes per answered request, finished()
// once with the merged result; then the job deletes itself (deleteLater).
class BulkJob : public QObject
{
    Q_OBJECT
public:
    // `requests`: the IDs of each request, in the order they are sent.
    explicit BulkJob(QList<QList<qint64>> requests, QObject *parent = nullptr);

    int total() const { return m_result.batchesTotal; } // requests
    int done() const { return m_result.batchesDone; }   // requests answered
    bool isRunning() const { return m_running; }
    // What ended the run early, for the report (e.g. the server unreachable); empty when nothing
    // did. Set before finished().
    QString errorString() const { return m_error; }

public slots:
    // Starts the run (once: ignored while it runs).
    void start();
    // Stops before the next request: the one in flight is answered and counted.
    virtual void cancel() { m_cancelRequested = true; }

signals:
    void progress(int done, int total);
    void finished(const punchclock::BulkResult &result);

protected:
    // What start() runs.
    virtual void run() = 0;
    const QList<qint64> &requestIds(int request) const { return m_requests.at(request); }
    bool cancelRequested() const { return m_cancelRequested; }
    // One request answered: counted and reported.
    void advance();
    // A request refused as a whole: all its IDs fail with the server's message.
    void refuse(int request, const QString &message);
    // A request without an answer: its IDs end in `unconfirmed`.
    void leaveUnanswered(int request);
    void leaveRestUnanswered(); // every request not answered yet
    void finish(const QString &error = {});

    BulkResult m_result;

private:
    QList<QList<qint64>> m_requests;
    QString m_error;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace punchclock

// BulkResult travels in finished() (queued connections, QSignalSpy).
Q_DECLARE_METATYPE(punchclock::BulkResult)
