#include "models/TimeEntryModel.h"

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
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

TimeEntryModel::TimeEntryModel(QObject *parent) : QAbstractTableModel(parent), m_ticker(new QTimer(this))
{
    // One repaint a second of one cell: the running entry's duration. Nothing else changes.
    m_ticker->setInterval(1000);
    m_ticker->setTimerType(Qt::CoarseTimer);
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
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case Description:
            return e.description.value_or(QString());
        case Project:
            if (raw)
                return e.projectId ? QVariant(*e.projectId) : QVariant();
            return e.projectId ? e.projectName.value_or(tr("Project %1").arg(*e.projectId)) : QString();
        case Tags:
            return raw ? QVariant(e.tags.value_or(QStringList())) : QVariant(e.tags.value_or(QStringList()).join(QStringLiteral(", ")));
        case Start:
            return raw ? QVariant(e.start) : QVariant(localTime(e.start));
        case Stop:
            if (raw)
                return e.stop ? QVariant(*e.stop) : QVariant();
            return e.isRunning() ? tr("running") : e.stop ? localTime(*e.stop) : QString();
        case Duration:
            return raw ? QVariant(e.elapsedSeconds()) : QVariant(formatDuration(e.elapsedSeconds()));
        case Billable:
            return raw ? QVariant(e.billable) : QVariant(e.billable ? tr("Billable") : QString());
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Project && e.clientName)
        return tr("Client: %1").arg(*e.clientName);
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

void TimeEntryModel::setEntries(QList<TimeEntry> entries)
{
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const TimeEntry &e) { return e.serverDeletedAt.has_value(); }),
                  entries.end());
    std::stable_sort(entries.begin(), entries.end(), newerFirst);
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
    if (existing >= 0 && m_entries.at(existing).start == entry.start) {
        m_entries[existing] = entry;
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    } else {
        if (existing >= 0)
            remove(entry.id);
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
    updateTicker();
}

int TimeEntryModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [id](const TimeEntry &e) { return e.id == id; });
    return it == m_entries.cend() ? -1 : static_cast<int>(it - m_entries.cbegin());
}

const TimeEntry *TimeEntryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
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
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).isRunning()) {
            const QModelIndex cell = index(row, Duration);
            emit dataChanged(cell, cell, {Qt::DisplayRole, RawValueRole});
        }
    }
}

void TimeEntryModel::updateTicker()
{
    const bool anyRunning = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                        [](const TimeEntry &e) { return e.isRunning(); });
    if (anyRunning && !m_ticker->isActive())
        m_ticker->start();
    else if (!anyRunning)
        m_ticker->stop();
}

int TimeEntryModel::insertionRow(const TimeEntry &entry) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), entry, newerFirst);
    return static_cast<int>(it - m_entries.cbegin());
}

} // namespace punchclock
