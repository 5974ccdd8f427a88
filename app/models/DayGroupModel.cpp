// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/DayGroupModel.h"

#include "app/models/TimeEntryModel.h"
#include "app/time/Clock.h"

#include <QLocale>
#include <QTimeZone>

namespace punchclock {

namespace {
constexpr quintptr kDayId = 0; // internal id of day rows; entry rows carry their day + 1
}

DayGroupModel::DayGroupModel(TimeEntryModel *source, QObject *parent)
    : QAbstractItemModel(parent), m_source(source)
{
    connect(source, &TimeEntryModel::modelReset, this, &DayGroupModel::rebuild);
    connect(source, &TimeEntryModel::layoutChanged, this, &DayGroupModel::rebuild);
    connect(source, &TimeEntryModel::rowsInserted, this, &DayGroupModel::rebuild);
    connect(source, &TimeEntryModel::rowsRemoved, this, &DayGroupModel::rebuild);
    connect(source, &TimeEntryModel::rowsMoved, this, &DayGroupModel::rebuild);
    connect(source, &TimeEntryModel::dataChanged, this, &DayGroupModel::forwardChange);
    m_days = grouping();
}

QList<DayGroupModel::Day> DayGroupModel::grouping() const
{
    QList<Day> days;
    const auto &entries = m_source->entries();
    // A local-time conversion per entry is slow (it dominated the build with 10,000 entries): an
    // entry inside the UTC bounds of the current day's local midnights needs none.
    // Through QTimeZone (its own transition table), not the C library's mktime, which re-reads
    // the zone file on every call when TZ is unset.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QDateTime dayStart, dayEnd;
    for (int row = 0; row < entries.size(); ++row) {
        const QDateTime &start = entries.at(row).start;
        if (!days.isEmpty() && dayStart.isValid() && start.isValid() && start >= dayStart && start < dayEnd) {
            ++days.last().count;
            continue;
        }
        const QDate date = zone.isValid() ? start.toTimeZone(zone).date() : start.toLocalTime().date();
        if (days.isEmpty() || days.last().date != date) {
            days.append({date, row, 0});
            dayStart = date.isValid() && zone.isValid() ? date.startOfDay(zone).toUTC() : QDateTime();
            dayEnd =
                date.isValid() && zone.isValid() ? date.addDays(1).startOfDay(zone).toUTC() : QDateTime();
        }
        ++days.last().count;
    }
    return days;
}

void DayGroupModel::rebuild()
{
    beginResetModel();
    m_days = grouping();
    endResetModel();
}

void DayGroupModel::forwardChange(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                  const QList<int> &roles)
{
    const bool onlyDuration =
        topLeft.column() == TimeEntryModel::Duration && bottomRight.column() == TimeEntryModel::Duration;
    if (!onlyDuration) {
        const QList<Day> days = grouping();
        const bool same =
            days.size() == m_days.size() &&
            std::equal(days.cbegin(), days.cend(), m_days.cbegin(), [](const Day &a, const Day &b) {
                return a.date == b.date && a.firstSourceRow == b.firstSourceRow && a.count == b.count;
            });
        if (!same) { // an edited start moved an entry to another day
            rebuild();
            return;
        }
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int day = dayOfSourceRow(row);
        if (day < 0)
            continue;
        const int child = row - m_days.at(day).firstSourceRow;
        const QModelIndex dayIndex = index(day, 0);
        emit dataChanged(index(child, topLeft.column(), dayIndex),
                         index(child, bottomRight.column(), dayIndex), roles);
        if (topLeft.column() <= TimeEntryModel::Duration &&
            bottomRight.column() >= TimeEntryModel::Duration) {
            const QModelIndex total = index(day, TimeEntryModel::Duration);
            emit dataChanged(total, total, {Qt::DisplayRole, DayTotalRole});
        }
    }
}

int DayGroupModel::dayOfSourceRow(int sourceRow) const
{
    for (int d = 0; d < m_days.size(); ++d) {
        const Day &day = m_days.at(d);
        if (sourceRow >= day.firstSourceRow && sourceRow < day.firstSourceRow + day.count)
            return d;
    }
    return -1;
}

QModelIndex DayGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kDayId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex DayGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kDayId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kDayId);
}

int DayGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_days.size());
    if (parent.internalId() != kDayId || parent.column() != 0)
        return 0;
    return m_days.at(parent.row()).count;
}

int DayGroupModel::columnCount(const QModelIndex &) const
{
    return TimeEntryModel::ColumnCount;
}

QModelIndex DayGroupModel::mapToSource(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kDayId)
        return {};
    const Day &day = m_days.at(static_cast<int>(index.internalId() - 1));
    return m_source->index(day.firstSourceRow + index.row(), index.column());
}

QModelIndex DayGroupModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int day = dayOfSourceRow(sourceIndex.row());
    if (day < 0)
        return {};
    return index(sourceIndex.row() - m_days.at(day).firstSourceRow, sourceIndex.column(), index(day, 0));
}

qint64 DayGroupModel::dayTotalSeconds(int dayRow) const
{
    const Day &day = m_days.at(dayRow);
    const QDateTime now = m_source->clock()->nowUtc();
    qint64 total = 0;
    for (int row = day.firstSourceRow; row < day.firstSourceRow + day.count; ++row)
        total += std::max<qint64>(0, m_source->entries().at(row).elapsedSeconds(now));
    return total;
}

QString DayGroupModel::dayLabel(const QDate &day) const
{
    const QDate today = m_source->clock()->nowUtc().toLocalTime().date();
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    // The formats are translatable: word order and punctuation differ ("Montag, 23. November").
    const QString format = day.year() == today.year()
                               ? tr("dddd, d MMMM", "day heading format, this year")
                               : tr("dddd, d MMMM yyyy", "day heading format, other years");
    return QLocale().toString(day, format);
}

QVariant DayGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != kDayId)
        return role == IsDayRole ? QVariant(false) : mapToSource(index).data(role);
    const Day &day = m_days.at(index.row());
    switch (role) {
    case IsDayRole:
        return true;
    case DayRole:
        return day.date;
    case DayTotalRole:
        return dayTotalSeconds(index.row());
    case Qt::DisplayRole:
        if (index.column() == TimeEntryModel::Description)
            return dayLabel(day.date);
        if (index.column() == TimeEntryModel::Duration)
            return TimeEntryModel::formatDuration(dayTotalSeconds(index.row()));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == TimeEntryModel::Description)
            return tr("%1, %n entries", nullptr, day.count).arg(dayLabel(day.date));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeEntryModel::Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool DayGroupModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() && m_source->setData(source, value, role);
}

Qt::ItemFlags DayGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kDayId)
        return Qt::ItemIsEnabled;
    return m_source->flags(mapToSource(index));
}

QVariant DayGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source->headerData(section, orientation, role);
}

} // namespace punchclock
