// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/BulkJob.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <functional>
#include <utility>

namespace punchclock::test {

// Starts a bulk job (Track edit or delete, Focus run) and waits until it finishes; returns its
// result and error.
inline std::pair<BulkResult, QString> runToEnd(BulkJob *job, std::function<void(int)> onProgress = {})
{
    BulkResult result;
    QString error;
    bool done = false;
    QObject::connect(job, &BulkJob::finished, [&, job](const BulkResult &r) {
        result = r;
        error = job->errorString();
        done = true;
    });
    if (onProgress)
        QObject::connect(job, &BulkJob::progress, [onProgress](int n, int) { onProgress(n); });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("bulk job did not finish");
    return {result, error};
}

} // namespace punchclock::test
