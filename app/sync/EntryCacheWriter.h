// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <memory>

class QObject;
class QThread;

namespace punchclock {

class LocalStore;

// Writes cache rows off the GUI thread: a thread of its own with its own SQLite connection to the
// same file (WAL lets the GUI thread read and write meanwhile). Jobs run in the order given.
// For ":memory:" (a separate connection would be a separate database) it writes at once, on the
// caller's connection.
class EntryCacheWriter
{
    Q_DISABLE_COPY_MOVE(EntryCacheWriter)

public:
    struct Job
    {
        bool replaceAll = false; // delete every row first
        QList<TimeEntry> upserts;
        QList<qint64> removals;
        qint64 sinceWatermark = -1; // -1: leave as is
        bool forgetWeeks = false;   // delete every row of history_weeks first
        QList<QDate> loadedWeeks;   // weeks of history whose entries these rows hold (Mondays)
    };

    explicit EntryCacheWriter(LocalStore *store);
    ~EntryCacheWriter(); // finishes the queued jobs

    void post(Job job);

    static bool write(LocalStore *store, const Job &job);
    static QString watermarkKey(); // meta key of the `since` watermark

private:
    LocalStore *m_callerStore;
    QString m_path;
    // Destroyed in reverse order: the store (already closed), the context, then the stopped thread.
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_context;  // lives in m_thread: jobs are queued to it
    std::unique_ptr<LocalStore> m_store; // used only inside m_thread
};

} // namespace punchclock
