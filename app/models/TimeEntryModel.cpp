// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/TimeEntryModel.h"

#include "app/models/EntryEdit.h"
#include "app/time/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace punchclock {

namespace {
bool newerFirst(const TimeEntry &a, const TimeEntry &b)
{
    return a.start != b.start ? a.start > b.start : a.id > b.id;
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(),
                              QCoreApplication::translate("punchclock::TimeEntryModel", "ddd d MMM, HH:mm",
                                                          "start/stop time format (QDateTime::toString)"));
}

EntryEdit::Field fieldOf(int column)
{
    switch (column) {
    case TimeEntryModel::Project:
        return EntryEdit::Field::Project;
    case TimeEntryModel::Tags:
        return EntryEdit::Field::Tags;
    case TimeEntryModel::Start:
        return EntryEdit::Field::Start;
    case TimeEntryModel::Stop:
        return EntryEdit::Field::Stop;
    case TimeEntryModel::Duration:
        return EntryEdit::Field::Duration;
    case TimeEntryModel::Billable:
        return EntryEdit::Field::Billable;
    default:
        return EntryEdit::Field::Description;
    }
}
} // namespace

TimeEntryModel::TimeEntryModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent), m_ticker(new QTimer(this)), m_clock(clock ? clock : Clock::system())
{
    // One repaint a second of one cell: the running entry's duration. Nothing else changes.
    // Precise and single-shot: armTicker() aims at the second boundary each time (a coarse timer
    // may fire up to 50 ms early and show the same second twice).
    m_ticker->setSingleShot(true);
    m_ticker->setTimerType(Qt::PreciseTimer);
    connect(m_ticker, &QTimer::timeout, this, &TimeEntryModel::tick);
}

int TimeEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimeEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimeEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimeEntry &e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case IsRunningRole:
        return e.isRunning();
    case ProjectColorRole:
        return e.projectId ? e.projectColor.value_or(QString()) : QString();
    case EntryRole:
        return QVariant::fromValue(e);
    case ErrorRole:
        return m_errors.value(e.id);
    case ClientNameRole:
        return e.clientName.value_or(QString());
    default:
        break;
    }
    if (index.column() == Billable && role == Qt::CheckStateRole)
        return e.billable ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case Description:
            return e.description.value_or(QString());
        case Project:
            if (raw || edit)
                return e.projectId ? QVariant(*e.projectId) : QVariant(qint64(0));
            return e.projectId ? e.projectName.value_or(tr("Project %1").arg(*e.projectId)) : QString();
        case Tags:
            return raw ? QVariant(e.tags.value_or(QStringList()))
                       : QVariant(e.tags.value_or(QStringList()).join(QStringLiteral(", ")));
        case Start:
            return raw || edit ? QVariant(e.start) : QVariant(localTime(e.start));
        case Stop:
            if (raw || edit)
                return e.stop && !e.isRunning() ? QVariant(*e.stop) : QVariant();
            return e.isRunning() ? tr("running") : e.stop ? localTime(*e.stop) : QString();
        case Duration: {
            // Only here: reading the clock for every role of every cell adds up over 10,000 rows.
            const qint64 elapsed = e.elapsedSeconds(m_clock->nowUtc());
            return raw ? QVariant(elapsed) : QVariant(formatDuration(elapsed));
        }
        case Billable:
            return raw || edit ? QVariant(e.billable) : QVariant();
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (m_errors.contains(e.id))
            return m_errors.value(e.id);
        if (index.column() == Project && e.clientName)
            return tr("Client: %1").arg(*e.clientName);
        if (index.column() == Billable)
            return e.billable ? tr("Billable") : tr("Not billable");
    }
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TimeEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Description");
    case Project:
        return tr("Project");
    case Tags:
        return tr("Tags");
    case Start:
        return tr("Start");
    case Stop:
        return tr("Stop");
    case Duration:
        return tr("Duration");
    case Billable:
        return tr("Billable");
    default:
        return {};
    }
}

Qt::ItemFlags TimeEntryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const TimeEntry &e = m_entries.at(index.row());
    if (index.column() == Billable)
        return f | Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    if (index.column() == Stop && e.isRunning())
        return f; // stop it with the timer, not by typing a time
    return f | Qt::ItemIsEditable;
}

bool TimeEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checkEdit = role == Qt::CheckStateRole && index.column() == Billable;
    if (role != Qt::EditRole && !checkEdit)
        return false;
    const QVariant v = checkEdit ? QVariant(value.toInt() == Qt::Checked) : value;
    const TimeEntry previous = m_entries.at(index.row());
    const EntryEdit::Outcome outcome =
        EntryEdit::apply(previous, fieldOf(index.column()), v, m_projects, m_clock->nowUtc());
    if (!outcome.entry) {
        emit editRefused(outcome.error);
        return false;
    }
    if (*outcome.entry == previous)
        return true;
    place(index.row(), *outcome.entry);
    emit editRequested(*outcome.entry, previous);
    return true;
}

bool TimeEntryModel::editEntry(const TimeEntry &updated)
{
    const int row = rowOf(updated.id);
    if (row < 0)
        return false;
    const TimeEntry previous = m_entries.at(row);
    if (updated == previous)
        return true;
    place(row, updated);
    emit editRequested(updated, previous);
    return true;
}

void TimeEntryModel::setEntries(QList<TimeEntry> entries)
{
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const TimeEntry &e) { return e.serverDeletedAt.has_value(); }),
                  entries.end());
    if (!std::is_sorted(entries.cbegin(), entries.cend(), newerFirst)) // lists come sorted: no buffer
        std::stable_sort(entries.begin(), entries.end(), newerFirst);
    if (entries == m_entries)
        return; // a refresh that found nothing new keeps selection and scroll position
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    updateTicker();
}

void TimeEntryModel::upsert(const TimeEntry &entry)
{
    if (entry.serverDeletedAt) {
        remove(entry.id);
        return;
    }
    const int existing = rowOf(entry.id);
    if (existing >= 0) {
        place(existing, entry);
    } else {
        const int row = insertionRow(entry);
        beginInsertRows({}, row, row);
        m_entries.insert(row, entry);
        endInsertRows();
    }
    updateTicker();
}

void TimeEntryModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    m_errors.remove(id);
    updateTicker();
}

void TimeEntryModel::merge(const QList<TimeEntry> &changed, const QList<qint64> &removed)
{
    // Past this many changes, row-by-row signals (each a linear search and a day rebuild in the
    // views) cost more than one reset.
    constexpr qsizetype kRowByRowLimit = 64;
    if (changed.size() + removed.size() <= kRowByRowLimit) {
        for (qint64 id : removed)
            remove(id);
        for (const TimeEntry &e : changed) {
            const int row = rowOf(e.id);
            if (row < 0 || m_entries.at(row) != e)
                upsert(e);
        }
        return;
    }
    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(m_entries.size());
    QList<TimeEntry> next = m_entries;
    for (qsizetype i = 0; i < next.size(); ++i)
        indexOf.insert(next.at(i).id, i);
    QList<bool> dropped(next.size(), false);
    for (qint64 id : removed) {
        const auto it = indexOf.constFind(id);
        if (it != indexOf.constEnd())
            dropped[*it] = true;
    }
    for (const TimeEntry &e : changed) {
        const auto it = indexOf.constFind(e.id);
        if (it == indexOf.constEnd()) {
            indexOf.insert(e.id, next.size());
            next.append(e);
            dropped.append(false);
        } else {
            next[*it] = e;
            dropped[*it] = false;
        }
    }
    QList<TimeEntry> kept;
    kept.reserve(next.size());
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (!dropped.at(i))
            kept.append(std::move(next[i]));
    }
    setEntries(std::move(kept)); // drops server-deleted ones, sorts, skips the reset if equal
}

int TimeEntryModel::rowOf(qint64 id) const
{
    const auto it =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [id](const TimeEntry &e) { return e.id == id; });
    return it == m_entries.cend() ? -1 : static_cast<int>(it - m_entries.cbegin());
}

const TimeEntry *TimeEntryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

// A scan, not m_runningRows: views and the timer ask from inside the model's own signals, before
// updateTicker() has run.
const TimeEntry *TimeEntryModel::runningEntry() const
{
    const auto it =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [](const TimeEntry &e) { return e.isRunning(); });
    return it == m_entries.cend() ? nullptr : &*it;
}

void TimeEntryModel::confirmEdit(const TimeEntry &saved)
{
    setError(saved.id, {});
    upsert(saved);
}

void TimeEntryModel::revertEdit(const TimeEntry &previous, const TimeEntry &attempted, const QString &error)
{
    const int row = rowOf(previous.id);
    if (row >= 0 && m_entries.at(row) == attempted)
        place(row, previous);
    setError(previous.id, error);
}

QString TimeEntryModel::formatTime(const QDateTime &utc)
{
    return localTime(utc);
}

QString TimeEntryModel::formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    seconds = std::abs(seconds);
    return QStringLiteral("%1%2:%3:%4")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void TimeEntryModel::tick()
{
    for (int row : std::as_const(m_runningRows)) {
        if (row >= m_entries.size() || !m_entries.at(row).isRunning())
            continue;
        const QModelIndex cell = index(row, Duration);
        emit dataChanged(cell, cell, {Qt::DisplayRole, RawValueRole});
    }
    if (!m_runningRows.isEmpty())
        emit ticked();
    armTicker();
}

void TimeEntryModel::armTicker()
{
    if (m_runningRows.isEmpty() || m_runningRows.first() >= m_entries.size()) {
        m_ticker->stop();
        return;
    }
    constexpr qint64 kSlackMs = 3; // past the boundary, so secsTo() has moved on
    const qint64 ms = m_entries.at(m_runningRows.first()).start.msecsTo(m_clock->nowUtc());
    const qint64 intoSecond = ((ms % 1000) + 1000) % 1000;
    m_ticker->start(static_cast<int>(1000 - intoSecond + kSlackMs));
}

// Called after every change of the rows: the one scan that finds the running entries (usually
// none or one), instead of one a second in tick().
void TimeEntryModel::updateTicker()
{
    m_runningRows.clear();
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).isRunning())
            m_runningRows.append(row);
    }
    if (m_runningRows.isEmpty())
        m_ticker->stop();
    else if (!m_ticker->isActive())
        armTicker();
}

int TimeEntryModel::insertionRow(const TimeEntry &entry) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), entry, newerFirst);
    return static_cast<int>(it - m_entries.cbegin());
}

void TimeEntryModel::place(int row, const TimeEntry &entry)
{
    // Where the entry belongs among the others (indices as if `row` were removed).
    int target = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != row && newerFirst(m_entries.at(i), entry))
            ++target;
    }
    if (target != row) {
        const int destination = target > row ? target + 1 : target;
        beginMoveRows({}, row, row, {}, destination);
        m_entries.move(row, target);
        endMoveRows();
        row = target;
    }
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateTicker();
}

void TimeEntryModel::setError(qint64 id, const QString &error)
{
    const bool had = m_errors.contains(id);
    if (error.isEmpty())
        m_errors.remove(id);
    else
        m_errors.insert(id, error);
    const int row = rowOf(id);
    if (row >= 0 && (had || !error.isEmpty()))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace punchclock
