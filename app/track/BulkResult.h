// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace punchclock {

// One ID the server refused in a bulk edit, with its reason.
struct BulkFailure
{
    qint64 id = 0;
    QString message;

    friend bool operator==(const BulkFailure &, const BulkFailure &) = default;
};

// The merged outcome of a bulk edit over one or more PATCH batches. A partial failure is a normal
// result: the server applies the successful part without rollback.
struct BulkResult
{
    QList<qint64> success;
    QList<BulkFailure> failure;
    QList<qint64> unconfirmed; // no answer: batches skipped after cancel(), or a batch that failed
    int batchesDone = 0;
    int batchesTotal = 0;
    bool cancelled = false;

    bool allSucceeded() const { return failure.isEmpty() && unconfirmed.isEmpty() && !cancelled; }
    // Adds one batch answer: {"success":[ids],"failure":[{"id","message"}]} (either may be null).
    void merge(const QJsonObject &batchAnswer);
    static BulkResult fromJson(const QJsonObject &batchAnswer);

    friend bool operator==(const BulkResult &, const BulkResult &) = default;
};

} // namespace punchclock
