// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/FocusTimeEntryModel.h"

#include "app/api/FocusApi.h"
#include "app/focus/FocusEntryPatch.h"
#include "app/sync/FocusEntrySender.h"
#include "app/sync/FocusPendingChanges.h"
#include "app/sync/FocusSync.h"
#include "app/sync/Outbox.h"
#include "app/sync/SyncEngine.h"
#include "app/time/DurationParser.h"
#include "app/track/TrackTime.h"

#include <algorithm>

namespace punchclock {

FocusTimeEntryModel::FocusTimeEntryModel(FocusApi *api, QObject *parent)
    : QAbstractTableModel(parent), m_api(api)
{
}

void FocusTimeEntryModel::setSync(FocusSync *sync)
{
    if (m_sync)
        disconnect(m_sync->engine(), nullptr, this, nullptr);
    m_sync = sync;
    m_before.clear();
    if (sync)
        connect(sync->engine(), &SyncEngine::sent, this, &FocusTimeEntryModel::onSent);
}

void FocusTimeEntryModel::applyPending(QList<FocusTimeEntry> &entries) const
{
    if (m_sync && m_sync->pendingCount() > 0)
        FocusPendingChanges(m_sync->outbox()->pending()).applyTo(entries);
}

// Writes the change to the outbox; the caller shows it. false: not written (and reported).
bool FocusTimeEntryModel::queue(OutboxOp::Kind kind, const FocusTimeEntry &before, const QJsonObject &payload)
{
    const qint64 seq = m_sync->enqueue(kind, before.id, payload);
    if (seq == 0) {
        emit errorOccurred(tr("Could not save the change locally"));
        return false;
    }
    m_before.insert(seq, before);
    return true;
}

void FocusTimeEntryModel::onSent(const OutboxOp &op, const OutboxOutcome &outcome)
{
    if (!outcome.error)
        m_confirmed.log(op);
    const auto before = m_before.constFind(op.seq);
    if (before == m_before.constEnd()) {
        // Not made here in this run: a change queued before a restart still deserves its error
        // (the overlay is gone with it, so the next load shows the server's copy).
        const bool entryChange =
            op.kind >= OutboxOp::Kind::FocusPatch && op.kind <= OutboxOp::Kind::FocusDelete;
        if (outcome.error && entryChange)
            emit errorOccurred(outcome.error->toString());
        return; // the timer, a bulk edit (they report their own)
    }
    const FocusTimeEntry previous = *before;
    m_before.erase(before);
    const auto it = m_indexById.constFind(op.entryId);
    if (it == m_indexById.constEnd())
        return;
    if (outcome.error) {
        replaceAt(*it, previous); // refused for good: show what the server has
        emit errorOccurred(outcome.error->toString());
        return;
    }
    emit entryUpdated(m_entries.at(*it));
}

bool FocusTimeEntryModel::isVisible(const FocusTimeEntry &e) const
{
    return m_showArchived || (!e.isArchived() && !e.isDeleted());
}

void FocusTimeEntryModel::rebuild()
{
    m_visible.clear();
    m_indexById.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        m_indexById.insert(m_entries.at(i).id, i);
        if (isVisible(m_entries.at(i)))
            m_visible.append(i);
    }
}

void FocusTimeEntryModel::setEntries(qint64 taskId, QList<FocusTimeEntry> entries)
{
    beginResetModel();
    m_taskId = taskId;
    m_entries = std::move(entries);
    applyPending(m_entries);
    rebuild();
    endResetModel();
}

void FocusTimeEntryModel::clear()
{
    setEntries(0, {});
}

void FocusTimeEntryModel::appendEntries(const QList<FocusTimeEntry> &arrived,
                                        const std::shared_ptr<const Read> &read)
{
    QList<FocusTimeEntry> entries = arrived;
    if (read) {
        for (const OutboxOp &op : m_confirmed.sentSince(*read)) { // confirmed after it was asked for
            for (FocusTimeEntry &e : entries)
                FocusPendingChanges::apply(e, op);
        }
    }
    applyPending(entries);
    QList<FocusTimeEntry> fresh;
    for (const FocusTimeEntry &e : entries) {
        const auto known = m_indexById.constFind(e.id);
        if (known != m_indexById.constEnd())
            replaceAt(*known, e);
        else
            fresh.append(e);
    }
    int visibleNew = 0;
    for (const FocusTimeEntry &e : fresh)
        visibleNew += isVisible(e) ? 1 : 0;
    const int first = static_cast<int>(m_visible.size());
    if (visibleNew > 0)
        beginInsertRows({}, first, first + visibleNew - 1);
    for (const FocusTimeEntry &e : fresh) {
        const int at = static_cast<int>(m_entries.size());
        m_entries.append(e);
        m_indexById.insert(e.id, at);
        if (isVisible(e))
            m_visible.append(at);
    }
    if (visibleNew > 0)
        endInsertRows();
}

void FocusTimeEntryModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    beginResetModel();
    m_showArchived = show;
    rebuild();
    endResetModel();
}

std::optional<FocusTimeEntry> FocusTimeEntryModel::entry(qint64 id) const
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.constEnd())
        return std::nullopt;
    return m_entries.at(*it);
}

int FocusTimeEntryModel::rowOf(qint64 id) const
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.constEnd())
        return -1;
    const auto pos = std::lower_bound(m_visible.cbegin(), m_visible.cend(), *it);
    return pos != m_visible.cend() && *pos == *it ? static_cast<int>(pos - m_visible.cbegin()) : -1;
}

void FocusTimeEntryModel::replaceAt(int allIndex, const FocusTimeEntry &entry)
{
    const bool was = isVisible(m_entries.at(allIndex));
    const bool is = isVisible(entry);
    const auto pos = std::lower_bound(m_visible.begin(), m_visible.end(), allIndex);
    const int row = static_cast<int>(pos - m_visible.begin());
    if (was && !is) {
        beginRemoveRows({}, row, row);
        m_entries[allIndex] = entry;
        m_visible.removeAt(row);
        endRemoveRows();
    } else if (!was && is) {
        beginInsertRows({}, row, row);
        m_entries[allIndex] = entry;
        m_visible.insert(row, allIndex);
        endInsertRows();
    } else {
        m_entries[allIndex] = entry;
        if (is)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void FocusTimeEntryModel::act(int row, const char *what)
{
    if (row < 0 || row >= m_visible.size())
        return;
    const FocusTimeEntry before = entryAt(row);
    const QByteArray action(what);
    const qint64 taskId = before.taskId.value_or(m_taskId);
    const auto applied = [action](FocusTimeEntry e) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (action == "archive")
            e.archivedAt = now;
        else if (action == "unarchive")
            e.archivedAt.reset();
        else if (action == "restore")
            e.deletedAt.reset();
        else if (action == "delete")
            e.deletedAt = now;
        return e;
    };
    if (m_sync) { // the outbox first, then shown at once
        using Kind = OutboxOp::Kind;
        const Kind kind = action == "archive"     ? Kind::FocusArchive
                          : action == "unarchive" ? Kind::FocusUnarchive
                          : action == "restore"   ? Kind::FocusRestore
                                                  : Kind::FocusDelete;
        if (!queue(kind, before, FocusEntrySender::actionPayload(taskId)))
            return;
        replaceAt(m_indexById.value(before.id), applied(before));
        return;
    }
    if (!m_api) {
        emit errorOccurred(tr("Not connected to Toggl Focus"));
        return;
    }
    auto done = [this, id = before.id, applied](ApiResult<NoContent> r) {
        const auto it = m_indexById.constFind(id);
        if (!r.ok()) {
            emit errorOccurred(r.error->toString());
            return;
        }
        if (it == m_indexById.constEnd())
            return;
        const FocusTimeEntry after = applied(m_entries.at(*it));
        replaceAt(*it, after);
        emit entryUpdated(after);
    };
    if (action == "archive")
        m_api->archiveTimeEntry(taskId, before.id, this, done);
    else if (action == "unarchive")
        m_api->unarchiveTimeEntry(taskId, before.id, this, done);
    else if (action == "restore")
        m_api->restoreTimeEntry(taskId, before.id, this, done);
    else
        m_api->deleteTimeEntry(taskId, before.id, this, done);
}

void FocusTimeEntryModel::archive(int row)
{
    act(row, "archive");
}

void FocusTimeEntryModel::unarchive(int row)
{
    act(row, "unarchive");
}

void FocusTimeEntryModel::restore(int row)
{
    act(row, "restore");
}

void FocusTimeEntryModel::remove(int row)
{
    act(row, "delete");
}

int FocusTimeEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int FocusTimeEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FocusTimeEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FocusTimeEntry &e = m_entries.at(m_visible.at(index.row()));
    const int column = index.column();
    switch (role) {
    case EntryIdRole:
        return e.id;
    case ArchivedRole:
        return e.isArchived();
    case DeletedRole:
        return e.isDeleted();
    case RunningRole:
        return e.isRunning();
    case SortRole:
        if (column == StartColumn)
            return e.start;
        if (column == DurationColumn)
            return e.seconds(QDateTime::currentDateTimeUtc());
        return data(index, Qt::DisplayRole);
    case Qt::EditRole:
        if (column == StartColumn)
            return e.start.toLocalTime();
        if (column == DurationColumn)
            return e.duration ? DurationParser::format(*e.duration) : QString();
        if (column == TypeColumn)
            return e.type;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case StartColumn:
        return e.start.isValid() ? e.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : QString();
    case DurationColumn:
        return e.duration ? DurationParser::format(*e.duration) : tr("running");
    case TypeColumn:
        return e.type == QLatin1String("break") ? tr("Break") : tr("Activity");
    case StateColumn:
        if (e.isDeleted())
            return tr("Deleted");
        if (e.isArchived())
            return tr("Archived");
        return e.isRunning() ? tr("Running") : QString();
    default:
        return {};
    }
}

Qt::ItemFlags FocusTimeEntryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const FocusTimeEntry &e = m_entries.at(m_visible.at(index.row()));
    const bool editable = !e.isDeleted() && (index.column() == StartColumn || index.column() == TypeColumn ||
                                             (index.column() == DurationColumn && !e.isRunning()));
    return editable ? f | Qt::ItemIsEditable : f;
}

bool FocusTimeEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int allIndex = m_visible.at(index.row());
    const FocusTimeEntry before = m_entries.at(allIndex);
    FocusTimeEntry after = before;
    FocusEntryPatch patch;
    switch (index.column()) {
    case StartColumn: {
        QDateTime start = value.toDateTime();
        if (!start.isValid() && value.typeId() == QMetaType::QString)
            start = TrackTime::parse(value.toString()).value_or(QDateTime());
        if (!start.isValid())
            return false;
        after.start = start.toUTC();
        patch.start = after.start;
        break;
    }
    case DurationColumn: {
        std::optional<qint64> seconds;
        if (value.typeId() == QMetaType::QString)
            seconds = DurationParser::parse(value.toString());
        else if (value.canConvert<qint64>())
            seconds = value.toLongLong();
        if (!seconds || *seconds < 0)
            return false;
        after.duration = *seconds;
        patch.duration = *seconds;
        break;
    }
    case TypeColumn: {
        const QString type = value.toString().trimmed().toLower();
        if (type != QLatin1String("activity") && type != QLatin1String("break"))
            return false;
        after.type = type;
        patch.type = type;
        break;
    }
    default:
        return false;
    }
    if (after == before)
        return true;
    m_entries[allIndex] = after;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    sendPatch(before.id, patch, before);
    return true;
}

void FocusTimeEntryModel::sendPatch(qint64 id, const FocusEntryPatch &patch, const FocusTimeEntry &before)
{
    if (m_sync) {
        const qint64 taskId = before.taskId.value_or(m_taskId);
        if (!queue(OutboxOp::Kind::FocusPatch, before, FocusEntrySender::patchPayload(taskId, patch)))
            replaceAt(m_indexById.value(id), before); // not even saved locally
        return;
    }
    if (!m_api)
        return; // a local model (tests, offline)
    m_api->patchTimeEntry(before.taskId.value_or(m_taskId), id, patch, this,
                          [this, id, before](ApiResult<NoContent> r) {
                              const auto it = m_indexById.constFind(id);
                              if (it == m_indexById.constEnd())
                                  return;
                              if (!r.ok()) {
                                  replaceAt(*it, before); // the server refused: show what it has
                                  emit errorOccurred(r.error->toString());
                                  return;
                              }
                              emit entryUpdated(m_entries.at(*it));
                          });
}

QVariant FocusTimeEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace punchclock
