// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/FocusTaskModel.h"

#include <QSet>

namespace punchclock {

namespace {
int priorityRank(const QString &priority)
{
    if (priority == QLatin1String("high"))
        return 3;
    if (priority == QLatin1String("medium"))
        return 2;
    if (priority == QLatin1String("low"))
        return 1;
    return 0;
}
} // namespace

FocusTaskModel::FocusTaskModel(QObject *parent) : QAbstractTableModel(parent) {}

QString FocusTaskModel::formatMinutes(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void FocusTaskModel::setTasks(QList<FocusTask> tasks)
{
    beginResetModel();
    m_all = std::move(tasks);
    rebuildRows();
    endResetModel();
}

void FocusTaskModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (m_showArchived || !m_all.at(i).isArchived())
            m_rows.append(i);
}

std::optional<FocusTask> FocusTaskModel::task(qint64 id) const
{
    for (const FocusTask &t : m_all)
        if (t.id == id)
            return t;
    return std::nullopt;
}

int FocusTaskModel::rowOf(qint64 taskId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_all.at(m_rows.at(row)).id == taskId)
            return row;
    return -1;
}

void FocusTaskModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    beginResetModel();
    m_showArchived = show;
    rebuildRows();
    endResetModel();
}

void FocusTaskModel::addTrackedSeconds(qint64 taskId, qint64 seconds)
{
    for (FocusTask &t : m_all) {
        if (t.id != taskId)
            continue;
        t.trackedSeconds += seconds;
        const int row = rowOf(taskId);
        if (row >= 0)
            emit dataChanged(index(row, TrackedColumn), index(row, ProgressColumn));
        return;
    }
}

void FocusTaskModel::setPendingSeconds(const QHash<qint64, qint64> &pending)
{
    if (pending == m_pending)
        return;
    QSet<qint64> changed;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        if (m_pending.value(it.key()) != it.value())
            changed.insert(it.key());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (!pending.contains(it.key()))
            changed.insert(it.key());
    m_pending = pending;
    for (qint64 taskId : std::as_const(changed)) {
        const int row = rowOf(taskId);
        if (row >= 0)
            emit dataChanged(index(row, TrackedColumn), index(row, ProgressColumn));
    }
}

qint64 FocusTaskModel::trackedSeconds(qint64 taskId) const
{
    const auto t = task(taskId);
    return t ? shownSeconds(*t) : m_pending.value(taskId);
}

qint64 FocusTaskModel::shownSeconds(const FocusTask &t) const
{
    return t.trackedSeconds + m_pending.value(t.id);
}

std::optional<double> FocusTaskModel::progressOf(const FocusTask &t) const
{
    FocusTask shown = t;
    shown.trackedSeconds = shownSeconds(t);
    return shown.progress();
}

int FocusTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FocusTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FocusTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FocusTask &t = m_all.at(m_rows.at(index.row()));
    const auto progress = progressOf(t);
    const qint64 tracked = shownSeconds(t);
    switch (role) {
    case TaskIdRole:
        return t.id;
    case ProgressRole:
        return progress ? QVariant(*progress) : QVariant();
    case TrackedSecondsRole:
        return tracked;
    case EstimateSecondsRole:
        return t.estimatedMins ? QVariant(*t.estimatedMins * 60) : QVariant();
    case StatusIdRole:
        return t.statusId;
    case ProjectIdRole:
        return t.projectId ? QVariant(*t.projectId) : QVariant();
    case ProjectColorRole:
        return t.projectColor;
    case ArchivedRole:
        return t.isArchived();
    case SearchTextRole:
        return QString(t.name + QLatin1Char('\n') + t.projectName + QLatin1Char('\n') + t.statusName);
    case Qt::ToolTipRole:
        if (index.column() == ProgressColumn && progress)
            return tr("%1 of %2 tracked (%3%)")
                .arg(formatMinutes(tracked), formatMinutes(*t.estimatedMins * 60))
                .arg(qRound(*progress * 100));
        return t.name;
    default:
        break;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return t.name.toLower();
        case StatusColumn:
            return t.statusName.toLower();
        case ProjectColumn:
            return t.projectName.toLower();
        case PriorityColumn:
            return priorityRank(t.priority);
        case EstimateColumn:
            return t.estimatedMins.value_or(-1);
        case TrackedColumn:
            return tracked;
        case ProgressColumn:
            return progress.value_or(-1.0);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return t.isArchived() ? tr("%1 (archived)").arg(t.name) : t.name;
    case StatusColumn:
        return t.statusName;
    case ProjectColumn:
        return t.projectName;
    case PriorityColumn:
        return t.priority == QLatin1String("none") ? QString() : t.priority;
    case EstimateColumn:
        return t.estimatedMins ? formatMinutes(*t.estimatedMins * 60) : QString();
    case TrackedColumn:
        return formatMinutes(tracked);
    case ProgressColumn:
        return progress ? QStringLiteral("%1%").arg(qRound(*progress * 100)) : QString();
    default:
        return {};
    }
}

QVariant FocusTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case ProjectColumn:
        return tr("Project");
    case PriorityColumn:
        return tr("Priority");
    case EstimateColumn:
        return tr("Estimate");
    case TrackedColumn:
        return tr("Tracked");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

QHash<int, QByteArray> FocusTaskModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TaskIdRole, "taskId");
    names.insert(ProgressRole, "progress");
    names.insert(ProjectColorRole, "projectColor");
    names.insert(ArchivedRole, "archived");
    return names;
}

} // namespace punchclock
