// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/EntryCacheWriter.h"

#include "app/sync/LocalStore.h"
#include "app/track/TimeEntryJson.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QObject>
#include <QSqlQuery>
#include <QThread>

namespace punchclock {

Q_LOGGING_CATEGORY(lcEntryCacheWriter, "punchclock.sync.entrycachewriter", QtInfoMsg)

QString EntryCacheWriter::watermarkKey()
{
    return QStringLiteral("entries_since");
}

EntryCacheWriter::EntryCacheWriter(LocalStore *store) : m_callerStore(store), m_path(store->path())
{
    if (m_path == QLatin1String(":memory:"))
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("punchclock-cache"));
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(m_thread.get());
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_context.get(), [this] { m_store = std::make_unique<LocalStore>(m_path); }, Qt::QueuedConnection);
}

EntryCacheWriter::~EntryCacheWriter()
{
    if (!m_thread)
        return;
    // After the queued jobs: close the connection in its own thread, then stop.
    QMetaObject::invokeMethod(
        m_context.get(), [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void EntryCacheWriter::post(Job job)
{
    if (!m_thread) {
        write(m_callerStore, job);
        return;
    }
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, job = std::move(job)] {
            if (m_store && m_store->isOpen() && !write(m_store.get(), job))
                qCWarning(lcEntryCacheWriter,
                          "could not write the entry cache; it is rebuilt by the next refresh");
        },
        Qt::QueuedConnection);
}

bool EntryCacheWriter::write(LocalStore *store, const Job &job)
{
    QSqlDatabase db = store->db();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    bool ok = true;
    if (job.replaceAll)
        ok = q.exec(QStringLiteral("DELETE FROM entries"));
    if (ok && !job.removals.isEmpty()) {
        ok = q.prepare(QStringLiteral("DELETE FROM entries WHERE id = ?"));
        for (qint64 id : job.removals) {
            if (!ok)
                break;
            q.addBindValue(id);
            ok = q.exec();
        }
    }
    if (ok && !job.upserts.isEmpty()) {
        ok = q.prepare(QStringLiteral("INSERT OR REPLACE INTO entries (id, json) VALUES (?, ?)"));
        for (const TimeEntry &e : job.upserts) {
            if (!ok)
                break;
            q.addBindValue(e.id);
            q.addBindValue(
                QString::fromUtf8(QJsonDocument(TimeEntryJson::toJson(e)).toJson(QJsonDocument::Compact)));
            ok = q.exec();
        }
    }
    if (ok && job.forgetWeeks)
        ok = q.exec(QStringLiteral("DELETE FROM history_weeks"));
    if (ok && !job.loadedWeeks.isEmpty()) {
        ok = q.prepare(QStringLiteral("INSERT OR IGNORE INTO history_weeks (week) VALUES (?)"));
        for (const QDate &week : job.loadedWeeks) {
            if (!ok)
                break;
            q.addBindValue(week.toString(Qt::ISODate));
            ok = q.exec();
        }
    }
    if (ok && job.sinceWatermark >= 0)
        ok = store->setMeta(watermarkKey(), QString::number(job.sinceWatermark));
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

} // namespace punchclock
