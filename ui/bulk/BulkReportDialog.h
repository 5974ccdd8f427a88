// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/BulkResult.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QList>

class QLabel;
class QTreeWidget;

namespace punchclock {

// What a bulk run did: a headline with the counts and, per refused entry, its description, date
// and the server's message. Entries never sent (cancelled or stopped by an error) are counted.
class BulkReportDialog : public QDialog
{
    Q_OBJECT
public:
    struct EntryInfo
    {
        QString description;
        QDateTime start;
    };

    enum class Action
    {
        Changed,
        Deleted,
        Restored,
    };

    BulkReportDialog(Action action, const BulkResult &result, const QString &error,
                     const QHash<qint64, EntryInfo> &entries, QWidget *parent = nullptr);

private:
    QLabel *m_headline;
    QTreeWidget *m_failures;
};

} // namespace punchclock
