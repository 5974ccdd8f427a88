#pragma once

#include "app/track/BulkResult.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <functional>
#include <utility>

namespace punchclock::test {

// Starts a bulk runner (edit or delete) and waits until it finishes; returns its result and error.
template<class Runner>
std::pair<BulkResult, QString> runToEnd(Runner *runner, std::function<void(int)> onProgress = {})
{
    BulkResult result;
    QString error;
    bool done = false;
    QObject::connect(runner, &Runner::finished, [&](const BulkResult &r, const QString &e) {
        result = r;
        error = e;
        done = true;
    });
    if (onProgress)
        QObject::connect(runner, &Runner::progress, [onProgress](int n, int) { onProgress(n); });
    runner->start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("runner did not finish");
    return {result, error};
}

} // namespace punchclock::test
