// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/Outbox.h"

#include "app/sync/LocalStore.h"
#include "app/sync/TrackBulkSender.h"
#include "app/track/TimeEntryJson.h"
#include "app/track/TrackTime.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace punchclock {

Outbox::Outbox(LocalStore *store, QObject *parent) : Outbox(store, OutboxOp::Product::Track, parent) {}

Outbox::Outbox(LocalStore *store, OutboxOp::Product product, QObject *parent)
    : QObject(parent), m_store(store), m_product(product)
{
}

void Outbox::setAccount(const QString &account)
{
    if (account == m_account)
        return;
    m_account = account.isNull() ? QStringLiteral("") : account;
    announce();
}

int Outbox::adoptUnowned()
{
    return moveToCurrentAccount({QStringLiteral("")});
}

int Outbox::adopt(const QStringList &accounts)
{
    QStringList others;
    for (const QString &account : accounts) {
        if (!account.isEmpty() && account != m_account)
            others.append(account);
    }
    return moveToCurrentAccount(others);
}

// One transaction: all of them move, or none.
int Outbox::moveToCurrentAccount(const QStringList &accounts)
{
    if (m_account.isEmpty() || accounts.isEmpty())
        return 0;
    QSqlDatabase db = m_store->db();
    db.transaction();
    int moved = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET account = ? WHERE product = ? AND account = ?"));
    for (const QString &account : accounts) {
        q.addBindValue(m_account);
        q.addBindValue(static_cast<int>(m_product));
        q.addBindValue(account);
        if (!q.exec()) {
            const QString error = q.lastError().text();
            db.rollback();
            emit storageFailed(tr("Could not write the local database: %1").arg(error));
            return 0;
        }
        moved += q.numRowsAffected();
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        emit storageFailed(tr("Could not write the local database: %1").arg(error));
        return 0;
    }
    if (moved > 0)
        announce();
    return moved;
}

QHash<QString, int> Outbox::otherAccounts() const
{
    QHash<QString, int> counts;
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT account, COUNT(*) FROM outbox WHERE product = ? AND account != ? AND "
                             "account != '' GROUP BY account"));
    q.addBindValue(static_cast<int>(m_product));
    q.addBindValue(m_account);
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

qint64 Outbox::allocateLocalId()
{
    const qint64 next = m_store->meta(QStringLiteral("next_local_id"), QStringLiteral("-1")).toLongLong();
    if (!m_store->setMeta(QStringLiteral("next_local_id"), QString::number(next - 1)))
        emit storageFailed(
            tr("Could not write the local database: %1").arg(m_store->db().lastError().text()));
    return next;
}

qint64 Outbox::resolve(qint64 id) const
{
    if (id >= 0)
        return id;
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT server_id FROM id_map WHERE local_id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return id;
}

std::optional<qint64> Outbox::localIdOf(qint64 serverId) const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT local_id FROM id_map WHERE server_id = ? AND product = ?"));
    q.addBindValue(serverId);
    q.addBindValue(static_cast<int>(m_product)); // Track and Focus IDs are separate number spaces
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

qint64 Outbox::enqueue(OutboxOp::Kind kind, const TimeEntry &entry)
{
    TimeEntry copy = entry;
    copy.id = resolve(entry.id);
    return enqueue(kind, copy.id, TimeEntryJson::toJson(copy));
}

qint64 Outbox::enqueue(OutboxOp::Kind kind, qint64 entryId, const QJsonObject &payload)
{
    Q_ASSERT(OutboxOp::productOf(kind) == m_product);
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("INSERT INTO outbox (kind, product, entry_id, payload, created_at, account) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(static_cast<int>(kind));
    q.addBindValue(static_cast<int>(m_product));
    q.addBindValue(resolve(entryId));
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(m_account);
    if (!q.exec()) {
        emit storageFailed(tr("Could not save the change locally: %1").arg(q.lastError().text()));
        return 0;
    }
    const qint64 seq = q.lastInsertId().toLongLong();
    announce();
    return seq;
}

QList<qint64> Outbox::enqueueAll(const QList<NewOp> &ops)
{
    QSqlDatabase db = m_store->db();
    if (!db.transaction()) {
        emit storageFailed(tr("Could not save the change locally: %1").arg(db.lastError().text()));
        return {};
    }
    QList<qint64> seqs;
    QSqlQuery q(db);
    bool ok = q.prepare(QStringLiteral("INSERT INTO outbox (kind, product, entry_id, payload, created_at, "
                                       "account) VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const NewOp &op : ops) {
        if (!ok)
            break;
        Q_ASSERT(OutboxOp::productOf(op.kind) == m_product);
        q.addBindValue(static_cast<int>(op.kind));
        q.addBindValue(static_cast<int>(m_product));
        q.addBindValue(op.entryId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(op.payload).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        q.addBindValue(m_account);
        ok = q.exec();
        seqs.append(q.lastInsertId().toLongLong());
    }
    if (ok && db.commit()) {
        announce();
        emit queuedAll(seqs);
        return seqs;
    }
    const QString error = q.lastError().text();
    db.rollback();
    emit storageFailed(tr("Could not save the change locally: %1").arg(error));
    return {};
}

QList<OutboxOp> Outbox::select(const QString &where, const QVariantList &binds, int limit) const
{
    QSqlQuery q(m_store->db());
    QString sql =
        QStringLiteral("SELECT seq, kind, entry_id, payload, attempts, last_error, created_at FROM outbox "
                       "WHERE product = ? AND account = ?");
    if (!where.isEmpty())
        sql += QStringLiteral(" AND (") + where + QLatin1Char(')');
    sql += QStringLiteral(" ORDER BY seq");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(limit);
    q.prepare(sql);
    q.addBindValue(static_cast<int>(m_product));
    q.addBindValue(m_account);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<OutboxOp> ops;
    if (!q.exec())
        return ops;
    while (q.next()) {
        OutboxOp op;
        op.seq = q.value(0).toLongLong();
        op.kind = static_cast<OutboxOp::Kind>(q.value(1).toInt());
        op.product = m_product;
        op.entryId = q.value(2).toLongLong();
        op.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        if (OutboxOp::isTrackEntryKind(op.kind)) {
            op.entry = TimeEntryJson::fromJson(op.payload);
            op.entry.id = op.entryId; // the column is authoritative (remapped in place)
        }
        op.attempts = q.value(4).toInt();
        op.lastError = q.value(5).toString();
        op.createdAt = TrackTime::utcFromMSecs(q.value(6).toLongLong());
        ops.append(op);
    }
    return ops;
}

std::optional<OutboxOp> Outbox::head() const
{
    const QList<OutboxOp> ops = select({}, {}, 1);
    return ops.isEmpty() ? std::nullopt : std::optional<OutboxOp>(ops.first());
}

std::optional<OutboxOp> Outbox::op(qint64 seq) const
{
    const QList<OutboxOp> ops = select(QStringLiteral("seq = ?"), {seq}, 1);
    return ops.isEmpty() ? std::nullopt : std::optional<OutboxOp>(ops.first());
}

QList<OutboxOp> Outbox::pending() const
{
    return select({});
}

int Outbox::count() const
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE product = ? AND account = ?"));
    q.addBindValue(static_cast<int>(m_product));
    q.addBindValue(m_account);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Outbox::hasPendingFor(qint64 entryId) const
{
    QSqlQuery q(m_store->db());
    q.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE product = ? AND account = ? AND entry_id = ? LIMIT 1"));
    q.addBindValue(static_cast<int>(m_product));
    q.addBindValue(m_account);
    q.addBindValue(resolve(entryId));
    return (q.exec() && q.next()) || trackBulkEntryIds().contains(resolve(entryId));
}

QSet<qint64> Outbox::trackBulkEntryIds() const
{
    QSet<qint64> ids;
    if (m_product != OutboxOp::Product::Track)
        return ids;
    const QList<OutboxOp> bulk =
        select(QStringLiteral("kind IN (?, ?)"), {static_cast<int>(OutboxOp::Kind::TrackBulkPatch),
                                                  static_cast<int>(OutboxOp::Kind::TrackBulkDelete)});
    for (const OutboxOp &op : bulk) {
        for (qint64 id : TrackBulkSender::idsOf(op))
            ids.insert(id);
    }
    return ids;
}

QSet<qint64> Outbox::pendingEntryIds() const
{
    QSet<qint64> ids;
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT entry_id FROM outbox WHERE product = ? AND account = ? AND entry_id != 0"));
    q.addBindValue(static_cast<int>(m_product));
    q.addBindValue(m_account);
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids + trackBulkEntryIds();
}

QSet<qint64> Outbox::pendingDeletes() const
{
    QSet<qint64> ids;
    for (const OutboxOp &op : pending()) {
        if (op.entryId == 0)
            continue; // a bulk change: about many entries, none of them deleted by it
        if (op.kind == OutboxOp::Kind::Delete || op.kind == OutboxOp::Kind::FocusDelete)
            ids.insert(op.entryId);
        else
            ids.remove(op.entryId);
    }
    return ids;
}

bool Outbox::markAttempt(qint64 seq)
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"));
    q.addBindValue(seq);
    return q.exec();
}

bool Outbox::setLastError(qint64 seq, const QString &error)
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("UPDATE outbox SET last_error = ? WHERE seq = ?"));
    q.addBindValue(error);
    q.addBindValue(seq);
    return q.exec();
}

bool Outbox::confirm(qint64 seq)
{
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    const bool ok = q.exec();
    announce();
    return ok;
}

bool Outbox::remove(const QList<qint64> &seqs)
{
    QSqlDatabase db = m_store->db();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    bool ok = q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    for (qint64 seq : seqs) {
        if (!ok)
            break;
        q.addBindValue(seq);
        ok = q.exec();
    }
    if (ok && db.commit()) {
        announce();
        emit withdrawn(seqs);
        return true;
    }
    db.rollback();
    return false;
}

bool Outbox::confirmCreate(qint64 seq, qint64 localId, qint64 serverId)
{
    QSqlDatabase db = m_store->db();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    bool ok = q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    ok = ok && q.exec();
    ok = ok && q.prepare(QStringLiteral(
                   "INSERT OR REPLACE INTO id_map (local_id, server_id, product) VALUES (?, ?, ?)"));
    q.addBindValue(localId);
    q.addBindValue(serverId);
    q.addBindValue(static_cast<int>(m_product));
    ok = ok && q.exec();
    ok = ok && q.prepare(QStringLiteral("UPDATE outbox SET entry_id = ? WHERE entry_id = ? AND product = ?"));
    q.addBindValue(serverId);
    q.addBindValue(localId);
    q.addBindValue(static_cast<int>(m_product));
    ok = ok && q.exec();
    // The cached copy moves too, unless the server's copy is already cached.
    ok = ok && q.prepare(QStringLiteral("UPDATE OR IGNORE entries SET id = ? WHERE id = ?"));
    q.addBindValue(serverId);
    q.addBindValue(localId);
    ok = ok && q.exec();
    ok = ok && q.prepare(QStringLiteral("DELETE FROM entries WHERE id = ?"));
    q.addBindValue(localId);
    ok = ok && q.exec();
    if (ok && db.commit()) {
        announce();
        return true;
    }
    db.rollback();
    emit storageFailed(tr("Could not record a sent change: %1").arg(q.lastError().text()));
    return false;
}

QList<OutboxOp> Outbox::dropEntry(qint64 entryId)
{
    const QList<OutboxOp> ops = select(QStringLiteral("entry_id = ?"), {entryId});
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE product = ? AND account = ? AND entry_id = ?"));
    q.addBindValue(static_cast<int>(m_product));
    q.addBindValue(m_account);
    q.addBindValue(entryId);
    q.exec();
    announce();
    return ops;
}

void Outbox::announce()
{
    emit countChanged(count());
}

} // namespace punchclock
